/**
 * ISO-8601 dates at the edges of the domain (model.ts): calendar dates "YYYY-MM-DD" and UTC
 * timestamps "YYYY-MM-DDTHH:MM[:SS[.sss]]Z" (or with an offset). Impossible dates such as
 * 2025-02-30 are refused, which `Date.parse` alone would roll over silently.
 */
import { invalid, VALID, type ValidationResult } from './result.js';

export type IsoDateErrorCode = 'iso_date_format' | 'iso_date_impossible';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendarOk(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar date "YYYY-MM-DD". */
export function validateIsoDate(value: string): ValidationResult<IsoDateErrorCode> {
  const m = DATE.exec(value);
  if (m === null) {
    return invalid('iso_date_format', 'Gebruik een datum als JJJJ-MM-DD.', 'Use a date as YYYY-MM-DD.');
  }
  return calendarOk(Number(m[1]), Number(m[2]), Number(m[3])) ? VALID : impossible();
}

/** A calendar date or a timestamp with a time zone ("Z" or an offset). */
export function validateIsoDateTime(value: string): ValidationResult<IsoDateErrorCode> {
  if (DATE.test(value)) return validateIsoDate(value);
  const m = DATE_TIME.exec(value);
  if (m === null) {
    return invalid(
      'iso_date_format',
      'Gebruik een datum (JJJJ-MM-DD) of tijdstip met tijdzone (JJJJ-MM-DDTUU:MM:SSZ).',
      'Use a date (YYYY-MM-DD) or a timestamp with a time zone (YYYY-MM-DDTHH:MM:SSZ).',
    );
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
  const timeOk = hour <= 23 && minute <= 59 && second <= 59;
  return timeOk && calendarOk(Number(m[1]), Number(m[2]), Number(m[3])) ? VALID : impossible();
}

/** Epoch milliseconds of a valid ISO date or timestamp, or null. */
export function parseIso(value: string): number | null {
  return validateIsoDateTime(value).ok ? Date.parse(value) : null;
}

function impossible(): ValidationResult<IsoDateErrorCode> {
  return invalid('iso_date_impossible', 'Deze datum bestaat niet.', 'This date does not exist.');
}
