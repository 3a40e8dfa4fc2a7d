/**
 * P7: sharing with other partners needs either a consent in force that names the sharing
 * partner and every recipient, or the sharing partner's completed, motivated weighing:
 * proportionality, subsidiarity, effectiveness, whether the subject's objections are set aside
 * (motivated when they are) and whether the subject is informed afterwards (with the reason).
 * Where the protocol says so (seed 002 art. 7.6), each partner's first disclosure without consent
 * tells only which professional is involved and what kind of help. Where the covenant says so
 * (seed 002 art. 7.2), a police provision on the art. 20 Wpg decision rests on that decision, not
 * on consent or a weighing.
 */
import type { LegalBasisKind, PartnerId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { CaseState } from './case-state.js';
import { anyConsentCovers } from './consent.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { Weighing } from './records.js';
import { filled } from './text.js';
import type { ProcessVariant } from './variant.js';

/** `involvement_only`: which professional is involved and what kind of help; `content`: anything more. */
export type DisclosureScope = 'involvement_only' | 'content';

export interface SharingInput {
  readonly from: PartnerId;
  readonly to: readonly PartnerId[];
  readonly scope: DisclosureScope;
  /** The basis the contribution rests on (an art. 20 Wpg provision may be outside the consent rule, `wpg20OutsideConsentRule`). */
  readonly basis?: LegalBasisKind;
}

/**
 * A completed, motivated weighing. Where the covenant names grounds for sharing without consent
 * (`grounds`, seed 002 Bijlage A art. 7.3), it also motivates each of them and says why it is made
 * without consent (art. 7.3 refused, 7.4 not askable).
 */
export function weighingComplete(w: Weighing, now: number, grounds: readonly string[] = []): boolean {
  const completed = w.completedAt === null ? null : parseIso(w.completedAt);
  return (
    completed !== null &&
    completed <= now &&
    filled(w.proportionality) &&
    filled(w.subsidiarity) &&
    filled(w.effectiveness) &&
    (!w.setAsideObjections || filled(w.objectionsMotivation)) &&
    filled(w.informAfterwardsReason) &&
    noConsentGroundGaps(w, grounds).length === 0
  );
}

/**
 * What a weighing still lacks of the covenant's grounds for sharing without consent: each ground's
 * motivation (`noConsentGrounds.<id>`) and why without consent (`withoutConsentBecause`). Empty
 * where the covenant names no grounds.
 */
export function noConsentGroundGaps(w: Pick<Weighing, 'noConsentGrounds' | 'withoutConsentBecause'>, grounds: readonly string[]): readonly string[] {
  if (grounds.length === 0) return [];
  const gaps = grounds.filter((g) => !filled(w.noConsentGrounds?.[g] ?? '')).map((g) => `noConsentGrounds.${g}`);
  return w.withoutConsentBecause === undefined || w.withoutConsentBecause === null ? [...gaps, 'withoutConsentBecause'] : gaps;
}

/** How many disclosures without consent `partner` made in this case so far (art. 7.6 counts per partner). */
function disclosuresBy(state: CaseState, partner: PartnerId): number {
  return state.disclosuresWithoutConsentByPartner === undefined ? state.disclosuresWithoutConsent : (state.disclosuresWithoutConsentByPartner[partner] ?? 0);
}

/** Where the covenant says so, the police provide under the art. 20 Wpg decision, outside the consent-or-weighing rule (002-A12). */
export function wpg20Exempt(input: { readonly basis?: LegalBasisKind | undefined }, variant: ProcessVariant): boolean {
  return variant.wpg20OutsideConsentRule === true && input.basis === 'wpg20';
}

/**
 * Does this weighing name an exception the case's table accepts? Always, at a table that names no
 * exceptions; at one that does (seed 000 Casusoverleg Jeugd checklist IV), only a weighing that
 * records one of them.
 */
export function exceptionGroundAccepted(state: Pick<CaseState, 'consentExceptions'>, w: Pick<Weighing, 'exceptionGround'>): boolean {
  const accepted = state.consentExceptions ?? [];
  return accepted.length === 0 || (typeof w.exceptionGround === 'string' && accepted.includes(w.exceptionGround));
}

/** The partner's completed weighing that can carry a disclosure without consent at this table. */
export function carryingWeighing(state: CaseState, from: PartnerId, now: number): Weighing | undefined {
  return state.weighings.find((w) => w.partnerId === from && w.caseId === state.id && weighingComplete(w, now, state.noConsentGrounds) && exceptionGroundAccepted(state, w));
}

export function checkSharing(input: SharingInput, state: CaseState, variant: ProcessVariant, now: number): GuardResult {
  if (wpg20Exempt(input, variant)) return ALLOWED;
  if (anyConsentCovers(state.consents, [input.from, ...input.to], now)) return ALLOWED;
  const own = state.weighings.filter((w) => w.partnerId === input.from && w.caseId === state.id);
  if (own.length === 0) return refuse('weighing_missing');
  if (!own.some((w) => weighingComplete(w, now))) return refuse('weighing_incomplete');
  if (!own.some((w) => weighingComplete(w, now, state.noConsentGrounds))) return refuse('no_consent_grounds_missing');
  if (carryingWeighing(state, input.from, now) === undefined) return refuse('consent_exception_missing');
  if (variant.firstDisclosureWithoutConsentLimited && disclosuresBy(state, input.from) === 0 && input.scope !== 'involvement_only') {
    return refuse('first_disclosure_not_limited');
  }
  return ALLOWED;
}
