/**
 * P13: a de-escalation step runs only once its period has passed (seed 003 Bijlage 3: step 2 at
 * 6 months, step 3 at 12 months after the decision). The phase machine checks exceptions; this
 * checks the calendar, so a dossier is not archived or deleted early either.
 */
import type { RetentionPolicy } from '../retention/policy.js';
import { addMonths } from '../time/date-math.js';

export type StepDue =
  | { readonly ok: true }
  | { readonly ok: false; readonly rule: 'P13'; readonly reason: 'retention_step_not_due' | 'no_deescalation_decision'; readonly dueAt: number | null };

export const STEP_DUE_MESSAGES = {
  retention_step_not_due: { nl: 'Deze afschalingsstap is nog niet aan de beurt.', en: 'This de-escalation step is not due yet.' },
  no_deescalation_decision: { nl: 'Er is geen besluit tot afschaling vastgelegd.', en: 'No de-escalation decision is recorded.' },
} as const;

/** Step 2 (archive) or step 3 (delete): due `archiveAfterMonths` / `deleteAfterMonths` after the decision. */
export function checkStepDue(
  decidedAt: number | null,
  policy: Pick<RetentionPolicy, 'archiveAfterMonths' | 'deleteAfterMonths'>,
  step: 2 | 3,
  now: number,
): StepDue {
  if (decidedAt === null) return { ok: false, rule: 'P13', reason: 'no_deescalation_decision', dueAt: null };
  const months = step === 2 ? (policy.archiveAfterMonths ?? policy.deleteAfterMonths) : policy.deleteAfterMonths;
  const dueAt = addMonths(decidedAt, months);
  return now >= dueAt ? { ok: true } : { ok: false, rule: 'P13', reason: 'retention_step_not_due', dueAt };
}
