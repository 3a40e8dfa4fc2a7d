import { describe, expect, it } from 'vitest';
import { checkPlanActionUpdate } from './plan-action-guard.js';

describe('P2 plan follow-up', () => {
  it('P2: the case director updates plan actions during monitoring', () => {
    expect(checkPlanActionUpdate('cd', 'cd', false, 'monitoring')).toEqual({ ok: true });
  });

  it('P2: the process director acting in the case may too', () => {
    expect(checkPlanActionUpdate('pd', 'cd', true, 'rto')).toEqual({ ok: true });
  });

  it('P2: another participant may not update the plan', () => {
    expect(checkPlanActionUpdate('other', 'cd', false, 'monitoring')).toEqual({ ok: false, rule: 'P2', reason: 'plan_action_not_case_director' });
  });

  it('process: no plan updates once the dossier is archived', () => {
    expect(checkPlanActionUpdate('cd', 'cd', false, 'archived')).toMatchObject({ ok: false, reason: 'plan_not_running' });
  });
});
