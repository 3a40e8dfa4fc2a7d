import { describe, expect, it } from 'vitest';
import { answerTermOf } from './answer-term.js';
import { rightsRequestDeadline } from './deadline.js';

describe('P15 rights requests: the configured answer term', () => {
  it('P15 deadline: Venlo answers within four weeks, the others within one month', () => {
    const received = Date.parse('2026-01-31T00:00:00Z');
    const venlo = rightsRequestDeadline(received, answerTermOf({ amount: 4, unit: 'weeks' }), null);
    const other = rightsRequestDeadline(received, answerTermOf({ amount: 1, unit: 'months' }), null);
    expect(venlo.ok && new Date(venlo.dueAt).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(other.ok && new Date(other.dueAt).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(answerTermOf({ amount: 6, unit: 'weeks' })).toBe('four_weeks');
    expect(answerTermOf({ amount: 3, unit: 'months' })).toBe('one_month');
  });

  it('P15 deadline: a covenant that sets a shorter term in weeks gets that term', () => {
    const received = Date.parse('2026-01-31T00:00:00Z');
    const twoWeeks = rightsRequestDeadline(received, answerTermOf({ amount: 2, unit: 'weeks' }), null);
    expect(twoWeeks.ok && new Date(twoWeeks.dueAt).toISOString()).toBe('2026-02-14T00:00:00.000Z');
  });
});
