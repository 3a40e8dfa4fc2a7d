/**
 * Whether a consent record can carry processing at `now` (P6): given (not refused), not yet
 * revoked (revocation stops processing at once, without retroactive effect), and naming every
 * partner that relies on it.
 */
import type { Consent, PartnerId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { HouseholdConsent } from './records.js';

function inForce(givenAt: string, revokedAt: string | null, refused: boolean, now: number): boolean {
  if (refused) return false;
  const given = parseIso(givenAt);
  if (given === null || given > now) return false;
  if (revokedAt === null) return true;
  const revoked = parseIso(revokedAt);
  return revoked !== null && revoked > now;
}

export function consentCovers(consent: Consent, partners: readonly PartnerId[], now: number): boolean {
  return inForce(consent.givenAt, consent.revokedAt, consent.refused, now) && partners.every((p) => consent.partners.includes(p));
}

export function anyConsentCovers(consents: readonly Consent[], partners: readonly PartnerId[], now: number): boolean {
  return consents.some((c) => consentCovers(c, partners, now));
}

export function householdConsentInForce(consent: HouseholdConsent | null, now: number): boolean {
  return consent !== null && inForce(consent.givenAt, consent.revokedAt, consent.refused, now);
}
