/**
 * The data side of retention (P12, P13): archiving keeps only the administrative set (sealed
 * under the case key with the de-escalation services' `buildAdminSet`) and closes the dossier;
 * deletion crypto-shreds the case key (so copies in backups become unreadable) and removes the
 * encrypted content rows, leaving only non-identifying management data: the case row with its
 * number, table, phase and dates, who acted in it (ids), and the access log.
 */
import { loadCaseKey, shredCaseKey } from '../crypto/case-keys.js';
import { buildAdminSet } from '../services/deescalation/admin-set.js';
import type { ServiceDeps, Trx } from '../services/ports.js';

function audit(deps: ServiceDeps, trx: Trx, caseId: string, collaborationId: string, action: string, rule: string, now: Date): Promise<void> {
  return deps.audit.append(trx, {
    at: now,
    userId: null,
    partnerId: null,
    role: 'system',
    onBehalfOfPartnerId: null,
    collaborationId,
    caseId,
    subjectId: null,
    contributionId: null,
    action,
    purpose: null,
    legalBasisKind: null,
    accessPoint: 'job',
    outcome: 'allow',
    rule,
  });
}

/** Step 2: archive. Returns false when the case was no longer in a phase to archive. */
export async function archiveCase(deps: ServiceDeps, trx: Trx, caseId: string, now: Date): Promise<boolean> {
  const c = await trx.selectFrom('cases').select(['collaboration_id', 'phase']).where('id', '=', caseId).forUpdate().executeTakeFirst();
  if (c === undefined || ['archived', 'deleted', 'rejected', 'referred'].includes(c.phase)) return false;
  const key = await loadCaseKey(trx, deps.keys, caseId);
  const adminSet = await buildAdminSet(trx, key, caseId, now);
  await trx.updateTable('deescalation_decisions').set({ archived_at: now, admin_set_enc: adminSet }).where('case_id', '=', caseId).where('archived_at', 'is', null).execute();
  await trx
    .updateTable('cases')
    .set((eb) => ({ phase: 'archived', phase_changed_at: now, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .execute();
  await audit(deps, trx, caseId, c.collaboration_id, 'retention.archive', 'P13', now);
  return true;
}

/** Step 3 (P13) or deletion when not accepted (P12). Returns false when nothing was left to delete. */
export async function deleteCaseData(deps: ServiceDeps, trx: Trx, caseId: string, rule: 'P12' | 'P13', now: Date): Promise<boolean> {
  const c = await trx.selectFrom('cases').select(['collaboration_id', 'phase']).where('id', '=', caseId).forUpdate().executeTakeFirst();
  if (c === undefined) return false;
  const shredded = await shredCaseKey(trx, caseId);
  if (!shredded && c.phase === 'deleted') return false;
  // Keep the record that the subject was told of the deletion, detached from the subject row.
  await trx.updateTable('informing_records').set({ subject_id: null }).where('case_id', '=', caseId).where('topic', '=', 'deletion').execute();
  await trx.deleteFrom('informing_records').where('case_id', '=', caseId).where('topic', '<>', 'deletion').execute();
  await trx.deleteFrom('take_along_grants').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('dossier_clearings').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('weighings').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('consents').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('contributions').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('triage_questions').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('restricted_meeting_items').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('plan_actions').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('meetings').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('third_parties').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('subjects').where('case_id', '=', caseId).execute();
  await trx.updateTable('deescalation_decisions').set({ admin_set_enc: null }).where('case_id', '=', caseId).execute();
  // P14: the keyed hashes of presence lookups asked for this case go with their purpose.
  await trx.updateTable('presence_lookups').set({ query_hash: null }).where('for_case_id', '=', caseId).execute();
  const phase = rule === 'P13' ? 'deleted' : c.phase;
  await trx
    .updateTable('cases')
    .set((eb) => ({ phase, closing_criteria: null, closing_note_enc: null, phase_changed_at: now, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .execute();
  await audit(deps, trx, caseId, c.collaboration_id, 'retention.delete', rule, now);
  // Last, before the commit: the journal outside the database outlives a restore of an older backup.
  await deps.deletionJournal?.record({ caseId, rule, at: now.toISOString() });
  return true;
}
