import { describe, expect, it } from 'vitest';
import { cappedReassessAt, validateException } from './exception.js';
import { SEED_002, SEED_003, utc } from './fixtures.test-support.js';
import type { RetentionException } from './history.js';

const ok: RetentionException = {
  step: 'archive',
  decidedAt: utc(2024, 7, 1),
  reassessAt: utc(2025, 1, 1),
  decidedBy: 'gemeente',
  motivation: 'Nieuw RTO waarschijnlijk.',
};

describe('P13 retention exceptions', () => {
  it('P13 retention: an exception by the lead partner with motivation and a re-assessment within 6 months is valid', () => {
    expect(validateException(ok, SEED_003, 'gemeente')).toEqual({ ok: true });
  });

  it('P13 retention: each invalid exception is refused with its reason', () => {
    expect(validateException(ok, SEED_002, 'gemeente')).toEqual({ ok: false, reason: 'P13_exceptions_not_allowed' });
    expect(validateException(ok, SEED_003, 'politie')).toEqual({ ok: false, reason: 'P13_exception_not_lead_partner' });
    expect(validateException({ ...ok, motivation: '' }, SEED_003, 'gemeente')).toEqual({
      ok: false,
      reason: 'P13_exception_without_motivation',
    });
    expect(validateException({ ...ok, reassessAt: ok.decidedAt }, SEED_003, 'gemeente')).toEqual({
      ok: false,
      reason: 'P13_reassessment_not_after_decision',
    });
    expect(validateException({ ...ok, reassessAt: utc(2025, 1, 2) }, SEED_003, 'gemeente')).toEqual({
      ok: false,
      reason: 'P13_reassessment_beyond_limit',
    });
  });

  it('P13 retention: a re-assessment beyond the limit is capped at 6 calendar months', () => {
    expect(cappedReassessAt({ ...ok, reassessAt: utc(2026, 1, 1) }, SEED_003)).toBe(utc(2025, 1, 1));
    expect(cappedReassessAt({ ...ok, decidedAt: utc(2024, 8, 31), reassessAt: utc(2026, 1, 1) }, SEED_003)).toBe(utc(2025, 2, 28));
    expect(cappedReassessAt(ok, SEED_003)).toBe(ok.reassessAt);
  });
});
