import { describe, expect, it } from 'vitest';
import { checkConsentRevocation, consentDateIssue, consentRecordingPartner } from './consent-records.js';

const pd = { partnerId: 'gem', role: 'process_director', staff: true, designated: false } as const;
const housing = { partnerId: 'woon', role: 'professional', staff: false, designated: true } as const;
const ggz = { partnerId: 'ggz', role: 'professional', staff: false, designated: true } as const;
const DAY = 86_400_000;

describe('13.13 consent records (P6; finding M8)', () => {
  it('13.13 consent records: only the process director or the partner that recorded a consent may record its revocation', () => {
    const byDirector = consentRecordingPartner({ partnerId: 'gem', role: 'process_director' });
    expect(byDirector).toBeNull();
    expect(checkConsentRevocation(pd, byDirector)).toEqual({ ok: true });
    expect(checkConsentRevocation(housing, byDirector)).toEqual({ ok: false, rule: 'P6', reason: 'consent_revocation_not_recorder' });
    // a professional of the director's employer does not inherit the director's record
    expect(checkConsentRevocation({ ...housing, partnerId: 'gem' }, byDirector).ok).toBe(false);
    const byGgz = consentRecordingPartner({ partnerId: 'ggz', role: 'professional' });
    expect(checkConsentRevocation(ggz, byGgz)).toEqual({ ok: true });
    expect(checkConsentRevocation(housing, byGgz).ok).toBe(false);
    expect(checkConsentRevocation({ ...ggz, designated: false }, byGgz).ok).toBe(false);
    expect(checkConsentRevocation(pd, byGgz).ok).toBe(true);
    // support staff acting in the case is no process director
    expect(checkConsentRevocation({ ...pd, role: 'support' }, byDirector).ok).toBe(false);
  });

  it('13.13 consent records: a date in the future or before the case is refused', () => {
    const registered = Date.UTC(2026, 5, 1, 9);
    const now = registered + 3 * DAY;
    expect(consentDateIssue(now + 1, registered, now)).toBe('in_future');
    expect(consentDateIssue(registered - DAY, registered, now)).toBe('before_case');
    expect(consentDateIssue(registered, registered, now)).toBeNull();
    expect(consentDateIssue(now, registered, now)).toBeNull();
  });
});
