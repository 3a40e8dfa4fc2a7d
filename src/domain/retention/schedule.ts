/**
 * The retention schedule (P12, P13): which clean-up actions are due for a case at `now`.
 *
 * - Not accepted or referred to another table: delete the identifying data at once (P12).
 * - Otherwise the periods count from the policy's anchor (the de-escalation decision in seed 003,
 *   the closing in seeds 002 and 004; when the anchor's own date is missing, the other one counts,
 *   so a closed case is never kept for ever).
 * - Archive (step 2) and delete (step 3) fall due after their months; a valid exception postpones
 *   its step until its re-assessment date, capped at `maxExceptionMonths` after the decision; an
 *   exception only counts when decided while its step was still pending. Exceptions on the archive
 *   step never postpone the deletion (that needs its own exception); when deletion is due the
 *   archive step is moot and not listed.
 * - Reminders fall due `reminderDaysBefore` days before a pending step ("remind_step") or before the
 *   re-assessment of the exception that postpones it ("reassess_exception"; at once when the
 *   recorded date was beyond the limit and was capped).
 * - When deletion is due or done, the case director's partner must inform the subject, until that
 *   is recorded.
 * Idempotent: an archived case is not archived again; a deleted or purged case gets nothing but
 * the pending information of the subject.
 */
import type { CaseId, CollaborationId } from '../model.js';
import { addDays, addMonths } from '../time/date-math.js';
import { cappedReassessAt, exceptionCounts } from './exception.js';
import type { CaseRetentionHistory, RetentionException, RetentionStep } from './history.js';
import { policyForTable } from './policy.js';
import type { RetentionPolicy } from './policy.js';

export type RetentionActionKind = 'archive' | 'delete' | 'reassess_exception' | 'remind_step' | 'inform_subject_of_deletion';

export type RetentionReason =
  /** P12: not accepted at screening or triage. */
  | 'not_accepted'
  /** P12: moved to another table. */
  | 'referred'
  /** P12: a signal nobody picked up within the configured days (Nijmegen). */
  | 'not_picked_up'
  | 'pickup_deadline_approaching'
  /** P13: the step's period after the anchor has elapsed. */
  | 'period_elapsed'
  /** P13: the re-assessment date of the exception passed without a new exception. */
  | 'exception_expired'
  | 'step_approaching'
  | 'reassessment_approaching'
  /** The recorded re-assessment date was beyond the policy's limit; the schedule capped it. */
  | 'reassessment_capped'
  | 'deletion_to_communicate';

export interface RetentionAction {
  readonly kind: RetentionActionKind;
  readonly caseId: CaseId;
  /** When the action fell due (for a reminder: when reminding started). */
  readonly dueAt: number;
  readonly reason: RetentionReason;
  /** The step an action or reminder is about; null for P12 deletion and informing the subject. */
  readonly step: RetentionStep | null;
}

export type RetentionPlan =
  | { readonly status: 'running' }
  | { readonly status: 'purge_now'; readonly deleteAt: number; readonly reason: 'not_accepted' | 'referred' }
  | { readonly status: 'done' }
  | {
      readonly status: 'scheduled';
      readonly anchorAt: number;
      /** Effective archive date; null when there is no archive step, it is done, or deletion comes first. */
      readonly archiveAt: number | null;
      readonly deleteAt: number;
      readonly archivePostponedBy: RetentionException | null;
      readonly deletePostponedBy: RetentionException | null;
    };

function anchorOf(h: CaseRetentionHistory, policy: RetentionPolicy): number | null {
  return policy.anchor === 'deescalation_decision'
    ? (h.deescalationDecidedAt ?? h.closedAt)
    : (h.closedAt ?? h.deescalationDecidedAt);
}

function isPurgedOrDeleted(h: CaseRetentionHistory): boolean {
  return h.purgedAt !== null || h.phase === 'deleted';
}

/** When a signal nobody picked up is deleted; null when the case is picked up, decided, or has no pickup. */
export function unpickedDeadline(h: CaseRetentionHistory, policy: RetentionPolicy): number | null {
  if (policy.unpickedSignal === null || h.pickedUpAt !== null) return null;
  if (h.phase !== 'screening' && h.phase !== 'triage') return null;
  return addDays(h.registeredAt, policy.unpickedSignal.deleteAfterDays);
}

function p12At(h: CaseRetentionHistory): number | null {
  if (h.rejectedAt !== null) return h.rejectedAt;
  if (h.referredAt !== null) return h.referredAt;
  if (h.phase === 'rejected' || h.phase === 'referred') return h.registeredAt;
  return null;
}

/** The step's due date after the exceptions that validly postpone it (order-independent). */
function postponedDue(nominal: number, step: RetentionStep, h: CaseRetentionHistory, policy: RetentionPolicy): number {
  if (!policy.exceptionsAllowed || h.exceptions.length === 0) return nominal;
  let due = nominal;
  let changed = true;
  while (changed) {
    changed = false;
    for (const ex of h.exceptions) {
      if (ex.step !== step || ex.decidedAt > due || !exceptionCounts(ex, policy, h.leadPartner)) continue;
      const until = cappedReassessAt(ex, policy);
      if (until > due) {
        due = until;
        changed = true;
      }
    }
  }
  return due;
}

/** The exception whose re-assessment sets `due` (null when the nominal date stands). */
function postponingException(
  nominal: number,
  due: number,
  step: RetentionStep,
  h: CaseRetentionHistory,
  policy: RetentionPolicy,
): RetentionException | null {
  if (due === nominal) return null;
  for (const ex of h.exceptions) {
    if (ex.step === step && exceptionCounts(ex, policy, h.leadPartner) && cappedReassessAt(ex, policy) === due) return ex;
  }
  return null;
}

/** The effective dates of a case's clean-up under its policy. */
export function retentionPlan(h: CaseRetentionHistory, policy: RetentionPolicy): RetentionPlan {
  if (isPurgedOrDeleted(h)) return { status: 'done' };
  const purge = p12At(h);
  if (purge !== null) return { status: 'purge_now', deleteAt: purge, reason: h.rejectedAt !== null || h.phase === 'rejected' ? 'not_accepted' : 'referred' };
  const unpicked = unpickedDeadline(h, policy);
  if (unpicked !== null) return { status: 'scheduled', anchorAt: h.registeredAt, archiveAt: null, deleteAt: unpicked, archivePostponedBy: null, deletePostponedBy: null };
  const anchorAt = anchorOf(h, policy);
  if (anchorAt === null) return { status: 'running' };
  const deleteNominal = addMonths(anchorAt, policy.deleteAfterMonths);
  const deleteAt = postponedDue(deleteNominal, 'delete', h, policy);
  let archiveAt: number | null = null;
  let archivePostponedBy: RetentionException | null = null;
  if (policy.archiveAfterMonths !== null && h.phase !== 'archived') {
    const archiveNominal = addMonths(anchorAt, policy.archiveAfterMonths);
    const due = postponedDue(archiveNominal, 'archive', h, policy);
    if (due < deleteAt) {
      archiveAt = due;
      archivePostponedBy = postponingException(archiveNominal, due, 'archive', h, policy);
    }
  }
  return {
    status: 'scheduled',
    anchorAt,
    archiveAt,
    deleteAt,
    archivePostponedBy,
    deletePostponedBy: postponingException(deleteNominal, deleteAt, 'delete', h, policy),
  };
}

function pushReminders(
  out: RetentionAction[],
  h: CaseRetentionHistory,
  policy: RetentionPolicy,
  step: RetentionStep,
  nominal: number,
  due: number,
  now: number,
): void {
  const postponer = postponingException(nominal, due, step, h, policy);
  if (postponer === null) {
    const remindAt = addDays(due, -policy.reminderDaysBefore);
    if (now >= remindAt) out.push({ kind: 'remind_step', caseId: h.caseId, dueAt: remindAt, reason: 'step_approaching', step });
    return;
  }
  if (postponer.reassessAt > due) {
    out.push({ kind: 'reassess_exception', caseId: h.caseId, dueAt: postponer.decidedAt, reason: 'reassessment_capped', step });
    return;
  }
  const remindAt = addDays(due, -policy.reminderDaysBefore);
  if (now >= remindAt) {
    out.push({ kind: 'reassess_exception', caseId: h.caseId, dueAt: remindAt, reason: 'reassessment_approaching', step });
  }
}

/** Appends the actions due at `now` for one case to `out` (no other allocation). */
function collectDue(out: RetentionAction[], h: CaseRetentionHistory, policy: RetentionPolicy, now: number): void {
  const purge = p12At(h);
  if (isPurgedOrDeleted(h)) {
    if (purge === null && h.subjectInformedOfDeletionAt === null) {
      const at = h.purgedAt ?? now;
      out.push({ kind: 'inform_subject_of_deletion', caseId: h.caseId, dueAt: at, reason: 'deletion_to_communicate', step: null });
    }
    return;
  }
  if (purge !== null) {
    const reason = h.rejectedAt !== null || h.phase === 'rejected' ? 'not_accepted' : 'referred';
    out.push({ kind: 'delete', caseId: h.caseId, dueAt: purge, reason, step: null });
    return;
  }
  const unpicked = unpickedDeadline(h, policy);
  if (unpicked !== null && policy.unpickedSignal !== null) {
    if (now >= unpicked) out.push({ kind: 'delete', caseId: h.caseId, dueAt: unpicked, reason: 'not_picked_up', step: null });
    else {
      const remindAt = addDays(unpicked, -policy.unpickedSignal.reminderDaysBefore);
      if (now >= remindAt) out.push({ kind: 'remind_step', caseId: h.caseId, dueAt: remindAt, reason: 'pickup_deadline_approaching', step: 'delete' });
    }
    return;
  }
  const anchorAt = anchorOf(h, policy);
  if (anchorAt === null) return;

  const deleteNominal = addMonths(anchorAt, policy.deleteAfterMonths);
  const deleteAt = postponedDue(deleteNominal, 'delete', h, policy);
  if (now >= deleteAt) {
    const reason = deleteAt === deleteNominal ? 'period_elapsed' : 'exception_expired';
    out.push({ kind: 'delete', caseId: h.caseId, dueAt: deleteAt, reason, step: 'delete' });
    if (h.subjectInformedOfDeletionAt === null) {
      out.push({ kind: 'inform_subject_of_deletion', caseId: h.caseId, dueAt: deleteAt, reason: 'deletion_to_communicate', step: null });
    }
    return;
  }
  if (policy.archiveAfterMonths !== null && h.phase !== 'archived') {
    const archiveNominal = addMonths(anchorAt, policy.archiveAfterMonths);
    const archiveAt = postponedDue(archiveNominal, 'archive', h, policy);
    if (archiveAt < deleteAt) {
      if (now >= archiveAt) {
        const reason = archiveAt === archiveNominal ? 'period_elapsed' : 'exception_expired';
        out.push({ kind: 'archive', caseId: h.caseId, dueAt: archiveAt, reason, step: 'archive' });
      } else {
        pushReminders(out, h, policy, 'archive', archiveNominal, archiveAt, now);
      }
    }
  }
  pushReminders(out, h, policy, 'delete', deleteNominal, deleteAt, now);
}

/** The retention actions due for one case at `now`. */
export function retentionDue(h: CaseRetentionHistory, policy: RetentionPolicy, now: number): RetentionAction[] {
  const out: RetentionAction[] = [];
  collectDue(out, h, policy, now);
  return out;
}

export interface SweepResult {
  readonly actions: RetentionAction[];
  /** Cases whose collaboration has no retention policy: a configuration error to report. */
  readonly withoutPolicy: CaseId[];
}

/** The retention actions due at `now` for many cases, in input order. */
export function scheduleSweep(
  cases: Iterable<CaseRetentionHistory>,
  policyByCollaboration: ReadonlyMap<CollaborationId, RetentionPolicy>,
  now: number,
): SweepResult {
  const actions: RetentionAction[] = [];
  const withoutPolicy: CaseId[] = [];
  for (const h of cases) {
    const collaborationPolicy = policyByCollaboration.get(h.collaborationId);
    const policy = collaborationPolicy === undefined ? undefined : policyForTable(collaborationPolicy, h.tableId);
    if (policy === undefined) withoutPolicy.push(h.caseId);
    else collectDue(actions, h, policy, now);
  }
  return { actions, withoutPolicy };
}
