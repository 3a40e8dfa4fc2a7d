/**
 * Parsing and formatting of ISO-8601 dates at the edges of the domain. Only the two forms the
 * product stores are accepted: a calendar date (`2024-01-31`, read as midnight UTC) and a date-time
 * with an explicit zone (`2024-01-31T10:15:00Z`, `…+01:00`). Anything else, or an impossible date
 * such as 31 February, is an error, never a silently shifted date.
 */
import { daysFromCivil, daysInMonth, DAY_MS, HOUR_MS } from './date-math.js';

export type IsoDateParse =
  | { readonly ok: true; readonly ms: number }
  | { readonly ok: false; readonly reason: 'iso_date_format' | 'iso_date_out_of_range' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function parseIsoDate(text: string): IsoDateParse {
  const m = ISO.exec(text);
  if (m === null) return { ok: false, reason: 'iso_date_format' };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'iso_date_out_of_range' };
  }
  let ms = daysFromCivil(year, month, day) * DAY_MS;
  if (m[4] === undefined) return { ok: true, ms };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const milli = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'iso_date_out_of_range' };
  ms += hour * HOUR_MS + minute * 60_000 + second * 1000 + milli;
  const zone = m[8] ?? 'Z';
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = Number(zone.slice(4, 6));
    if (zoneHours > 14 || zoneMinutes > 59) return { ok: false, reason: 'iso_date_out_of_range' };
    ms -= sign * (zoneHours * HOUR_MS + zoneMinutes * 60_000);
  }
  return { ok: true, ms };
}

/** Parses or throws a RangeError naming the bad text; for trusted data such as configuration. */
export function isoToMs(text: string): number {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new RangeError(`${parsed.reason}: ${JSON.stringify(text)}`);
  return parsed.ms;
}

/** `2024-01-31T10:15:00.000Z`. */
export function msToIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `2024-01-31` (the UTC calendar date). */
export function msToIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
