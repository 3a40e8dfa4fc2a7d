/**
 * Staged de-escalation (seed 003 fase 4; P13). A motivated exception may postpone a step, with
 * a re-assessment at most `maxExceptionMonths` (6 in seed 003) ahead, decided by the lead
 * partner. While an exception runs, its step waits. Only the manager re-opens an archived
 * dossier, and only with a recorded reason.
 */
import type { Role, UserId } from '../model.js';
import type { RetentionPolicy } from '../retention/policy.js';
import { addMonths } from '../validation/calendar.js';
import { parseIso } from '../validation/iso-date.js';
import type { CaseState } from './case-state.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { DeescalationException, DeescalationStep } from './records.js';
import { filled } from './text.js';

export type ExceptionPolicy = Pick<RetentionPolicy, 'exceptionsAllowed' | 'maxExceptionMonths'>;

export function checkDeescalationException(exception: DeescalationException, state: CaseState, policy: ExceptionPolicy): GuardResult {
  if (!policy.exceptionsAllowed) return refuse('exceptions_not_allowed');
  if (!filled(exception.motivation)) return refuse('exception_motivation_missing');
  if (exception.decidedBy !== state.leadPartner) return refuse('exception_not_by_lead_partner');
  const decided = parseIso(exception.decidedAt);
  const reassess = parseIso(exception.reassessAt);
  if (decided === null || reassess === null || reassess <= decided) return refuse('reassessment_not_after_decision');
  return reassess <= addMonths(decided, policy.maxExceptionMonths) ? ALLOWED : refuse('reassessment_too_far');
}

/** A step may run unless an exception postpones it and its re-assessment date has not come. */
export function checkStepNotPostponed(state: CaseState, step: DeescalationStep, now: number): GuardResult {
  const postponed = state.exceptions.some((e) => e.step === step && (parseIso(e.reassessAt) ?? Number.POSITIVE_INFINITY) > now);
  return postponed ? refuse('step_postponed_by_exception') : ALLOWED;
}

export interface ReopenRequest {
  readonly by: { readonly userId: UserId; readonly role: Role | 'system' };
  readonly reason: string;
}

export function checkReopen(request: ReopenRequest): GuardResult {
  if (request.by.role !== 'manager') return refuse('reopen_not_manager');
  return filled(request.reason) ? ALLOWED : refuse('reopen_reason_missing');
}
