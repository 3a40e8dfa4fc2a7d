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
  /**
   * Tables with a retention of their own (seed 000 art. 10.3: the functionary of each
   * verschijningsvorm answers for its dossier under the Archiefwet; 000-R36), by table id: their
   * periods and source replace the collaboration's for the cases at that table.
   */
  readonly tables?: Readonly<Record<string, TableRetention>>;
}

/** A table's own periods (`tables[].retention`); the anchor, exceptions and reminders stay the collaboration's. */
export interface TableRetention {
  readonly archiveAfterMonths: number | null;
  readonly deleteAfterMonths: number;
  readonly source: string;
}

/** The policy that governs a case at `tableId`: the collaboration's, with the table's own periods where it has them. */
export function policyForTable(policy: RetentionPolicy, tableId: string | undefined): RetentionPolicy {
  const own = tableId === undefined ? undefined : policy.tables?.[tableId];
  return own === undefined ? policy : { ...policy, archiveAfterMonths: own.archiveAfterMonths, deleteAfterMonths: own.deleteAfterMonths, source: own.source };
}

/** A collaboration's retention policy with the tables that carry their own (from the configuration). */
export function retentionPolicyOf(config: {
  readonly retention: Omit<RetentionPolicy, 'tables'>;
  readonly tables: readonly { readonly id: string; readonly retention?: TableRetention | undefined }[];
}): RetentionPolicy {
  const own = config.tables.flatMap((t) => (t.retention === undefined ? [] : [[t.id, t.retention] as const]));
  return own.length === 0 ? config.retention : { ...config.retention, tables: Object.fromEntries(own) };
}
