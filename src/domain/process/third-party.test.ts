import { describe, expect, it } from 'vitest';
import type { Consent, ThirdPartyAccess } from '../model.js';
import { partnersAwaited, thirdPartyBasisIssue, consentsOnRecord, thirdPartyMeetsP11 } from './third-party.js';
import type { ThirdPartyCaseContext } from './third-party.js';

const NOW = Date.parse('2026-06-02T12:00:00Z');
const third: ThirdPartyAccess = {
  userId: 'u-vt',
  partnerId: 'vt',
  basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' },
  declarationSignedAt: '2026-06-01T08:00:00Z',
  consentsFrom: ['vt'],
  subjectInformedAt: '2026-06-01T08:30:00Z',
  motivated: true,
  addedAt: '2026-06-01T08:15:00Z',
  releasedTo: false,
};
const ctx = (involvedPartners: string[], consents: Consent[] = [], informing: ThirdPartyCaseContext['informing'] = []): ThirdPartyCaseContext => ({ involvedPartners, consents, informing });
const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'k1',
  subjectId: 's1',
  partners: ['gem', 'vt'],
  scope: 'Delen met Veilig Thuis',
  givenAt: '2026-06-01T08:00:00Z',
  obtainedBy: 'u-pd',
  revokedAt: null,
  refused: false,
  ...over,
});

describe('third parties (P11)', () => {
  it('P11: every partner in the case is awaited until it consents; the third party’s own organisation is never asked', () => {
    expect(partnersAwaited(third, ['gem', 'pol', 'vt'])).toEqual(['gem', 'pol']);
    expect(partnersAwaited({ ...third, consentsFrom: ['vt', 'gem'] }, ['gem', 'pol'])).toEqual(['pol']);
    expect(thirdPartyMeetsP11({ ...third, consentsFrom: ['vt', 'gem'] }, ctx(['gem', 'pol']), NOW)).toBe(false);
    expect(partnersAwaited({ ...third, consentsFrom: ['vt', 'gem', 'pol'] }, ['gem', 'pol'])).toEqual([]);
    expect(thirdPartyMeetsP11({ ...third, consentsFrom: ['vt', 'gem', 'pol'] }, ctx(['gem', 'pol']), NOW)).toBe(true);
  });

  it('P11: with every consent, a missing basis, an unsigned or future declaration or an uninformed subject still fails', () => {
    const all = { ...third, consentsFrom: ['vt', 'gem'] };
    expect(thirdPartyMeetsP11({ ...all, basis: null }, ctx(['gem']), NOW)).toBe(false);
    expect(thirdPartyMeetsP11({ ...all, declarationSignedAt: null }, ctx(['gem']), NOW)).toBe(false);
    expect(thirdPartyMeetsP11({ ...all, declarationSignedAt: '2026-06-03T08:00:00Z' }, ctx(['gem']), NOW)).toBe(false);
    expect(thirdPartyMeetsP11({ ...all, subjectInformedAt: null }, ctx(['gem']), NOW)).toBe(false);
  });

  it('13.9 third parties: a cited consent must exist in the case, be in force and name the third party (000-R13b)', () => {
    const all = { ...third, consentsFrom: ['vt', 'gem'], basis: { kind: 'consent' as const, consentId: 'k1' } };
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [consent()]), NOW)).toBe(true);
    expect(thirdPartyMeetsP11({ ...all, basis: { kind: 'consent', consentId: '00000000-0000-0000-0000-000000000000' } }, ctx(['gem'], [consent()]), NOW)).toBe(false);
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [consent({ revokedAt: '2026-06-02T08:00:00Z' })]), NOW)).toBe(false);
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [consent({ refused: true })]), NOW)).toBe(false);
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [consent({ partners: ['gem'] })]), NOW)).toBe(false);
    const on = (k: Consent) => thirdPartyBasisIssue(all.basis, 'vt', consentsOnRecord([k]), NOW);
    expect(thirdPartyBasisIssue(all.basis, 'vt', [], NOW)).toBe('consent_not_found');
    expect(on(consent({ givenAt: '2026-06-03T08:00:00Z' }))).toBe('consent_not_in_force');
    expect(on(consent({ partners: ['gem'] }))).toBe('consent_not_naming_third_party');
    expect(on(consent())).toBeNull();
  });

  it('13.9 third parties: without the recorded motivation of seed 000 art. 6.3 the third party does not meet P11', () => {
    const all = { ...third, consentsFrom: ['vt', 'gem'] };
    expect(thirdPartyMeetsP11(all, ctx(['gem']), NOW)).toBe(true);
    expect(thirdPartyMeetsP11({ ...all, motivated: false }, ctx(['gem']), NOW)).toBe(false);
  });

  it('13.9 third parties: informing the subject about the third party recorded afterwards counts; one from before the third party does not', () => {
    const all = { ...third, consentsFrom: ['vt', 'gem'], subjectInformedAt: null };
    expect(thirdPartyMeetsP11(all, ctx(['gem']), NOW)).toBe(false);
    const afterwards = { topic: 'third_party' as const, informedAt: '2026-06-02T09:00:00Z' };
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [], [afterwards]), NOW)).toBe(true);
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [], [{ ...afterwards, informedAt: '2026-06-01T08:00:00Z' }]), NOW)).toBe(false);
    expect(thirdPartyMeetsP11(all, ctx(['gem'], [], [{ ...afterwards, topic: 'registration' as const }]), NOW)).toBe(false);
  });
});
