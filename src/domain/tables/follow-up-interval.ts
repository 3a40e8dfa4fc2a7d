/**
 * The follow-up interval a meeting sets for its case (seed 000 MDO "Frequentie: wisselend van één
 * keer per maand tot per kwartaal, afhankelijk van verloop, zwaarte en vooruitgang"; row 000-R70).
 * A table whose frequency states meetings per year allows an interval between a year divided by
 * its maximum and a year divided by its minimum (MDO, 4–12 a year: 30 to 92 days); a table
 * without a stated frequency allows 1 to 366 days. Pure.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';

export interface FollowUpRange {
  readonly minDays: number;
  readonly maxDays: number;
}

export function followUpRange(table: Pick<CollaborationTable, 'frequency'>): FollowUpRange {
  const perYear = table.frequency.meetingsPerYear;
  if (perYear === null) return { minDays: 1, maxDays: 366 };
  return { minDays: Math.floor(365 / perYear.max), maxDays: Math.ceil(365 / perYear.min) };
}

/** Null when `days` fits the table's frequency; otherwise the message naming the range (Dutch first). */
export function followUpIntervalProblem(table: Pick<CollaborationTable, 'frequency'>, days: number): string | null {
  const { minDays, maxDays } = followUpRange(table);
  if (Number.isInteger(days) && days >= minDays && days <= maxDays) return null;
  return `kies een termijn tussen ${String(minDays)} en ${String(maxDays)} dagen, zoals de frequentie van deze overlegtafel (${table.frequency.description}) / choose between ${String(minDays)} and ${String(maxDays)} days, as this table's frequency`;
}
