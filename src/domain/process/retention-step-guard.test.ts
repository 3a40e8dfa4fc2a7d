import { describe, expect, it } from 'vitest';
import { checkStepDue } from './retention-step-guard.js';

const policy = { archiveAfterMonths: 6, deleteAfterMonths: 12 };
const decided = Date.parse('2026-01-31T10:00:00Z');

describe('P13 retention step due', () => {
  it('P13 step 2: archiving waits until six months after the decision', () => {
    expect(checkStepDue(decided, policy, 2, Date.parse('2026-07-30T10:00:00Z'))).toMatchObject({ ok: false, rule: 'P13', reason: 'retention_step_not_due' });
    expect(checkStepDue(decided, policy, 2, Date.parse('2026-07-31T10:00:00Z'))).toEqual({ ok: true });
  });

  it('P13 step 3: deletion waits until twelve months after the decision', () => {
    expect(checkStepDue(decided, policy, 3, Date.parse('2026-12-31T10:00:00Z')).ok).toBe(false);
    expect(checkStepDue(decided, policy, 3, Date.parse('2027-01-31T10:00:00Z')).ok).toBe(true);
  });

  it('P13: without a de-escalation decision no step is due', () => {
    expect(checkStepDue(null, policy, 2, decided)).toMatchObject({ ok: false, reason: 'no_deescalation_decision' });
  });

  it('P13: a policy without an archive step archives no earlier than deletion', () => {
    expect(checkStepDue(decided, { archiveAfterMonths: null, deleteAfterMonths: 24 }, 2, Date.parse('2027-01-31T10:00:00Z')).ok).toBe(false);
  });
});
