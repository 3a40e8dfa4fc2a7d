import { describe, expect, it } from 'vitest';
import { isoToMs, msToIso, msToIsoDate, parseIsoDate } from './iso-date.js';

describe('ISO dates', () => {
  it('parses a calendar date as midnight UTC', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, ms: Date.UTC(2024, 1, 29) });
  });

  it('parses a date-time with a zone', () => {
    expect(parseIsoDate('2024-01-31T10:15:00Z')).toEqual({ ok: true, ms: Date.UTC(2024, 0, 31, 10, 15) });
    expect(parseIsoDate('2024-01-31T10:15+01:00')).toEqual({ ok: true, ms: Date.UTC(2024, 0, 31, 9, 15) });
    expect(parseIsoDate('2024-01-31T10:15:30.5-02:30')).toEqual({ ok: true, ms: Date.UTC(2024, 0, 31, 12, 45, 30, 500) });
  });

  it('rejects impossible dates instead of shifting them', () => {
    expect(parseIsoDate('2023-02-29')).toEqual({ ok: false, reason: 'iso_date_out_of_range' });
    expect(parseIsoDate('2024-13-01')).toEqual({ ok: false, reason: 'iso_date_out_of_range' });
    expect(parseIsoDate('2024-04-31')).toEqual({ ok: false, reason: 'iso_date_out_of_range' });
    expect(parseIsoDate('2024-01-01T24:00:00Z')).toEqual({ ok: false, reason: 'iso_date_out_of_range' });
  });

  it('rejects other formats, including a date-time without a zone', () => {
    for (const bad of ['', '31-01-2024', '2024-1-31', '2024-01-31T10:15:00', '2024-01-31 10:15Z', 'gisteren']) {
      expect(parseIsoDate(bad)).toEqual({ ok: false, reason: 'iso_date_format' });
    }
  });

  it('round-trips through the formatters', () => {
    const ms = isoToMs('2024-05-06T07:08:09.010Z');
    expect(msToIso(ms)).toBe('2024-05-06T07:08:09.010Z');
    expect(msToIsoDate(ms)).toBe('2024-05-06');
    expect(() => isoToMs('2024-02-30')).toThrow(/iso_date_out_of_range/);
  });
});
