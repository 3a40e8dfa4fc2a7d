import { describe, expect, it } from 'vitest';
import type { ThirdPartyAccess } from '../model.js';
import { partnersAwaited, thirdPartyMeetsP11 } from './third-party.js';

const NOW = Date.parse('2026-06-02T12:00:00Z');
const third: ThirdPartyAccess = {
  userId: 'u-vt',
  partnerId: 'vt',
  basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' },
  declarationSignedAt: '2026-06-01T08:00:00Z',
  consentsFrom: ['vt'],
  subjectInformedAt: '2026-06-01T08:30:00Z',
  releasedTo: false,
};

describe('third parties (P11)', () => {
  it('P11: every partner in the case is awaited until it consents; the third party’s own organisation is never asked', () => {
    expect(partnersAwaited(third, ['gem', 'pol', 'vt'])).toEqual(['gem', 'pol']);
    expect(partnersAwaited({ ...third, consentsFrom: ['vt', 'gem'] }, ['gem', 'pol'])).toEqual(['pol']);
    expect(thirdPartyMeetsP11({ ...third, consentsFrom: ['vt', 'gem'] }, ['gem', 'pol'], NOW)).toBe(false);
    expect(partnersAwaited({ ...third, consentsFrom: ['vt', 'gem', 'pol'] }, ['gem', 'pol'])).toEqual([]);
    expect(thirdPartyMeetsP11({ ...third, consentsFrom: ['vt', 'gem', 'pol'] }, ['gem', 'pol'], NOW)).toBe(true);
  });

  it('P11: with every consent, a missing basis, an unsigned or future declaration or an uninformed subject still fails', () => {
    const all = { ...third, consentsFrom: ['vt', 'gem'] };
    expect(thirdPartyMeetsP11({ ...all, basis: null }, ['gem'], NOW)).toBe(false);
    expect(thirdPartyMeetsP11({ ...all, declarationSignedAt: null }, ['gem'], NOW)).toBe(false);
    expect(thirdPartyMeetsP11({ ...all, declarationSignedAt: '2026-06-03T08:00:00Z' }, ['gem'], NOW)).toBe(false);
    expect(thirdPartyMeetsP11({ ...all, subjectInformedAt: null }, ['gem'], NOW)).toBe(false);
  });
});
