/**
 * Removes everything identifying of a case (P12 when it is not accepted or referred; P13 step 3):
 * subjects, contributions, triage questions, consents, weighings, informing records, meetings
 * with their invitations, attendance and plan, the case director, third parties, the designations,
 * the de-escalation's administrative set and exceptions, the query hashes of the presence lookups
 * asked for the case; then crypto-shreds the case key so any
 * surviving copy (backup, dump) is unreadable. What remains is administrative and non-identifying:
 * the case row (number, table, phase, dates, registrant partner), the staff assignment, the audit
 * log and the Wpg art. 32 log, which name the case only by its opaque id (P16).
 * Runs in the caller's transaction: all of it happens, or none.
 */
import { shredCaseKey } from '../../crypto/case-keys.js';
import type { Trx } from '../ports.js';

const CASE_CHILD_TABLES = [
  'take_along_grants',
  'dossier_clearings',
  'weighings',
  'consents',
  'informing_records',
  'contributions',
  'triage_questions',
  'meeting_attendance',
  'meeting_invitations',
  'plan_actions',
  'case_director_appointments',
  'meetings',
  'third_parties',
  'deescalation_exceptions',
  'subjects',
] as const;

export async function purgeCase(trx: Trx, caseId: string, now: Date): Promise<void> {
  for (const table of CASE_CHILD_TABLES) {
    await trx.deleteFrom(table).where('case_id', '=', caseId).execute();
  }
  await trx.updateTable('deescalation_decisions').set({ admin_set_enc: null }).where('case_id', '=', caseId).execute();
  // P14: the keyed hashes of presence lookups asked for this case go with their purpose.
  await trx.updateTable('presence_lookups').set({ query_hash: null }).where('for_case_id', '=', caseId).execute();
  await trx.updateTable('cases').set({ closing_criteria: null, closing_note_enc: null, updated_at: now }).where('id', '=', caseId).execute();
  // Designations last: Row-Level Security may rely on them for the deletes above.
  await trx.deleteFrom('involvement').where('case_id', '=', caseId).execute();
  await shredCaseKey(trx, caseId);
}
