import { describe, expect, it } from 'vitest';
import { checkPlanActionUpdate } from './plan-action-guard.js';
import type { PlanActionActor } from './plan-action-guard.js';

const as = (userId: string, over: Partial<PlanActionActor> = {}): PlanActionActor => ({ userId, actsAsStaff: false, ownsAction: false, admitted: true, ...over });

describe('P2 plan follow-up', () => {
  it('P2: the case director updates plan actions during monitoring', () => {
    expect(checkPlanActionUpdate(as('cd'), 'cd', 'monitoring')).toEqual({ ok: true });
  });

  it('P2: the process director acting in the case may too', () => {
    expect(checkPlanActionUpdate(as('pd', { actsAsStaff: true }), 'cd', 'rto')).toEqual({ ok: true });
  });

  it('P2: another participant may not update the plan', () => {
    expect(checkPlanActionUpdate(as('other'), 'cd', 'monitoring')).toEqual({ ok: false, rule: 'P2', reason: 'plan_action_not_case_director' });
  });

  it('13.2 the owner of an action completes its own action', () => {
    expect(checkPlanActionUpdate(as('owner', { ownsAction: true }), 'cd', 'monitoring')).toEqual({ ok: true });
  });

  it('13.2 P1: a user of a partner that left, and that was not in this running case before, updates nothing', () => {
    expect(checkPlanActionUpdate(as('owner', { ownsAction: true, admitted: false }), 'cd', 'monitoring')).toEqual({ ok: false, rule: 'P1', reason: 'plan_action_partner_not_active' });
    expect(checkPlanActionUpdate(as('cd', { admitted: false }), 'cd', 'monitoring')).toMatchObject({ ok: false, rule: 'P1' });
  });

  it('process: no plan updates once the dossier is archived', () => {
    expect(checkPlanActionUpdate(as('cd'), 'cd', 'archived')).toMatchObject({ ok: false, reason: 'plan_not_running' });
  });
});

describe('13.1 a restricted plan action is only stored (AVG art. 18.2)', () => {
  it('13.1 refused to staff, the case director and the owner alike while restricted, naming P15', () => {
    const staff = { userId: 'u1', actsAsStaff: true, ownsAction: true, admitted: true };
    expect(checkPlanActionUpdate(staff, 'u1', 'rto', 'restriction')).toEqual({ ok: false, rule: 'P15', reason: 'plan_action_restricted' });
    expect(checkPlanActionUpdate(staff, 'u1', 'rto', 'objection')).toEqual({ ok: false, rule: 'P15', reason: 'plan_action_restricted' });
    expect(checkPlanActionUpdate(staff, 'u1', 'rto', null)).toEqual({ ok: true });
  });
});
