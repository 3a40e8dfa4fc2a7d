/**
 * P11: a third party (incidental partner) joins one case only with a legal basis that exists and
 * holds, a recorded motivation, the consent of every partner involved in that case, a signed
 * confidentiality declaration, and the subject informed (seed 000 art. 6.3; seed 002 Bijlage A
 * art. 9). The subject may be informed afterwards: an informing about the third party recorded
 * after it was added counts from then on.
 */
import type { ConsentFacts } from '../access/facts.js';
import type { Consent, LegalBasis, PartnerId, ThirdPartyAccess } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { InformingRecord } from './records.js';

/** The partners in the case whose consent to this third party is still missing (its own organisation is not asked). */
export function partnersAwaited(third: Pick<ThirdPartyAccess, 'partnerId' | 'consentsFrom'>, involvedPartners: readonly PartnerId[]): PartnerId[] {
  return involvedPartners.filter((p) => p !== third.partnerId && !third.consentsFrom.includes(p));
}

/** Why the basis a third party cites does not hold, or null when it does. */
export type ThirdPartyBasisIssue = 'no_basis' | 'consent_not_found' | 'consent_not_in_force' | 'consent_not_naming_third_party';

/** A consent record as the basis check needs it, from either the process state or the access facts. */
export interface ConsentOnRecord {
  readonly id: string;
  readonly partners: ReadonlySet<PartnerId> | readonly PartnerId[];
  readonly givenAt: number;
  readonly revokedAt: number | null;
  readonly refused: boolean;
}

/**
 * P11 "indien daarvoor een wettelijke grondslag aanwezig is" (seed 000 art. 6.3): a consent basis
 * must name a consent of this case that is in force at `now` and names the third party's
 * organisation; any other basis must state its law, decision or motivation.
 */
export function thirdPartyBasisIssue(basis: LegalBasis | null, thirdPartyOrganisation: PartnerId, consents: readonly ConsentOnRecord[], now: number): ThirdPartyBasisIssue | null {
  if (basis === null) return 'no_basis';
  if (basis.kind !== 'consent') return basisStated(basis) ? null : 'no_basis';
  const consent = consents.find((c) => c.id === basis.consentId);
  if (consent === undefined) return 'consent_not_found';
  if (consent.refused || consent.givenAt > now || (consent.revokedAt !== null && consent.revokedAt <= now)) return 'consent_not_in_force';
  const names = Array.isArray(consent.partners) ? consent.partners.includes(thirdPartyOrganisation) : (consent.partners as ReadonlySet<PartnerId>).has(thirdPartyOrganisation);
  return names ? null : 'consent_not_naming_third_party';
}

function basisStated(basis: Exclude<LegalBasis, { kind: 'consent' }>): boolean {
  switch (basis.kind) {
    case 'legal_obligation':
    case 'public_task':
      return basis.law.trim() !== '';
    case 'wpg20':
      return basis.decision.trim() !== '';
    case 'vital_interest':
    case 'conflict_of_duties':
      return basis.motivation.trim() !== '';
    case 'legitimate_interest':
    case 'compatible_further_processing':
      return true;
  }
}

/** Consent records of the process state in the shape of the basis check. */
export function consentsOnRecord(consents: readonly Consent[]): ConsentOnRecord[] {
  return consents.map((c) => ({
    id: c.id,
    partners: c.partners,
    givenAt: parseIso(c.givenAt) ?? Number.POSITIVE_INFINITY,
    revokedAt: c.revokedAt === null ? null : (parseIso(c.revokedAt) ?? null),
    refused: c.refused,
  }));
}

/** Consent facts of the access engine in the shape of the basis check. */
export function consentFactsOnRecord(consents: ReadonlyMap<string, ConsentFacts>): ConsentOnRecord[] {
  return [...consents.values()];
}

/** When the subject was informed about this third party: at its addition, or by an informing recorded after it. */
export function subjectInformedAt(third: Pick<ThirdPartyAccess, 'subjectInformedAt' | 'addedAt'>, informing: readonly Pick<InformingRecord, 'topic' | 'informedAt'>[]): number | null {
  const given = third.subjectInformedAt === null ? null : parseIso(third.subjectInformedAt);
  if (given !== null) return given;
  const added = parseIso(third.addedAt) ?? Number.POSITIVE_INFINITY;
  const later = informing
    .filter((r) => r.topic === 'third_party')
    .map((r) => parseIso(r.informedAt))
    .filter((t): t is number => t !== null && t >= added);
  return later.length === 0 ? null : Math.min(...later);
}

/** What P11 needs to know of the case besides the third party itself. */
export interface ThirdPartyCaseContext {
  readonly involvedPartners: readonly PartnerId[];
  readonly consents: readonly Consent[];
  readonly informing: readonly Pick<InformingRecord, 'topic' | 'informedAt'>[];
}

export function thirdPartyMeetsP11(third: ThirdPartyAccess, context: ThirdPartyCaseContext, now: number): boolean {
  const signed = third.declarationSignedAt === null ? null : parseIso(third.declarationSignedAt);
  const informed = subjectInformedAt(third, context.informing);
  return (
    thirdPartyBasisIssue(third.basis, third.partnerId, consentsOnRecord(context.consents), now) === null &&
    third.motivated &&
    signed !== null &&
    signed <= now &&
    informed !== null &&
    informed <= now &&
    partnersAwaited(third, context.involvedPartners).length === 0
  );
}
