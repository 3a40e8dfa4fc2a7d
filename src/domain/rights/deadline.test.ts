import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, DAY_MS } from '../time/date-math.js';
import { baseDeadline, rightsRequestDeadline, rightsRequestStatus } from './deadline.js';

const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const received = utc(2024, 1, 31);

describe('P15 rights request deadlines', () => {
  it('P15 data-subject rights: four weeks where the collaboration says so (seed 002), else one calendar month', () => {
    expect(baseDeadline(received, 'four_weeks')).toBe(utc(2024, 2, 28));
    expect(baseDeadline(received, 'one_month')).toBe(utc(2024, 2, 29));
    expect(baseDeadline(utc(2024, 3, 15), 'one_month')).toBe(utc(2024, 4, 15));
  });

  it('P15 data-subject rights: an extension of up to two months with a reason, decided within the first term', () => {
    const ext = { months: 2, reason: 'Complex: vijf partners betrokken', decidedAt: utc(2024, 2, 20) };
    expect(rightsRequestDeadline(received, 'one_month', ext)).toEqual({
      ok: true,
      baseDueAt: utc(2024, 2, 29),
      dueAt: utc(2024, 4, 29),
      extended: true,
    });
    expect(rightsRequestDeadline(received, 'one_month', { ...ext, months: 3 })).toEqual({ ok: false, reason: 'P15_extension_too_long' });
    expect(rightsRequestDeadline(received, 'one_month', { ...ext, months: 0 })).toEqual({ ok: false, reason: 'P15_extension_too_long' });
    expect(rightsRequestDeadline(received, 'one_month', { ...ext, reason: ' ' })).toEqual({
      ok: false,
      reason: 'P15_extension_without_reason',
    });
    expect(rightsRequestDeadline(received, 'four_weeks', { ...ext, decidedAt: utc(2024, 2, 29) })).toEqual({
      ok: false,
      reason: 'P15_extension_after_deadline',
    });
  });

  it('P15 data-subject rights: status open, overdue, answered or answered late', () => {
    const base = { receivedAt: received, extension: null, answeredAt: null };
    expect(rightsRequestStatus(base, 'four_weeks', utc(2024, 2, 28))).toEqual({ status: 'open', dueAt: utc(2024, 2, 28) });
    expect(rightsRequestStatus(base, 'four_weeks', utc(2024, 2, 28) + 1).status).toBe('overdue');
    expect(rightsRequestStatus({ ...base, answeredAt: utc(2024, 2, 20) }, 'four_weeks', utc(2024, 6, 1)).status).toBe('answered');
    expect(rightsRequestStatus({ ...base, answeredAt: utc(2024, 3, 1) }, 'four_weeks', utc(2024, 6, 1)).status).toBe('answered_late');
    const invalidExt = { months: 2, reason: '', decidedAt: utc(2024, 2, 1) };
    expect(rightsRequestStatus({ ...base, extension: invalidExt }, 'four_weeks', utc(2024, 3, 15)).status).toBe('overdue');
  });

  it('P15 data-subject rights: the deadline is never later than the AVG allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom('four_weeks' as const, 'one_month' as const),
        fc.option(fc.record({ months: fc.integer({ min: -1, max: 4 }), reason: fc.string(), lateDays: fc.integer({ min: -40, max: 40 }) }), {
          nil: null,
        }),
        (day, term, ext) => {
          const at = day * DAY_MS;
          const extension = ext && { months: ext.months, reason: ext.reason, decidedAt: addDays(baseDeadline(at, term), ext.lateDays) };
          const d = rightsRequestDeadline(at, term, extension);
          if (!d.ok) return;
          expect(d.baseDueAt).toBeLessThanOrEqual(addDays(at, 31));
          expect(d.dueAt).toBeLessThanOrEqual(addDays(at, 31 + 62));
          expect(d.dueAt).toBeGreaterThanOrEqual(d.baseDueAt);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
