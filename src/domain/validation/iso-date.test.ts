import { describe, expect, it } from 'vitest';
import { addMonths, nextFirstOfJanuary } from './calendar.js';
import { parseIso, validateIsoDate, validateIsoDateTime } from './iso-date.js';

describe('ISO dates', () => {
  it('accepts calendar dates, including 29 February of a leap year', () => {
    expect(validateIsoDate('2025-01-31')).toEqual({ ok: true });
    expect(validateIsoDate('2024-02-29')).toEqual({ ok: true });
  });

  it('refuses impossible dates that Date.parse would roll over', () => {
    expect(validateIsoDate('2025-02-29')).toMatchObject({ ok: false, code: 'iso_date_impossible' });
    expect(validateIsoDate('2025-13-01')).toMatchObject({ ok: false, code: 'iso_date_impossible' });
    expect(validateIsoDate('2025-04-31')).toMatchObject({ ok: false, code: 'iso_date_impossible' });
  });

  it('refuses other formats', () => {
    for (const value of ['31-01-2025', '2025/01/31', '2025-1-31', '2025-01-31T10:00:00Z', '']) {
      expect(validateIsoDate(value)).toMatchObject({ ok: false, code: 'iso_date_format' });
    }
  });

  it('accepts timestamps only with a time zone', () => {
    expect(validateIsoDateTime('2025-01-31T10:00:00Z')).toEqual({ ok: true });
    expect(validateIsoDateTime('2025-01-31T10:00:00.123+01:00')).toEqual({ ok: true });
    expect(validateIsoDateTime('2025-01-31T10:00:00')).toMatchObject({ ok: false, code: 'iso_date_format' });
    expect(validateIsoDateTime('2025-01-31T24:00:00Z')).toMatchObject({ ok: false, code: 'iso_date_impossible' });
  });

  it('parses valid values to epoch milliseconds and others to null', () => {
    expect(parseIso('2025-01-01')).toBe(Date.UTC(2025, 0, 1));
    expect(parseIso('2025-02-30')).toBeNull();
  });
});

describe('calendar months', () => {
  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths(Date.UTC(2025, 0, 31), 1)).toBe(Date.UTC(2025, 1, 28));
    expect(addMonths(Date.UTC(2024, 0, 31), 1)).toBe(Date.UTC(2024, 1, 29));
    expect(addMonths(Date.UTC(2025, 10, 15, 9), 3)).toBe(Date.UTC(2026, 1, 15, 9));
    expect(addMonths(Date.UTC(2025, 4, 1), 24)).toBe(Date.UTC(2027, 4, 1));
  });

  it('finds the next 1 January', () => {
    expect(nextFirstOfJanuary(Date.UTC(2025, 5, 1))).toBe(Date.UTC(2026, 0, 1));
    expect(nextFirstOfJanuary(Date.UTC(2026, 0, 1))).toBe(Date.UTC(2026, 0, 1));
  });
});
