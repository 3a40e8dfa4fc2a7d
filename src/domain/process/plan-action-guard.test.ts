import { describe, expect, it } from 'vitest';
import { actor, buildCase, NOW } from '../../../test/support/case-facts-builder.js';
import { decideMeetingItemChange } from '../access/decide.js';
import type { CaseFacts, MeetingItemFacts } from '../access/facts.js';
import { planActionCheck } from './plan-action-guard.js';

const action = (over: Partial<MeetingItemFacts> = {}): MeetingItemFacts => ({
  id: 'a1',
  kind: 'plan_action',
  meetingId: 'm1',
  subjects: new Set(),
  domain: null,
  ownerPartner: 'pol',
  ownerUser: 'u-pol',
  ...over,
});
const monitoring = (over: Partial<CaseFacts> = {}): CaseFacts => buildCase({ phase: 'monitoring', caseDirector: 'u-ggz', currentRtoId: 'm1', ...over });
const check = (userId: string, facts: CaseFacts, item: MeetingItemFacts = action()) => planActionCheck(decideMeetingItemChange(actor(userId), facts, item, NOW));

describe('P2 plan follow-up (decided by the access engine)', () => {
  it('P2: the case director updates plan actions during monitoring', () => {
    expect(check('u-ggz', monitoring())).toEqual({ ok: true });
  });

  it('P2: the process director acting in the case may too', () => {
    expect(check('u-pd', monitoring({ phase: 'rto' }))).toEqual({ ok: true });
  });

  it('P2: another participant may not update the plan', () => {
    expect(check('u-woon', monitoring())).toEqual({ ok: false, rule: 'P2', reason: 'plan_action_not_case_director' });
  });

  it('13.2 the owner of an action completes its own action', () => {
    expect(check('u-pol', monitoring())).toEqual({ ok: true });
    // An action naming only its partner: a designated professional of that partner owns it.
    expect(check('u-pol', monitoring(), action({ ownerUser: null }))).toEqual({ ok: true });
    expect(check('u-pol2', monitoring(), action({ ownerUser: null }))).toMatchObject({ ok: false, rule: 'P2' });
  });

  it('13.2 P1: a user of a partner that left, and that was not in this running case before, updates nothing', () => {
    const old = action({ ownerPartner: 'old', ownerUser: 'u-old' });
    expect(check('u-old', monitoring(), old)).toEqual({ ok: false, rule: 'P1', reason: 'plan_action_partner_not_active' });
    // It was in the case before its partner's membership ended: it finishes the case (seed 000 art. 13.2).
    expect(check('u-old', monitoring({ relationSince: new Map([['u-old', NOW - 100 * 86_400_000]]) }), old)).toEqual({ ok: true });
  });

  it('process: no plan updates once the dossier is archived', () => {
    expect(check('u-ggz', monitoring({ phase: 'archived' }))).toMatchObject({ ok: false, reason: 'plan_not_running' });
  });
});

describe('13.1 a restricted plan action is only stored (AVG art. 18.2)', () => {
  it('13.1 refused to staff, the case director and the owner alike while restricted, naming P15', () => {
    for (const restriction of ['restriction', 'objection'] as const) {
      for (const user of ['u-pd', 'u-ggz', 'u-pol']) {
        expect(check(user, monitoring(), action({ restriction }))).toEqual({ ok: false, rule: 'P15', reason: 'plan_action_restricted' });
      }
    }
    expect(check('u-pd', monitoring())).toEqual({ ok: true });
  });
});
