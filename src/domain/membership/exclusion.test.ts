import { describe, expect, it } from 'vitest';
import { decideExclusion } from './exclusion.js';
import { buildPartner } from './test-partner.js';

const NOTICE = { noticeMonths: 24, endsOnFirstOfJanuary: true };
const POLICY = { noticeOfDefaultRequired: true, effect: 'immediate' } as const;
const DECISION = { decidedAt: '2026-06-01T10:00:00.000Z', noticeOfDefaultAt: '2026-05-01T10:00:00.000Z', votesFor: 3, votesAgainst: 2 };

describe('P1 exclusion by the steering group (seed 003 art. 21.2, seed 001 art. 20.2)', () => {
  it('P1 by majority after a notice of default, with immediate effect at the decision', () => {
    expect(decideExclusion(buildPartner(), DECISION, POLICY, NOTICE)).toEqual({ ok: true, effectiveAt: DECISION.decidedAt, immediate: true });
  });
  it('P1 a tie is no majority; no notice of default, or one after the decision, is refused where the covenant asks it', () => {
    expect(decideExclusion(buildPartner(), { ...DECISION, votesFor: 2 }, POLICY, NOTICE)).toEqual({ ok: false, reason: 'no_majority' });
    expect(decideExclusion(buildPartner(), { ...DECISION, noticeOfDefaultAt: null }, POLICY, NOTICE)).toEqual({ ok: false, reason: 'notice_of_default_missing' });
    expect(decideExclusion(buildPartner(), { ...DECISION, noticeOfDefaultAt: null }, { ...POLICY, noticeOfDefaultRequired: false }, NOTICE).ok).toBe(true);
    expect(decideExclusion(buildPartner(), { ...DECISION, noticeOfDefaultAt: '2026-06-02' }, POLICY, NOTICE)).toEqual({ ok: false, reason: 'notice_of_default_after_decision' });
  });
  it('P1 without the article no exclusion; after the notice period it ends as a notice would, never later than a notice already given', () => {
    expect(decideExclusion(buildPartner(), DECISION, undefined, NOTICE)).toEqual({ ok: false, reason: 'exclusion_not_in_covenant' });
    const later = decideExclusion(buildPartner(), DECISION, { ...POLICY, effect: 'after_notice_period' }, NOTICE);
    expect(later).toMatchObject({ ok: true, immediate: false });
    expect(later.ok && later.effectiveAt.slice(0, 10)).toBe('2029-01-01');
    const gave = buildPartner({ membership: { joinedAt: null, noticeGivenAt: '2025-01-01', endsAt: '2027-01-01T00:00:00.000Z' } });
    expect(decideExclusion(gave, DECISION, { ...POLICY, effect: 'after_notice_period' }, NOTICE)).toMatchObject({ ok: true, effectiveAt: '2027-01-01T00:00:00.000Z' });
  });
});
