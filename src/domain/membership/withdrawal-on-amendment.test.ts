import { describe, expect, it } from 'vitest';
import { buildPartner } from './test-partner.js';
import { withdrawOnAmendment } from './withdrawal-on-amendment.js';

describe('P1 withdrawal over an unacceptable amendment (seed 003 art. 19.3, seed 001 art. 18.3)', () => {
  it('P1 ends the membership the day the amendment takes effect, where the covenant allows it', () => {
    expect(withdrawOnAmendment(buildPartner(), '2026-06-01', '2026-07-15', true)).toEqual({ ok: true, endsAt: '2026-07-15T00:00:00.000Z' });
    expect(withdrawOnAmendment(buildPartner(), '2026-06-01', '2026-07-15', false)).toEqual({ ok: false, reason: 'withdrawal_on_amendment_not_in_covenant' });
  });
  it('P1 an amendment in force before the notice is no ground; a notice ending sooner stands, one ending later is shortened', () => {
    expect(withdrawOnAmendment(buildPartner(), '2026-06-01', '2026-05-01', true)).toEqual({ ok: false, reason: 'amendment_already_in_force' });
    const gave = (endsAt: string) => buildPartner({ membership: { noticeGivenAt: '2026-01-01', endsAt } });
    expect(withdrawOnAmendment(gave('2026-07-01'), '2026-06-01', '2026-07-15', true)).toEqual({ ok: false, reason: 'notice_already_given' });
    expect(withdrawOnAmendment(gave('2028-01-01'), '2026-06-01', '2026-07-15', true)).toMatchObject({ ok: true });
    expect(withdrawOnAmendment(buildPartner({ member: false }), '2026-06-01', '2026-07-15', true)).toEqual({ ok: false, reason: 'not_a_member' });
  });
});
