import { describe, expect, it } from 'vitest';
import { checkDeescalationException, checkReopen } from './deescalation-guard.js';
import { buildCaseState } from './case-state.test-support.js';
import type { DeescalationException } from './records.js';

const policy = { exceptionsAllowed: true, maxExceptionMonths: 6 };
const exception: DeescalationException = {
  step: 2,
  motivation: 'Strafzaak loopt nog; terugval waarschijnlijk.',
  decidedAt: '2025-03-31',
  reassessAt: '2025-09-30',
  decidedBy: 'ggz',
  by: 'prof-ggz',
};
const state = buildCaseState({ phase: 'deescalation1', leadPartner: 'ggz' });

describe('P13 de-escalation exceptions (seed 003 fase 4)', () => {
  it('P13 exception: motivated, by the lead partner, re-assessed within 6 months is allowed', () => {
    expect(checkDeescalationException(exception, state, policy)).toEqual({ ok: true });
  });

  it('P13 exception: a re-assessment more than 6 months ahead is refused', () => {
    expect(checkDeescalationException({ ...exception, reassessAt: '2025-10-01' }, state, policy)).toEqual({ ok: false, rule: 'P13', reason: 'reassessment_too_far' });
  });

  it('P13 exception: the maximum comes from the policy', () => {
    expect(checkDeescalationException({ ...exception, reassessAt: '2025-06-01' }, state, { ...policy, maxExceptionMonths: 2 })).toMatchObject({ ok: false, reason: 'reassessment_too_far' });
    expect(checkDeescalationException(exception, state, { ...policy, exceptionsAllowed: false })).toEqual({ ok: false, rule: 'P13', reason: 'exceptions_not_allowed' });
  });

  it('P13 exception: decided by anyone but the lead partner is refused', () => {
    expect(checkDeescalationException({ ...exception, decidedBy: 'gemeente' }, state, policy)).toEqual({ ok: false, rule: 'P13', reason: 'exception_not_by_lead_partner' });
  });

  it('P13 exception: needs a motivation and a re-assessment after the decision', () => {
    expect(checkDeescalationException({ ...exception, motivation: '' }, state, policy)).toMatchObject({ ok: false, reason: 'exception_motivation_missing' });
    expect(checkDeescalationException({ ...exception, reassessAt: '2025-03-31' }, state, policy)).toMatchObject({ ok: false, reason: 'reassessment_not_after_decision' });
    expect(checkDeescalationException({ ...exception, reassessAt: 'soon' }, state, policy)).toMatchObject({ ok: false, reason: 'reassessment_not_after_decision' });
  });

  it('P13 re-opening: manager with reason only', () => {
    expect(checkReopen({ by: { userId: 'm', role: 'manager' }, reason: 'Nieuwe melding' })).toEqual({ ok: true });
    expect(checkReopen({ by: { userId: 'p', role: 'privacy_officer' }, reason: 'Nieuwe melding' })).toMatchObject({ ok: false, reason: 'reopen_not_manager' });
    expect(checkReopen({ by: { userId: 'm', role: 'manager' }, reason: '' })).toMatchObject({ ok: false, reason: 'reopen_reason_missing' });
  });
});
