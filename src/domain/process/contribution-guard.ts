/**
 * Storing a contribution. In order: Nijmegen stores nothing before the case is picked up
 * (seed 004 Bijlage 3 step 5); only an active partner contributes as a partner (P1), or one
 * that left, in a running case its professional was in before the end (seed 000 art. 13.2); a legal
 * basis from its catalogue (P5); and where the household's consent is required for
 * domain-crossing processing (step 4), none happens without it.
 */
import { isActiveMember } from '../membership/active.js';
import type { LegalBasis, PartnerId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import { householdConsentInForce } from './consent.js';
import { checkLegalBasis } from './legal-basis.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { ProcessVariant } from './variant.js';

export interface ContributionInput {
  readonly partnerId: PartnerId;
  readonly basis: LegalBasis | null;
  /**
   * Whether storing it processes data across care domains (combining what one domain knows
   * with another's); the service decides from the contribution's category and recipients.
   */
  readonly domainCrossing: boolean;
  /**
   * The contributor's organisation left, and the contributing professional finishes a case it
   * was in before the end (seed 000 art. 13.2; the access engine's `finishesRunningCase`).
   */
  readonly finishingRunningCase?: boolean;
}

export function pickedUp(state: CaseState, now: number): boolean {
  const at = state.pickup === null ? null : parseIso(state.pickup.pickedUpAt);
  return at !== null && at <= now;
}

export function checkContributionStorage(input: ContributionInput, state: CaseState, variant: ProcessVariant, now: number): GuardResult {
  if (variant.storeOnlyAfterPickup && !pickedUp(state, now)) return refuse('stored_before_pickup');
  const partner = findPartner(state, input.partnerId);
  if (partner === undefined || !(isActiveMember(partner, now) || input.finishingRunningCase === true)) return refuse('contributor_not_active');
  const basis = checkLegalBasis(partner, input.basis, state.consents, now);
  if (!basis.ok) return basis;
  if (variant.domainCrossingNeedsConsent && input.domainCrossing && !householdConsentInForce(state.householdConsent, now)) {
    return refuse('domain_crossing_without_consent');
  }
  return ALLOWED;
}
