/**
 * A table's age range (seed 000 Bijlage 2: Netwerkoverleg risicojeugd "-9 maanden tot 23 jaar",
 * Casusoverleg Jeugd "0-23 jaar"). The age is counted in whole months from the birth date, so an
 * expected child (birth date in the future) has a negative age. The upper bound counts whole
 * years and is inclusive: a 23-year-old is in range until the 24th birthday (ADR 0035).
 */
import { TABLE_OK, tableRefusal, type TableResult } from './table-reasons.js';

export interface AgeRange {
  readonly minMonths: number;
  /** Absent: no upper bound (seed 002 art. 3.1: adults). */
  readonly maxYears?: number | undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whole months from `birthDate` (YYYY-MM-DD) to `now` (epoch ms, UTC); negative before birth. */
export function ageInMonths(birthDate: string, now: number): number | null {
  const m = DATE.exec(birthDate);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const today = new Date(now);
  const [ty, tm, td] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  const months = (ty - y) * 12 + (tm - mo);
  // A month counts once its day is reached; before birth the count runs the other way.
  if (months > 0 && td < d) return months - 1;
  if (months < 0 && td > d) return months + 1;
  return months;
}

export function inAgeRange(range: AgeRange, birthDate: string, now: number): boolean {
  const months = ageInMonths(birthDate, now);
  return months !== null && months >= range.minMonths && (range.maxYears === undefined || months < (range.maxYears + 1) * 12);
}

/** The subject the case is about must be within the table's age range. */
export function checkAgeRange(range: AgeRange | undefined, birthDate: string, now: number): TableResult {
  if (range === undefined) return TABLE_OK;
  return inAgeRange(range, birthDate, now) ? TABLE_OK : tableRefusal('age_outside_table_range');
}

/** The range in plain words, e.g. "van -9 maanden tot en met 23 jaar". */
export function describeAgeRange(range: AgeRange): string {
  const from = range.minMonths % 12 === 0 ? `${range.minMonths / 12} jaar` : `${range.minMonths} maanden`;
  return range.maxYears === undefined ? `vanaf ${from}` : `van ${from} tot en met ${range.maxYears} jaar`;
}

/**
 * At referral the receiving table's range is judged again (seed 000 Bijlage 2): a subject of the
 * case must be within it. Without any birth date the range cannot be judged, so the referral waits
 * until one is recorded. The refusal names the table and its range.
 */
export function checkReferralAge(tableName: string, range: AgeRange | undefined, birthDates: readonly (string | null)[], now: number): TableResult {
  if (range === undefined) return TABLE_OK;
  const detail = `${tableName}: ${describeAgeRange(range)}.`;
  const known = birthDates.filter((b): b is string => b !== null);
  if (known.length === 0) return tableRefusal('age_unknown_for_table_range', detail);
  return known.some((b) => inAgeRange(range, b, now)) ? TABLE_OK : tableRefusal('age_outside_table_range', detail);
}
