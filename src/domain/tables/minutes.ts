/**
 * Minutes shared with another table's functionary (seed 000 Bijlage 2, PJO Eijsden-Margraten:
 * "Tevens wordt de notulen van het PJO gedeeld met de procesmanager jeugd"; row 000-R86, ADR 0129).
 * A table's `minutesSharedWith` names the tables whose designated functionary (art. 10.2, ADR 0110)
 * receives its minutes. Per individual discussed the recipient reads the record only — date,
 * status, reason and notes — with the case number; never the name, the preparation, the
 * invitations, the plan or the contributions. Pure: the caller gathers the facts. The database
 * step `casustafel_session_minutes` (migration 270) holds the same line below the service.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';

export interface MinutesReader {
  readonly userId: string;
  readonly role: string;
}

export interface Designation {
  readonly tableId: string;
  readonly userId: string;
}

/**
 * The receiving tables for which this reader is the designated functionary; empty: the reader
 * receives no minutes of `table` (a session of a work area, a table without `minutesSharedWith`,
 * another person, another role).
 */
export function minutesReceivedAs(table: Pick<CollaborationTable, 'id' | 'minutesSharedWith'> | undefined, designations: readonly Designation[], reader: MinutesReader): string[] {
  if (table === undefined || reader.role !== 'process_director') return [];
  return (table.minutesSharedWith ?? []).filter((id) => id !== table.id && designations.some((d) => d.tableId === id && d.userId === reader.userId));
}

export interface MinutesRecord {
  readonly date: string | null;
  readonly status: string | null;
  readonly reason: string;
  readonly notes: readonly string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * What the recipient reads of a stored meeting record: date, status, reason and the notes' text.
 * Everything else the record holds (the plan, the subjects the notes are about, the outcome
 * informant) stays out.
 */
export function minutesRecord(stored: unknown): MinutesRecord {
  const r = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const notes = Array.isArray(r.notes) ? r.notes : [];
  return {
    date: str(r.date),
    status: str(r.status),
    reason: str(r.reason) ?? '',
    notes: notes.flatMap((n: unknown) => {
      const text = typeof n === 'object' && n !== null ? str((n as Record<string, unknown>).text) : null;
      return text === null ? [] : [text];
    }),
  };
}

export const MINUTES_NOT_SHARED = {
  nl: 'De notulen van dit overleg worden alleen gedeeld met de aangewezen functionaris van de tafel die ze ontvangt (seed 000, PJO: "de notulen van het PJO gedeeld met de procesmanager jeugd").',
  en: 'The minutes of this session are shared only with the designated functionary of the table that receives them.',
} as const;
