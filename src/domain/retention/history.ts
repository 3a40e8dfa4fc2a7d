/**
 * What the retention schedule needs to know about a case (P12, P13). Times are epoch
 * milliseconds: the sweep reads many cases and must not parse dates.
 */
import type { CaseId, CollaborationId, PartnerId, Phase } from '../model.js';

/** Step 2 (archive) or step 3 (delete) of the staged de-escalation (seed 003 Bijlage 3). */
export type RetentionStep = 'archive' | 'delete';

/**
 * A motivated exception that postpones a step until a re-assessment (seed 003 Bijlage 3: "mits de
 * motivatie wordt vastgelegd en er een termijn wordt vastgesteld voor herbeoordeling", at most
 * 6 months), decided by the lead partner at the time of de-escalation.
 */
export interface RetentionException {
  readonly step: RetentionStep;
  readonly decidedAt: number;
  readonly reassessAt: number;
  readonly decidedBy: PartnerId;
  readonly motivation: string;
}

export interface CaseRetentionHistory {
  readonly caseId: CaseId;
  readonly collaborationId: CollaborationId;
  /** The table the case is at; a table with its own retention governs it (000-R36). */
  readonly tableId?: string;
  readonly phase: Phase;
  readonly registeredAt: number;
  /** The partner the process director acts for (registrant, or the case director's partner later). */
  readonly leadPartner: PartnerId;
  /** The partner of the case director at de-escalation; it informs the subject of the deletion. */
  readonly caseDirectorPartner: PartnerId | null;
  /**
   * The de-escalation decision. A case that relapses into an RTO gets this cleared by the service;
   * while it is set the schedule runs, whatever the phase says (privacy wins over stale data).
   */
  readonly deescalationDecidedAt: number | null;
  readonly closedAt: number | null;
  /** Not accepted at screening or triage (P12). */
  readonly rejectedAt: number | null;
  /** Moved to another table (P12). */
  readonly referredAt: number | null;
  /** When the identifying data was removed (P12/P13); null while it remains. */
  readonly purgedAt: number | null;
  readonly exceptions: readonly RetentionException[];
  readonly subjectInformedOfDeletionAt: number | null;
  /** When a partner picked the signal up (Nijmegen step 5); null while it is not picked up. */
  readonly pickedUpAt: number | null;
}
