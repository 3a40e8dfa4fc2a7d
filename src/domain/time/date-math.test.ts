import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addHours, addMonths, daysBetween, daysFromCivil, daysInMonth, DAY_MS } from './date-math.js';

const utc = (y: number, m: number, d: number, h = 0): number => Date.UTC(y, m - 1, d, h);

describe('date arithmetic', () => {
  it('adds calendar months keeping the day and the time of day', () => {
    expect(addMonths(utc(2024, 3, 15, 10), 6)).toBe(utc(2024, 9, 15, 10));
    expect(addMonths(utc(2024, 11, 15), 3)).toBe(utc(2025, 2, 15));
    expect(addMonths(utc(2024, 3, 15), -4)).toBe(utc(2023, 11, 15));
    expect(addMonths(utc(2023, 6, 1), 180)).toBe(utc(2038, 6, 1));
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths(utc(2024, 1, 31), 1)).toBe(utc(2024, 2, 29));
    expect(addMonths(utc(2023, 1, 31), 1)).toBe(utc(2023, 2, 28));
    expect(addMonths(utc(2024, 8, 31), 1)).toBe(utc(2024, 9, 30));
    expect(addMonths(utc(2024, 2, 29), 12)).toBe(utc(2025, 2, 28));
  });

  it('handles dates before 1970 and across centuries', () => {
    expect(addMonths(utc(1969, 12, 31, 23), 1)).toBe(utc(1970, 1, 31, 23));
    expect(addMonths(utc(2099, 12, 31), 2)).toBe(utc(2100, 2, 28));
  });

  it('rejects a fractional month count', () => {
    expect(() => addMonths(0, 1.5)).toThrow(RangeError);
  });

  it('adds days and hours exactly', () => {
    expect(addDays(utc(2024, 2, 28), 2)).toBe(utc(2024, 3, 1));
    expect(addHours(utc(2024, 2, 28, 23), 24)).toBe(utc(2024, 2, 29, 23));
    expect(daysBetween(utc(2024, 1, 1), utc(2024, 3, 1))).toBe(60);
  });

  it('agrees with Date for the civil calendar and months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: 0, max: DAY_MS - 1 }),
        fc.integer({ min: -400, max: 400 }),
        (day, time, months) => {
          const ms = day * DAY_MS + time;
          const d = new Date(ms);
          const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
          const clampedDay = Math.min(d.getUTCDate(), daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1));
          const expected = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), clampedDay) + time;
          expect(addMonths(ms, months)).toBe(expected);
          expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
