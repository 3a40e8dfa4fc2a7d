import type { Membership, Partner } from '../model.js';

/** A covenant partner for tests; override what the test is about. */
export function buildPartner(overrides: Partial<Omit<Partner, 'membership'>> & { membership?: Partial<Membership> } = {}): Partner {
  const { membership, ...rest } = overrides;
  return {
    id: 'gemeente',
    name: 'Gemeente Venlo',
    type: 'gemeente',
    member: true,
    publicAuthority: true,
    maySeeSpecial: true,
    mayUseBsn: true,
    professionalSecrecy: false,
    legalRegimes: ['AVG'],
    legalBasisCatalogue: [{ kind: 'public_task', law: 'Wmo 2015 art. 2.3.2' }, { kind: 'consent' }],
    ...rest,
    membership: { joinedAt: '2024-01-01', noticeGivenAt: null, endsAt: null, ...membership },
  };
}
