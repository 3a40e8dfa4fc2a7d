/**
 * What a partner shares at a table (seed 000 Bijlage 2 "Gedeelde informatie"). Where the table
 * says a partner tells only whether the subject is known to it (Nwo RJ: "Jeugd GGZ: informatie
 * over het al dan niet bekend zijn van een jeugdige bij de jeugd GGZ"), its triage answer at that
 * table is "known / not known" and nothing more, whatever the collaboration's triage mode.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';
import { TABLE_OK, tableRefusal, type TableResult } from './table-reasons.js';

type SharingTable = Pick<CollaborationTable, 'sharedInformation'>;

/** Whether the partner (by slug) answers only "known / not known" at this table. */
export function answersKnownOnly(table: SharingTable, partnerSlug: string): boolean {
  return table.sharedInformation.some((i) => i.partnerId === partnerSlug && i.knownOnly === true);
}

/** A partner that answers "known / not known" only at this table may not send content. */
export function checkTableAnswer(table: SharingTable, partnerSlug: string, answer: 'presence' | 'contribution'): TableResult {
  return answer === 'contribution' && answersKnownOnly(table, partnerSlug) ? tableRefusal('known_or_not_known_only') : TABLE_OK;
}
