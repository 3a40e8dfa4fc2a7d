import { describe, expect, it } from 'vitest';
import { amendmentState, checkConsent, diffFields } from './table-amendment.js';

describe('000-R50 amendments of the tables (seed 000 art. 16.2)', () => {
  it('000-R50 the diff names each changed field with before and after; nested objects by path, lists whole', () => {
    const before = { name: 'A', frequency: { description: 'Wekelijks', meetingsPerYear: { min: 40, max: 52 } }, criteria: ['x'] };
    const after = { name: 'A', frequency: { description: 'Maandelijks', meetingsPerYear: { min: 40, max: 52 } }, criteria: ['x', 'y'], chair: 'Voorzitter' };
    expect(diffFields(before, after)).toEqual([
      { field: 'chair', before: null, after: 'Voorzitter' },
      { field: 'criteria', before: ['x'], after: ['x', 'y'] },
      { field: 'frequency.description', before: 'Wekelijks', after: 'Maandelijks' },
    ]);
    expect(diffFields(null, { name: 'B' })).toEqual([{ field: 'name', before: null, after: 'B' }]);
  });

  it('000-R50 adopted only when every partner consented; one refusal ends it; under "admin" nobody is asked', () => {
    expect(amendmentState('all_partners', ['a', 'b'], [{ partnerId: 'a', approved: true }])).toEqual({ missing: ['b'], refusedBy: [], mayBeAdopted: false });
    expect(amendmentState('all_partners', ['a', 'b'], [{ partnerId: 'a', approved: true }, { partnerId: 'b', approved: true }]).mayBeAdopted).toBe(true);
    expect(amendmentState('all_partners', ['a', 'b'], [{ partnerId: 'a', approved: true }, { partnerId: 'b', approved: false }])).toEqual({ missing: [], refusedBy: ['b'], mayBeAdopted: false });
    expect(amendmentState('admin', ['a'], []).mayBeAdopted).toBe(true);
  });

  it('000-R50 a consent is given by a manager, once, for a partner asked, while the amendment is pending', () => {
    const pending = { status: 'pending' as const, voters: ['a', 'b'], consents: [{ partnerId: 'a', approved: true }] };
    expect(checkConsent(pending, { partnerId: 'b', role: 'manager' })).toBeNull();
    expect(checkConsent(pending, { partnerId: 'b', role: 'professional' })).toBe('amendment_consent_not_manager');
    expect(checkConsent(pending, { partnerId: 'a', role: 'manager' })).toBe('amendment_consent_already_given');
    expect(checkConsent(pending, { partnerId: 'c', role: 'manager' })).toBe('amendment_consent_not_a_party');
    expect(checkConsent({ ...pending, status: 'adopted' }, { partnerId: 'b', role: 'manager' })).toBe('amendment_not_pending');
  });
});
