/**
 * P7: sharing with other partners needs either a consent in force that names the sharing
 * partner and every recipient, or the sharing partner's completed, motivated weighing:
 * proportionality, subsidiarity, effectiveness, whether the subject's objections are set aside
 * (motivated when they are) and whether the subject is informed afterwards (with the reason).
 * Where the protocol says so (seed 002 art. 7.6), the first disclosure without consent tells
 * only which professional is involved and what kind of help.
 */
import type { PartnerId } from '../model.js';
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
}

export function weighingComplete(w: Weighing, now: number): boolean {
  const completed = w.completedAt === null ? null : parseIso(w.completedAt);
  return (
    completed !== null &&
    completed <= now &&
    filled(w.proportionality) &&
    filled(w.subsidiarity) &&
    filled(w.effectiveness) &&
    (!w.setAsideObjections || filled(w.objectionsMotivation)) &&
    filled(w.informAfterwardsReason)
  );
}

export function checkSharing(input: SharingInput, state: CaseState, variant: ProcessVariant, now: number): GuardResult {
  if (anyConsentCovers(state.consents, [input.from, ...input.to], now)) return ALLOWED;
  const own = state.weighings.filter((w) => w.partnerId === input.from && w.caseId === state.id);
  if (own.length === 0) return refuse('weighing_missing');
  if (!own.some((w) => weighingComplete(w, now))) return refuse('weighing_incomplete');
  if (variant.firstDisclosureWithoutConsentLimited && state.disclosuresWithoutConsent === 0 && input.scope !== 'involvement_only') {
    return refuse('first_disclosure_not_limited');
  }
  return ALLOWED;
}
