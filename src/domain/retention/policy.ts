/**
 * A collaboration's retention policy (P13), as configuration.
 *
 * - seed 003 (Noord-Limburg): staged; anchor = the de-escalation decision; step 2 (archive)
 *   after 6 months, step 3 (delete) after 12; exceptions postpone a step with a re-assessment
 *   at most 6 months ahead.
 * - seed 002 (Venlo): at most 2 years after closing, unless a law demands longer.
 * - seed 004 (Nijmegen): 15 years after closing (Jeugdwet/Wmo).
 */
import type { PoliceDataRetention } from './police-data.js';

export interface RetentionPolicy {
  /** What the periods count from. */
  readonly anchor: 'deescalation_decision' | 'closing';
  /** Months after the anchor when the dossier is archived (step 2); null: no archive step. */
  readonly archiveAfterMonths: number | null;
  /** Months after the anchor when the case is deleted (step 3). */
  readonly deleteAfterMonths: number;
  /** Whether a motivated exception may postpone a step (decided by the lead partner). */
  readonly exceptionsAllowed: boolean;
  /** The furthest re-assessment date of an exception, in months after its decision. */
  readonly maxExceptionMonths: number;
  /** Days before a step (or a re-assessment) that a reminder is due. */
  readonly reminderDaysBefore: number;
  /**
   * A signal nobody picked up is deleted like a rejection this many days after its registration,
   * with a reminder to the process director `reminderDaysBefore` days earlier (Nijmegen: nothing
   * stays in the system for a signal that is not picked up). Null: signals have no pickup.
   */
  readonly unpickedSignal: { readonly deleteAfterDays: number; readonly reminderDaysBefore: number } | null;
  /** Police data removed this many months after its provision in the case (seed 002 art. 12.2, ADR 0108); absent: it follows the case. */
  readonly policeData?: PoliceDataRetention;
  /** The source of the policy, e.g. "seed 003 Bijlage 3". */
  readonly source: string;
}
