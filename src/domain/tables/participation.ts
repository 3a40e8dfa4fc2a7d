/**
 * Who takes part at a table (seed 000 Bijlage 2 "Partners structureel / incidenteel"): its
 * structural partners always; an incidental partner only with a recorded reason why this case
 * needs it; any other covenant partner only where the table says so (the MDO: "in principe alle
 * convenantpartners"). The lead partner and the house's own staff organisation are part of the
 * case already and are not asked or invited through this rule.
 */
import type { PartnerId } from '../model.js';
import { TABLE_OK, tableRefusal, type TableResult } from './table-reasons.js';

/** A table's partners resolved to partner ids (the configuration names them by slug). */
export interface TableParticipants {
  readonly structural: readonly PartnerId[];
  readonly incidental: readonly PartnerId[];
  readonly anyMemberMayJoin: boolean;
}

/**
 * The partner slugs bound by the table's separate covenant (000-R83): for cases at this table they
 * count as covenant partners (P1), at any other table they do not.
 */
export function separateCovenantSignatories(table: { readonly separateCovenantPartners?: readonly string[] | undefined } | undefined): ReadonlySet<string> {
  return new Set(table?.separateCovenantPartners ?? []);
}

/**
 * Whether a separate covenant's signatory stands as a partner at `now` (ADR 0162): only while its
 * partner record is active and inside its own dates. An organisation that was deactivated, or whose
 * end date has passed, is a non-member again and joins a case only as a third party (P11).
 */
export function separateCovenantInForce(partner: { readonly active: boolean; readonly joinedAt: number | null; readonly endsAt: number | null }, now: number): boolean {
  if (!partner.active) return false;
  if (partner.joinedAt !== null && now < partner.joinedAt) return false;
  return partner.endsAt === null || now < partner.endsAt;
}

export type Participation = 'structural' | 'incidental' | 'any_member' | 'none';

export function participation(table: TableParticipants, partnerId: PartnerId, isMember: boolean): Participation {
  if (table.structural.includes(partnerId)) return 'structural';
  if (table.incidental.includes(partnerId)) return 'incidental';
  return table.anyMemberMayJoin && isMember ? 'any_member' : 'none';
}

/** May this partner be asked in triage or invited to the table's meeting for this case? */
export function checkTableParticipant(table: TableParticipants, partnerId: PartnerId, isMember: boolean, reason: string | null | undefined): TableResult {
  switch (participation(table, partnerId, isMember)) {
    case 'structural':
    case 'any_member':
      return TABLE_OK;
    case 'incidental':
      return reason !== null && reason !== undefined && reason.trim().length > 0 ? TABLE_OK : tableRefusal('incidental_partner_without_reason');
    case 'none':
      return tableRefusal('partner_not_at_table');
  }
}
