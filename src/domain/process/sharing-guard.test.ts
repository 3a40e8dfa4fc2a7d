import { describe, expect, it } from 'vitest';
import type { Consent } from '../model.js';
import { buildCaseState, completeWeighing, NOW } from './case-state.test-support.js';
import { canonical, venlo } from './shipped-variants.test-support.js';
import { checkSharing, type SharingInput } from './sharing-guard.js';

const share: SharingInput = { from: 'politie', to: ['gemeente'], scope: 'content' };
const consent: Consent = {
  id: 'c1',
  subjectId: 's1',
  partners: ['politie', 'gemeente'],
  scope: 'RTO',
  givenAt: '2025-05-01',
  obtainedBy: 'u',
  revokedAt: null,
  refused: false,
};

describe('P7 sharing without consent', () => {
  it('P6 sharing: a consent in force naming both partners allows sharing', () => {
    expect(checkSharing(share, buildCaseState({ consents: [consent] }), canonical, NOW)).toEqual({ ok: true });
  });

  it('P7 sharing: without consent and without a weighing it is refused', () => {
    expect(checkSharing(share, buildCaseState(), canonical, NOW)).toEqual({ ok: false, rule: 'P7', reason: 'weighing_missing' });
    const partial = { ...consent, partners: ['politie'] };
    expect(checkSharing(share, buildCaseState({ consents: [partial] }), canonical, NOW)).toMatchObject({ ok: false, reason: 'weighing_missing' });
    const otherPartnersWeighing = { ...completeWeighing, partnerId: 'gemeente' };
    expect(checkSharing(share, buildCaseState({ weighings: [otherPartnersWeighing] }), canonical, NOW)).toMatchObject({ ok: false, reason: 'weighing_missing' });
  });

  it('P7 sharing: with a completed, motivated weighing it is allowed', () => {
    expect(checkSharing(share, buildCaseState({ weighings: [completeWeighing] }), canonical, NOW)).toEqual({ ok: true });
  });

  it('P7 sharing: a draft or unmotivated weighing does not count', () => {
    const cases = [
      { ...completeWeighing, completedAt: null },
      { ...completeWeighing, proportionality: '' },
      { ...completeWeighing, subsidiarity: ' ' },
      { ...completeWeighing, effectiveness: '' },
      { ...completeWeighing, objectionsMotivation: '' },
      { ...completeWeighing, informAfterwardsReason: '' },
    ];
    for (const w of cases) {
      expect(checkSharing(share, buildCaseState({ weighings: [w] }), canonical, NOW)).toEqual({ ok: false, rule: 'P7', reason: 'weighing_incomplete' });
    }
    const notSetAside = { ...completeWeighing, setAsideObjections: false, objectionsMotivation: '' };
    expect(checkSharing(share, buildCaseState({ weighings: [notSetAside] }), canonical, NOW)).toEqual({ ok: true });
  });

  it('P7 first disclosure (seed 002 art. 7.6): limited to who is involved and what kind of help', () => {
    const state = buildCaseState({ weighings: [completeWeighing] });
    expect(checkSharing(share, state, venlo, NOW)).toEqual({ ok: false, rule: 'P7', reason: 'first_disclosure_not_limited' });
    expect(checkSharing({ ...share, scope: 'involvement_only' }, state, venlo, NOW)).toEqual({ ok: true });
    expect(checkSharing(share, { ...state, disclosuresWithoutConsent: 1 }, venlo, NOW)).toEqual({ ok: true });
    expect(checkSharing(share, buildCaseState({ consents: [consent] }), venlo, NOW)).toEqual({ ok: true });
  });
});
