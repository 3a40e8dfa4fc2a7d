/**
 * Date arithmetic on epoch milliseconds (UTC), without reading the clock and without allocating:
 * the retention sweep calls these for every case, so months are computed with the civil-calendar
 * algorithms of H. Hinnant instead of `Date` objects.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Calendar months later (or earlier, for a negative count), keeping the time of day; a day that
 * does not exist in the target month is clamped to its last day (31 January + 1 month = 28 or
 * 29 February), as the AVG "one month" and the covenants' "6 months" are read.
 */
export function addMonths(ms: number, months: number): number {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths: months must be an integer, got ${months}`);
  const days = Math.floor(ms / DAY_MS);
  const timeOfDay = ms - days * DAY_MS;
  // civil_from_days, inlined so no tuple is allocated.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);

  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return daysFromCivil(targetYear, targetMonth, targetDay) * DAY_MS + timeOfDay;
}

export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}

export function addHours(ms: number, hours: number): number {
  return ms + hours * HOUR_MS;
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}
