/**
 * Validity of a retention exception (P13, seed 003 Bijlage 3): allowed by the policy, decided by
 * the lead partner, motivated, with a re-assessment date after the decision and at most
 * `maxExceptionMonths` ahead. The service checks this when an exception is recorded; the
 * schedule applies the same rules to what is stored, capping a re-assessment date that is too far.
 */
import type { PartnerId } from '../model.js';
import { addMonths } from '../time/date-math.js';
import type { RetentionPolicy } from './policy.js';
import type { RetentionException } from './history.js';

export type ExceptionRefusal =
  | 'P13_exceptions_not_allowed'
  | 'P13_exception_not_lead_partner'
  | 'P13_exception_without_motivation'
  | 'P13_reassessment_not_after_decision'
  | 'P13_reassessment_beyond_limit';

export type ExceptionCheck = { readonly ok: true } | { readonly ok: false; readonly reason: ExceptionRefusal };

const HAS_TEXT = /\S/;

/** Whether the exception may count at all (the date limit is capped, not refused, here). */
export function exceptionCounts(ex: RetentionException, policy: RetentionPolicy, leadPartner: PartnerId): boolean {
  return (
    policy.exceptionsAllowed &&
    ex.decidedBy === leadPartner &&
    ex.reassessAt > ex.decidedAt &&
    HAS_TEXT.test(ex.motivation)
  );
}

/** The re-assessment date the schedule honours: the recorded one, at most the policy's limit. */
export function cappedReassessAt(ex: RetentionException, policy: RetentionPolicy): number {
  const limit = addMonths(ex.decidedAt, policy.maxExceptionMonths);
  return ex.reassessAt < limit ? ex.reassessAt : limit;
}

/** Checks an exception before it is recorded; every refusal has a P13 reason code. */
export function validateException(ex: RetentionException, policy: RetentionPolicy, leadPartner: PartnerId): ExceptionCheck {
  if (!policy.exceptionsAllowed) return { ok: false, reason: 'P13_exceptions_not_allowed' };
  if (ex.decidedBy !== leadPartner) return { ok: false, reason: 'P13_exception_not_lead_partner' };
  if (!HAS_TEXT.test(ex.motivation)) return { ok: false, reason: 'P13_exception_without_motivation' };
  if (ex.reassessAt <= ex.decidedAt) return { ok: false, reason: 'P13_reassessment_not_after_decision' };
  if (ex.reassessAt > addMonths(ex.decidedAt, policy.maxExceptionMonths)) {
    return { ok: false, reason: 'P13_reassessment_beyond_limit' };
  }
  return { ok: true };
}
