/**
 * Deadlines of data-subject requests (P15). Seed 002 art. 11.3 demands an answer within four
 * weeks; otherwise the AVG's one month (art. 12(3)) applies. The AVG lets the controller extend by
 * at most two further months, with a reason, told to the subject within the first term.
 */
import { addDays, addMonths } from '../time/date-math.js';

/**
 * The collaboration's answer term for rights requests: the four weeks of seed 002 art. 11.3, the
 * AVG's one month, or a shorter term in weeks a covenant sets.
 */
export type AnswerTerm = 'four_weeks' | 'one_month' | { readonly weeks: number };

export const MAX_EXTENSION_MONTHS = 2;

export interface DeadlineExtension {
  readonly months: number;
  readonly reason: string;
  readonly decidedAt: number;
}

export type DeadlineRefusal =
  | 'P15_extension_too_long'
  | 'P15_extension_without_reason'
  | 'P15_extension_after_deadline';

export type RightsDeadline =
  | { readonly ok: true; readonly baseDueAt: number; readonly dueAt: number; readonly extended: boolean }
  | { readonly ok: false; readonly reason: DeadlineRefusal };

export function baseDeadline(receivedAt: number, term: AnswerTerm): number {
  if (typeof term === 'object') return addDays(receivedAt, 7 * term.weeks);
  return term === 'four_weeks' ? addDays(receivedAt, 28) : addMonths(receivedAt, 1);
}

/** The deadline of a request, with an optional extension that must be valid. */
export function rightsRequestDeadline(receivedAt: number, term: AnswerTerm, extension: DeadlineExtension | null): RightsDeadline {
  const baseDueAt = baseDeadline(receivedAt, term);
  if (extension === null) return { ok: true, baseDueAt, dueAt: baseDueAt, extended: false };
  if (!Number.isInteger(extension.months) || extension.months < 1 || extension.months > MAX_EXTENSION_MONTHS) {
    return { ok: false, reason: 'P15_extension_too_long' };
  }
  if (!/\S/.test(extension.reason)) return { ok: false, reason: 'P15_extension_without_reason' };
  if (extension.decidedAt > baseDueAt) return { ok: false, reason: 'P15_extension_after_deadline' };
  return { ok: true, baseDueAt, dueAt: addMonths(baseDueAt, extension.months), extended: true };
}

export type RightsRequestStatus = 'open' | 'overdue' | 'answered' | 'answered_late';

/**
 * Where a request stands at `now`. An invalid extension is ignored: the base term then counts,
 * which is the stricter reading.
 */
export function rightsRequestStatus(
  request: { readonly receivedAt: number; readonly extension: DeadlineExtension | null; readonly answeredAt: number | null },
  term: AnswerTerm,
  now: number,
): { readonly status: RightsRequestStatus; readonly dueAt: number } {
  const deadline = rightsRequestDeadline(request.receivedAt, term, request.extension);
  const dueAt = deadline.ok ? deadline.dueAt : baseDeadline(request.receivedAt, term);
  if (request.answeredAt !== null) return { status: request.answeredAt <= dueAt ? 'answered' : 'answered_late', dueAt };
  return { status: now > dueAt ? 'overdue' : 'open', dueAt };
}
