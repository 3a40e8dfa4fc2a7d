/**
 * The retention status of one case as people read it (P12, P13): the de-escalation stage it is
 * in, the dates its next steps fall due under the schedule, and each exception with the
 * re-assessment date the schedule honours and whether it counts. Also the furthest
 * re-assessment date an exception decided now may have. Pure; the service gathers the history.
 */
import type { Phase } from '../model.js';
import { addMonths } from '../time/date-math.js';
import { cappedReassessAt, exceptionCounts } from './exception.js';
import type { CaseRetentionHistory, RetentionException } from './history.js';
import type { RetentionPolicy } from './policy.js';
import { retentionPlan } from './schedule.js';

/**
 * `active`: no clean-up runs yet; `step1`: de-escalated, the dossier stays active (0–6 months);
 * `step2`: archived, only the administrative set remains; `step3`: deleted; `not_accepted`:
 * rejected or referred, nothing identifying remains (P12).
 */
export type RetentionStage = 'active' | 'step1' | 'step2' | 'step3' | 'not_accepted';

export interface ExceptionStatus {
  readonly exception: RetentionException;
  /** The re-assessment date the schedule honours (the recorded one, at most the policy's limit). */
  readonly effectiveReassessAt: number;
  /** Whether the exception may count at all (policy, lead partner, motivation, date after decision). */
  readonly counts: boolean;
  /** Whether it sets the step's current due date. */
  readonly postpones: boolean;
}

export interface RetentionStatus {
  readonly stage: RetentionStage;
  readonly deescalationDecidedAt: number | null;
  /** What the periods count from (null while none is set). */
  readonly anchorAt: number | null;
  /** When the dossier is archived (step 2); null when it is done, the policy has none, or deletion comes first. */
  readonly archiveAt: number | null;
  /** When the case is deleted (step 3); null while nothing is scheduled or when it is done. */
  readonly deleteAt: number | null;
  readonly exceptions: readonly ExceptionStatus[];
  /** The furthest re-assessment date of an exception decided at `now`; null when the policy allows none. */
  readonly latestReassessAt: number | null;
  /** Whether the subject was told of the deletion (by the case director's partner). */
  readonly subjectInformedOfDeletionAt: number | null;
  /**
   * Whether the exceptions' motivations may be shown: not once the dossier is archived, when only
   * the administrative set stays visible (seed 003 Bijlage 3, step 2).
   */
  readonly motivationsVisible: boolean;
}

export function retentionStage(phase: Phase): RetentionStage {
  switch (phase) {
    case 'deescalation1':
      return 'step1';
    case 'archived':
      return 'step2';
    case 'deleted':
      return 'step3';
    case 'rejected':
    case 'referred':
      return 'not_accepted';
    case 'screening':
    case 'triage':
    case 'rto':
    case 'monitoring':
      return 'active';
  }
}

export function retentionStatus(h: CaseRetentionHistory, policy: RetentionPolicy, now: number): RetentionStatus {
  const plan = retentionPlan(h, policy);
  const scheduled = plan.status === 'scheduled' ? plan : null;
  const stage = retentionStage(h.phase);
  return {
    stage,
    deescalationDecidedAt: h.deescalationDecidedAt,
    anchorAt: scheduled?.anchorAt ?? null,
    archiveAt: scheduled?.archiveAt ?? null,
    deleteAt: scheduled?.deleteAt ?? (plan.status === 'purge_now' ? plan.deleteAt : null),
    exceptions: h.exceptions.map((exception) => ({
      exception,
      effectiveReassessAt: cappedReassessAt(exception, policy),
      counts: exceptionCounts(exception, policy, h.leadPartner),
      postpones: exception === scheduled?.archivePostponedBy || exception === scheduled?.deletePostponedBy,
    })),
    latestReassessAt: policy.exceptionsAllowed ? addMonths(now, policy.maxExceptionMonths) : null,
    subjectInformedOfDeletionAt: h.subjectInformedOfDeletionAt,
    motivationsVisible: stage !== 'step2' && stage !== 'step3',
  };
}
