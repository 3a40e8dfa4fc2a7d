/**
 * The functionary designated per table (seed 000 art. 10.2 "per verschijningsvorm aan te wijzen
 * functionaris", art. 10.3; ADR 0110). The admin designates one person per table; only an active
 * process director may direct cases, and at a table with a responsible officer only one employed by
 * that officer's partner (Casusoverleg Jeugd Eijsden-Margraten: the procesmanager Jeugd of the
 * gemeente Eijsden-Margraten). New cases at the table go to the designated person; without one
 * (or when the designation no longer holds) the table keeps the officer's partner's directors.
 * Pure: the caller gathers the facts.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';

export interface DesignationCandidate {
  readonly role: string;
  readonly active: boolean;
  /** The configuration's name (slug) of the candidate's partner. */
  readonly partnerSlug: string;
}

export type DesignationCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

type Table = Pick<CollaborationTable, 'name' | 'responsibleOfficer'>;

/** May this person be the table's designated functionary? The refusal says why, in Dutch. */
export function checkDesignation(table: Table, candidate: DesignationCandidate, officerPartnerName: string): DesignationCheck {
  if (candidate.role !== 'process_director') {
    return { ok: false, message: `alleen een procesregisseur kan de aangewezen functionaris van ${table.name} zijn (art. 10.2): deze gebruiker heeft een andere rol` };
  }
  if (!candidate.active) return { ok: false, message: 'deze gebruiker is niet actief' };
  const officer = table.responsibleOfficer;
  if (officer !== undefined && candidate.partnerSlug !== officer.partnerId) {
    return { ok: false, message: `de regie van ${table.name} ligt bij ${officer.title}: wijs een procesregisseur van ${officerPartnerName} aan` };
  }
  return { ok: true };
}

/**
 * Whether a designation still holds at registration: the designated person must still meet
 * `checkDesignation` (an account made inactive, a role or partner changed since). A designation
 * that no longer holds falls back to the table's officer's partner.
 */
export function designationHolds(table: Table, candidate: DesignationCandidate | undefined): boolean {
  return candidate !== undefined && checkDesignation(table, candidate, '').ok;
}
