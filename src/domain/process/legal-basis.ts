/**
 * P5: each contribution records a legal basis from the contributing partner's catalogue. No
 * basis, no storage. Legitimate interest is never a basis for a public authority and always
 * needs a recorded balancing of interests (seed 004 Bijlage 1 art. 2 sub 4); compatible further processing needs all five factors of AVG art. 6(4);
 * a consent basis needs a consent in force that names the partner (P6).
 */
import type { Consent, LegalBasis, LegalBasisCatalogueEntry, Partner } from '../model.js';
import { consentCovers } from './consent.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import { filled } from './text.js';

const normaliseLaw = (law: string): string => law.trim().replace(/\s+/g, ' ').toLowerCase();

/** A law-citing basis matches an entry without a law, or one citing the same law. */
function lawInCatalogue(law: string, entries: readonly LegalBasisCatalogueEntry[]): boolean {
  return entries.some((e) => e.law === undefined || normaliseLaw(e.law) === normaliseLaw(law));
}

function checkContent(partner: Partner, basis: LegalBasis, entries: readonly LegalBasisCatalogueEntry[], consents: readonly Consent[], now: number): GuardResult {
  switch (basis.kind) {
    case 'consent': {
      const consent = consents.find((c) => c.id === basis.consentId);
      return consent !== undefined && consentCovers(consent, [partner.id], now) ? ALLOWED : refuse('consent_not_valid');
    }
    case 'legal_obligation':
    case 'public_task':
      if (!filled(basis.law)) return refuse('basis_law_missing');
      return lawInCatalogue(basis.law, entries) ? ALLOWED : refuse('basis_not_in_catalogue');
    case 'wpg20':
      return filled(basis.decision) ? ALLOWED : refuse('basis_motivation_missing');
    case 'vital_interest':
    case 'conflict_of_duties':
      return filled(basis.motivation) ? ALLOWED : refuse('basis_motivation_missing');
    case 'legitimate_interest':
      // Seed 004 Bijlage 1 art. 2 sub 4: "moet altijd een belangenafweging gemaakt worden".
      return filled(basis.motivation ?? '') ? ALLOWED : refuse('legitimate_interest_unbalanced');
    case 'compatible_further_processing': {
      const f = basis.factors;
      const all = [f.linkOfPurposes, f.context, f.natureOfData, f.consequences, f.safeguards];
      return all.every(filled) ? ALLOWED : refuse('compatibility_factors_incomplete');
    }
  }
}

export function checkLegalBasis(partner: Partner, basis: LegalBasis | null, consents: readonly Consent[], now: number): GuardResult {
  if (basis === null) return refuse('no_legal_basis');
  if (basis.kind === 'legitimate_interest' && partner.publicAuthority) return refuse('legitimate_interest_public_authority');
  const entries = partner.legalBasisCatalogue.filter((e) => e.kind === basis.kind);
  if (entries.length === 0) return refuse('basis_not_in_catalogue');
  return checkContent(partner, basis, entries, consents, now);
}
