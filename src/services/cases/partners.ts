import type { Partner, PartnerType, LegalBasisCatalogueEntry } from '../../domain/model.js';

/** A partner row as the domain's Partner. */
export function partnerFromRow(p: {
  id: string;
  name: string;
  type: string;
  member: boolean;
  active: boolean;
  joined_at: Date | null;
  notice_given_at: Date | null;
  ends_at: Date | null;
  public_authority: boolean;
  may_see_special: boolean;
  may_use_bsn: boolean;
  professional_secrecy: boolean;
  legal_regimes: unknown;
  legal_basis_catalogue: unknown;
}): Partner {
  return {
    id: p.id,
    name: p.name,
    type: p.type as PartnerType,
    member: p.member && p.active,
    membership: {
      joinedAt: p.joined_at?.toISOString() ?? null,
      noticeGivenAt: p.notice_given_at?.toISOString() ?? null,
      endsAt: p.ends_at?.toISOString() ?? null,
    },
    publicAuthority: p.public_authority,
    maySeeSpecial: p.may_see_special,
    mayUseBsn: p.may_use_bsn,
    professionalSecrecy: p.professional_secrecy,
    legalRegimes: Array.isArray(p.legal_regimes) ? (p.legal_regimes as string[]) : [],
    legalBasisCatalogue: Array.isArray(p.legal_basis_catalogue) ? (p.legal_basis_catalogue as LegalBasisCatalogueEntry[]) : [],
  };
}
