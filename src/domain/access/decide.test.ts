import { describe, expect, it } from 'vitest';
import { actor, buildCase, contribution, DAY, NOW } from '../../../test/support/case-facts-builder.js';
import { decide } from './decide.js';
import { decideRegistration } from './register.js';
import type { Decision } from './reasons.js';
import { reasonMessage } from './reasons.js';

const read = (user: string, facts = buildCase(), id = 'k1', purpose: Parameters<typeof decide>[3] = 'rto') =>
  decide(actor(user), facts, { kind: 'contribution', id }, purpose, 'read', NOW);
const rule = (d: Decision) => (d.allow ? 'allow' : d.rule);

describe('P1 membership', () => {
  it('P1: a partner past its notice period is refused case content', () => {
    const facts = buildCase({ rtoParticipants: new Set(['u-old']) });
    expect(rule(read('u-old', facts))).toBe('P1');
  });
  it('P1: a partner whose membership has not started yet is refused', () => {
    const facts = buildCase({ rtoParticipants: new Set(['u-new']) });
    expect(rule(read('u-new', facts))).toBe('P1');
  });
  it('P1: only active partners register, and only professionals', () => {
    expect(decideRegistration(actor('u-old'), buildCase().partners, NOW).allow).toBe(false);
    expect(decideRegistration(actor('u-ext'), buildCase().partners, NOW).allow).toBe(false);
    expect(decideRegistration(actor('u-pol'), buildCase().partners, NOW).allow).toBe(true);
    expect(rule(decideRegistration(actor('u-adm'), buildCase().partners, NOW))).toBe('P2');
  });
});

describe('P1 for every role', () => {
  it('P1: archived-phase staff and the privacy officer of an organisation that left are refused (regression found by the Cedar model)', () => {
    const archived = buildCase({ phase: 'archived', processDirectors: new Set(['u-pd-old']) });
    expect(rule(decide(actor('u-pd-old'), archived, { kind: 'admin_set' }, 'monitoring', 'read', NOW))).toBe('P1');
    const req = { id: 'r1', subjectId: 's1', handler: 'u-po-old', registeredAt: NOW - DAY, closedAt: null };
    expect(rule(read('u-po-old', buildCase({ rightsRequests: [req] }), 'k1', 'rights_request'))).toBe('P1');
  });
});

describe('P2 need to know per phase', () => {
  it('P2: in screening only registrant, process director and support read', () => {
    const facts = buildCase({ phase: 'screening' }, [contribution('k1', { by: 'rn', purposes: new Set(['screening']) })]);
    expect(read('u-rn', facts, 'k1', 'screening').allow).toBe(true);
    expect(read('u-pd', facts, 'k1', 'screening').allow).toBe(true);
    expect(read('u-sup', facts, 'k1', 'screening').allow).toBe(true);
    expect(rule(read('u-pol', facts, 'k1', 'screening'))).toBe('P2');
  });
  it('P2: a process director not assigned to the case reads nothing, unless the collaboration lets all directors see all', () => {
    expect(rule(read('u-pd2'))).toBe('P2');
    expect(read('u-pd2', buildCase({ allDirectorsSeeAll: true })).allow).toBe(true);
  });
  it('P2: a case of another collaboration is refused', () => {
    const d = decide(actor('u-pd', 'collab-b'), buildCase(), { kind: 'contribution', id: 'k1' }, 'rto', 'read', NOW);
    expect(d.allow ? null : d.reason).toBe('other_collaboration');
  });
  it('P2: a contribution id of another case is refused as not in this case', () => {
    const d = read('u-pd', buildCase(), 'k-other');
    expect(d.allow ? null : d.reason).toBe('not_in_case');
  });
});

describe('P3 purpose binding', () => {
  it('P3: a read for a purpose the contribution was not given for is refused', () => {
    const facts = buildCase({}, [contribution('k1', { purposes: new Set(['triage']) })]);
    expect(rule(read('u-ggz', facts, 'k1', 'rto'))).toBe('P3');
  });
  it('P3: a purpose that does not fit the phase is refused, even for the contributor', () => {
    expect(rule(read('u-pol', buildCase(), 'k1', 'screening'))).toBe('P3');
    expect(rule(read('u-pol', buildCase(), 'k1', 'statistics'))).toBe('P3');
  });
});

describe('P4 contributor control', () => {
  it('P4: an excluded participant is refused, a released one reads', () => {
    const facts = buildCase({}, [contribution('k1', { excluded: new Set(['woon']) })]);
    expect(rule(read('u-woon', facts))).toBe('P4');
    expect(read('u-ggz', facts).allow).toBe(true);
  });
  it('P4: release to listed partners only', () => {
    const facts = buildCase({}, [contribution('k1', { releasedForRto: new Set(['ggz']) })]);
    expect(read('u-ggz', facts).allow).toBe(true);
    expect(rule(read('u-rn', facts))).toBe('P4');
  });
  it('P4: take-along needs a grant to that user; the grant allows it', () => {
    const facts = buildCase({}, [contribution('k1', { grants: [{ to: 'u-ggz' }] })]);
    const take = (u: string) => decide(actor(u), facts, { kind: 'contribution', id: 'k1' }, 'plan_execution', 'take_along', NOW);
    expect(take('u-ggz').allow).toBe(true);
    expect(rule(take('u-rn'))).toBe('P4');
  });
  it('P4: a withdrawn contribution is read by nobody', () => {
    const facts = buildCase({}, [contribution('k1', { withdrawn: true })]);
    expect(rule(read('u-pd', facts))).toBe('P4');
    expect(rule(read('u-pol', facts))).toBe('P4');
  });
  it('P4: the contributor may take its own data along without a grant', () => {
    const d = decide(actor('u-pol'), buildCase(), { kind: 'contribution', id: 'k1' }, 'rto', 'take_along', NOW);
    expect(d.allow).toBe(true);
  });
});

describe('P5 legal basis', () => {
  it('P5: legitimate interest by a public authority is no basis, so nobody reads it', () => {
    const facts = buildCase({}, [contribution('k1', { by: 'pol', basis: { kind: 'legitimate_interest' } })]);
    expect(rule(read('u-ggz', facts))).toBe('P5');
    const ok = buildCase({}, [contribution('k1', { by: 'woon', basis: { kind: 'legitimate_interest', motivation: 'belangenafweging vastgelegd' } })]);
    expect(read('u-pol', ok).allow).toBe(true);
  });
});

describe('P6 consent', () => {
  const consent = (over: Partial<{ revokedAt: number | null; givenAt: number; partners: string[]; refused: boolean }> = {}) =>
    new Map([
      [
        'c1',
        {
          id: 'c1',
          subjectId: 's1',
          partners: new Set(over.partners ?? ['ggz', 'pol', 'rn', 'woon', 'gem']),
          givenAt: over.givenAt ?? NOW - 10 * DAY,
          revokedAt: over.revokedAt ?? null,
          refused: over.refused ?? false,
        },
      ],
    ]);
  const k = contribution('k1', { by: 'ggz', basis: { kind: 'consent', consentId: 'c1' } });
  it('P6: revocation stops reliance at once, for every reader', () => {
    const facts = buildCase({ consents: consent({ revokedAt: NOW - 1 }) }, [k]);
    for (const u of ['u-pol', 'u-rn', 'u-pd', 'u-ggz']) expect(rule(read(u, facts))).toBe('P6');
  });
  it('P6: a revocation dated in the future has no effect yet; a consent given in the future none yet', () => {
    expect(read('u-pol', buildCase({ consents: consent({ revokedAt: NOW + 1 }) }, [k])).allow).toBe(true);
    expect(rule(read('u-pol', buildCase({ consents: consent({ givenAt: NOW + DAY }) }, [k])))).toBe('P6');
  });
  it('P6: a consent covers only the partners it names', () => {
    const facts = buildCase({ consents: consent({ partners: ['ggz', 'rn'] }) }, [k]);
    expect(read('u-rn', facts).allow).toBe(true);
    expect(rule(read('u-pol', facts))).toBe('P6');
  });
  it('P6: a recorded refusal is not a consent', () => {
    expect(rule(read('u-pol', buildCase({ consents: consent({ refused: true }) }, [k])))).toBe('P6');
  });
});

describe('P8 special categories and BSN', () => {
  it('P8: special categories never reach an organisation without the right, even when released', () => {
    const facts = buildCase({}, [contribution('k1', { by: 'rn', special: true })]);
    expect(rule(read('u-woon', facts))).toBe('P8');
    expect(read('u-pol', facts).allow).toBe(true);
  });
  it('P8: the BSN only for organisations that may use it, and only when the registrant may', () => {
    const bsn = (u: string, facts = buildCase()) => decide(actor(u), facts, { kind: 'subject_bsn', subjectId: 's1' }, 'rto', 'read', NOW);
    expect(bsn('u-pol').allow).toBe(true);
    expect(rule(bsn('u-woon'))).toBe('P8');
    expect(rule(bsn('u-pol', buildCase({ registrant: 'woon' })))).toBe('P8');
  });
});

describe('P9 police data', () => {
  it('P9: every provision of police data to another organisation carries the Wpg art. 32 log obligation', () => {
    const facts = buildCase({}, [contribution('k1', { police: true })]);
    const d = read('u-ggz', facts);
    expect(d.allow && d.obligations).toEqual(['police_provision_log']);
    const own = read('u-pol', facts);
    expect(own.allow && own.obligations).toEqual([]);
  });
  it('P9: on an access request police data is shown but not copied', () => {
    const facts = buildCase(
      { rightsRequests: [{ id: 'r1', subjectId: 's1', handler: 'u-po', registeredAt: NOW - DAY, closedAt: null }] },
      [contribution('k1', { police: true })],
    );
    const po = (action: 'read' | 'take_along') => decide(actor('u-po'), facts, { kind: 'contribution', id: 'k1' }, 'rights_request', action, NOW);
    expect(po('read').allow).toBe(true);
    expect(rule(po('take_along'))).toBe('P9');
  });
});

describe('P11 third parties', () => {
  const tp = (over: Partial<{ hasBasis: boolean; declarationSignedAt: number | null; consentsFrom: string[]; releasedTo: boolean }> = {}) =>
    new Map([
      [
        'u-ext',
        {
          userId: 'u-ext',
          partnerId: 'ext',
          hasBasis: over.hasBasis ?? true,
          declarationSignedAt: over.declarationSignedAt === undefined ? NOW - DAY : over.declarationSignedAt,
          consentsFrom: new Set(over.consentsFrom ?? ['rn', 'pol', 'ggz', 'woon']),
          releasedTo: over.releasedTo ?? true,
        },
      ],
    ]);
  it('P11: a third party meeting every condition reads what is released', () => {
    expect(read('u-ext', buildCase({ thirdParties: tp() })).allow).toBe(true);
  });
  it('P11: each missing condition refuses: basis, declaration, a partner\'s consent, release', () => {
    expect(rule(read('u-ext', buildCase({ thirdParties: tp({ hasBasis: false }) })))).toBe('P11');
    expect(rule(read('u-ext', buildCase({ thirdParties: tp({ declarationSignedAt: null }) })))).toBe('P11');
    expect(rule(read('u-ext', buildCase({ thirdParties: tp({ declarationSignedAt: NOW + DAY }) })))).toBe('P11');
    expect(rule(read('u-ext', buildCase({ thirdParties: tp({ consentsFrom: ['rn', 'ggz', 'woon'] }) })))).toBe('P11');
    expect(rule(read('u-ext', buildCase({ thirdParties: tp({ releasedTo: false }) })))).toBe('P11');
  });
  it('P11: a third party also invited to the RTO still needs every P11 condition (regression found by the Cedar model)', () => {
    const facts = buildCase({ thirdParties: tp({ consentsFrom: ['rn', 'ggz', 'woon'] }), rtoParticipants: new Set(['u-rn', 'u-pol', 'u-ext']) });
    expect(rule(read('u-ext', facts))).toBe('P11');
    expect(rule(decide(actor('u-ext'), facts, { kind: 'admin_set' }, 'rto', 'read', NOW))).toBe('P11');
  });
  it('P11: the third party\'s own organisation, designated for RLS, is not asked to consent to itself', () => {
    const involved = new Map(buildCase().involved);
    involved.set('ext', new Set(['u-ext']));
    expect(read('u-ext', buildCase({ thirdParties: tp(), involved })).allow).toBe(true);
  });
  it('P11: a third party reads nothing in de-escalation', () => {
    expect(rule(read('u-ext', buildCase({ phase: 'deescalation1', thirdParties: tp() }), 'k1', 'monitoring'))).toBe('P2');
  });
});

describe('P12 and P13 retention stages', () => {
  it('P12: a rejected or referred case shows nothing to anyone', () => {
    for (const phase of ['rejected', 'referred'] as const) {
      const facts = buildCase({ phase });
      for (const u of ['u-pd', 'u-pol', 'u-po']) expect(rule(read(u, facts, 'k1', 'screening'))).toBe('P12');
    }
  });
  it('P13: archived shows only the administrative set, only to staff; deleted shows nothing', () => {
    const archived = buildCase({ phase: 'archived' });
    const admin = (u: string, facts = archived) => decide(actor(u), facts, { kind: 'admin_set' }, 'monitoring', 'read', NOW);
    expect(admin('u-pd').allow).toBe(true);
    expect(rule(admin('u-pol'))).toBe('P13');
    expect(rule(read('u-pd', archived, 'k1', 'monitoring'))).toBe('P13');
    expect(rule(admin('u-pd', buildCase({ phase: 'deleted' })))).toBe('P13');
  });
});

describe('§4 roles', () => {
  it('admin, statistician and manager never read case content', () => {
    for (const u of ['u-adm', 'u-stat', 'u-mgr']) {
      for (const purpose of ['rto', 'statistics', 'rights_request'] as const) expect(read(u, buildCase(), 'k1', purpose).allow).toBe(false);
    }
  });
  it('the privacy officer reads only within an open registered request it handles', () => {
    const req = { id: 'r1', subjectId: 's1', handler: 'u-po', registeredAt: NOW - DAY, closedAt: null };
    expect(read('u-po', buildCase({ rightsRequests: [req] }), 'k1', 'rights_request').allow).toBe(true);
    expect(read('u-po', buildCase({ rightsRequests: [req] }), 'k1', 'rto').allow).toBe(false);
    expect(read('u-po', buildCase({ rightsRequests: [{ ...req, closedAt: NOW - 1 }] }), 'k1', 'rights_request').allow).toBe(false);
    expect(read('u-po', buildCase({ rightsRequests: [{ ...req, handler: 'u-pd' }] }), 'k1', 'rights_request').allow).toBe(false);
  });
  it('every refusal has a Dutch and an English message', () => {
    const d = read('u-adm');
    expect(d.allow).toBe(false);
    if (!d.allow) {
      expect(reasonMessage(d.reason).nl.length).toBeGreaterThan(10);
      expect(reasonMessage(d.reason).en.length).toBeGreaterThan(10);
    }
  });
});
