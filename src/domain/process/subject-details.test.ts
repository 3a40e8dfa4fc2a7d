import { describe, expect, it } from 'vitest';
import { buildCaseState } from './case-state.test-support.js';
import { checkSubjectDetails } from './subject-details.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

describe('004-W06 a subject\u2019s details are completed only after pickup where the covenant stores the minimal set before it', () => {
  it('004-W06 before pickup refused under P12; after pickup, and in a collaboration without the rule, allowed', () => {
    const before = buildCaseState({ phase: 'triage', pickup: null });
    const after = buildCaseState({ phase: 'triage', pickup: { pickedUpAt: '2026-05-01T00:00:00Z', byPartner: 'gemeente', by: 'pd-1' } });
    expect(checkSubjectDetails({ storeOnlyAfterPickup: true }, before, NOW)).toEqual({ ok: false, rule: 'P12', reason: 'stored_before_pickup' });
    expect(checkSubjectDetails({ storeOnlyAfterPickup: true }, after, NOW)).toEqual({ ok: true });
    expect(checkSubjectDetails({ storeOnlyAfterPickup: false }, before, NOW)).toEqual({ ok: true });
  });
});
