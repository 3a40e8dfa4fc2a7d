/** A `partners` row as the domain's `Partner` (membership dates as ISO strings). */
import type { Selectable } from 'kysely';
import type { LegalBasisCatalogueEntry, Partner, PartnerType } from '../../domain/model.js';
import type { PartnersTable } from '../schema.js';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export function partnerFromRow(p: Selectable<PartnersTable>): Partner {
  return {
    id: p.id,
    name: p.name,
    type: p.type as PartnerType,
    // An organisation that left (active = false) is no active member, whatever its dates say.
    member: p.member && p.active,
    membership: { joinedAt: iso(p.joined_at), noticeGivenAt: iso(p.notice_given_at), endsAt: iso(p.ends_at) },
    publicAuthority: p.public_authority,
    maySeeSpecial: p.may_see_special,
    mayUseBsn: p.may_use_bsn,
    professionalSecrecy: p.professional_secrecy,
    legalRegimes: regimesOf(p),
    legalBasisCatalogue: Array.isArray(p.legal_basis_catalogue) ? (p.legal_basis_catalogue as unknown as LegalBasisCatalogueEntry[]) : [],
  };
}

/** The laws a partner processes under (`legalRegimes`), as stored; none when the partner is unknown. */
export function regimesOf(row: { readonly legal_regimes: unknown } | undefined): string[] {
  return Array.isArray(row?.legal_regimes) ? row.legal_regimes.filter((r): r is string => typeof r === 'string') : [];
}
