/**
 * Seals the free text of a case that older versions stored in plaintext (finding L1, ADR 0122;
 * migration 255 added the sealed columns): a subject's relation, a consent's scope, a take-along
 * grant's plan action, a triage question's task, purpose and reason for asking every partner, and
 * the reason an incidental partner of the table is asked or invited (migration 265), and the
 * closing note a closing record kept in `cases.closing_criteria` (migration 390).
 * They are sealed under the case key like the rest of the case (src/store/repositories/case-text.ts).
 * SQL cannot seal, as the key is not in the database, so the server and the command line run this
 * when they open the database, next to `sealPlaintextFreeText`. Each batch is one transaction in
 * the system context: rows still holding plaintext are locked, sealed and their plaintext emptied
 * in the same statement. A second process that starts at the same time waits for the locks and
 * then finds nothing left. A row whose case key is already gone cannot be sealed; it is counted
 * (the case's deletion removes such rows, so none should exist) and left for that deletion.
 */
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { loadCaseKey } from '../../crypto/case-keys.js';
import type { DataKey } from '../../crypto/case-keys.js';
import type { MasterKeyRing } from '../../crypto/master-key.js';
import { systemContext } from '../../store/acting-context.js';
import type { AppDatabase } from '../../store/database.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';
import type { Database } from '../../store/schema.js';

const BATCH = 500;

export interface SealCaseTextResult {
  readonly subjects: number;
  readonly consents: number;
  readonly takeAlongGrants: number;
  readonly triageQuestions: number;
  readonly meetingInvitations: number;
  /** Closing notes moved out of the plaintext closing record (migration 390). */
  readonly closingNotes: number;
  /** Rows with plaintext whose case key no longer exists: not sealable, left for the case's deletion. */
  readonly withoutKey: number;
}

type Trx = Transaction<Database>;

function keyCache(trx: Trx, keys: MasterKeyRing): (caseId: string) => Promise<DataKey> {
  const cache = new Map<string, DataKey>();
  return async (caseId) => {
    const known = cache.get(caseId);
    if (known !== undefined) return known;
    const key = await loadCaseKey(trx, keys, caseId);
    cache.set(caseId, key);
    return key;
  };
}

async function sealBatch(trx: Trx, keys: MasterKeyRing): Promise<Omit<SealCaseTextResult, 'withoutKey'>> {
  const key = keyCache(trx, keys);
  const keyed = trx.selectFrom('case_keys').select('case_id');

  const subjects = await trx.selectFrom('subjects').select(['id', 'case_id', 'relation']).where('relation', 'is not', null).where('case_id', 'in', keyed).orderBy('id').limit(BATCH).forUpdate().execute();
  for (const r of subjects) {
    await trx.updateTable('subjects').set({ relation: null, relation_enc: sealCaseText(await key(r.case_id), CASE_TEXT_FIELDS.subjectRelation, r.relation) }).where('id', '=', r.id).execute();
  }
  const consents = await trx.selectFrom('consents').select(['id', 'case_id', 'scope']).where('scope', 'is not', null).where('case_id', 'in', keyed).orderBy('id').limit(BATCH).forUpdate().execute();
  for (const r of consents) {
    await trx.updateTable('consents').set({ scope: null, scope_enc: sealCaseText(await key(r.case_id), CASE_TEXT_FIELDS.consentScope, r.scope) }).where('id', '=', r.id).execute();
  }
  const grants = await trx.selectFrom('take_along_grants').select(['id', 'case_id', 'plan_action']).where('plan_action', 'is not', null).where('case_id', 'in', keyed).orderBy('id').limit(BATCH).forUpdate().execute();
  for (const r of grants) {
    await trx.updateTable('take_along_grants').set({ plan_action: null, plan_action_enc: sealCaseText(await key(r.case_id), CASE_TEXT_FIELDS.grantPlanAction, r.plan_action) }).where('id', '=', r.id).execute();
  }
  const questions = await trx
    .selectFrom('triage_questions')
    .select(['id', 'case_id', 'task', 'task_enc', 'purpose', 'purpose_enc', 'all_partners_justification', 'all_partners_justification_enc', 'table_reason', 'table_reason_enc'])
    .where((eb) => eb.or([eb('task', 'is not', null), eb('purpose', 'is not', null), eb('all_partners_justification', 'is not', null), eb('table_reason', 'is not', null)]))
    .where('case_id', 'in', keyed)
    .orderBy('id')
    .limit(BATCH)
    .forUpdate()
    .execute();
  for (const r of questions) {
    const k = await key(r.case_id);
    await trx
      .updateTable('triage_questions')
      .set({
        task: null,
        task_enc: r.task_enc ?? sealCaseText(k, CASE_TEXT_FIELDS.triageTask, r.task),
        purpose: null,
        purpose_enc: r.purpose_enc ?? sealCaseText(k, CASE_TEXT_FIELDS.triagePurpose, r.purpose),
        all_partners_justification: null,
        all_partners_justification_enc: r.all_partners_justification_enc ?? sealCaseText(k, CASE_TEXT_FIELDS.triageAllPartnersJustification, r.all_partners_justification),
        table_reason: null,
        table_reason_enc: r.table_reason_enc ?? sealCaseText(k, CASE_TEXT_FIELDS.triageTableReason, r.table_reason),
      })
      .where('id', '=', r.id)
      .execute();
  }
  const invitations = await trx.selectFrom('meeting_invitations').select(['id', 'case_id', 'table_reason']).where('table_reason', 'is not', null).where('case_id', 'in', keyed).orderBy('id').limit(BATCH).forUpdate().execute();
  for (const r of invitations) {
    await trx.updateTable('meeting_invitations').set({ table_reason: null, table_reason_enc: sealCaseText(await key(r.case_id), CASE_TEXT_FIELDS.invitationTableReason, r.table_reason) }).where('id', '=', r.id).execute();
  }
  // The closing note an older version kept in plaintext in the closing record (migration 390).
  const closings = await trx
    .selectFrom('cases')
    .select(['id', 'closing_criteria'])
    .where('closing_note_enc', 'is', null)
    .where(sql<boolean>`coalesce(closing_criteria->'closing'->>'note', '') <> ''`)
    .where('id', 'in', keyed)
    .orderBy('id')
    .limit(BATCH)
    .forUpdate()
    .execute();
  for (const r of closings) {
    const column = r.closing_criteria as { closing: { note: string } };
    await trx
      .updateTable('cases')
      .set({ closing_note_enc: sealCaseText(await key(r.id), CASE_TEXT_FIELDS.closingNote, column.closing.note), closing_criteria: JSON.stringify({ ...column, closing: { ...column.closing, note: '' } }) })
      .where('id', '=', r.id)
      .execute();
  }
  return { subjects: subjects.length, consents: consents.length, takeAlongGrants: grants.length, triageQuestions: questions.length, meetingInvitations: invitations.length, closingNotes: closings.length };
}

async function countWithoutKey(trx: Trx): Promise<number> {
  const keyed = trx.selectFrom('case_keys').select('case_id');
  const counts = await Promise.all([
    trx.selectFrom('subjects').select((eb) => eb.fn.countAll<string>().as('n')).where('relation', 'is not', null).where('case_id', 'not in', keyed).executeTakeFirstOrThrow(),
    trx.selectFrom('consents').select((eb) => eb.fn.countAll<string>().as('n')).where('scope', 'is not', null).where('case_id', 'not in', keyed).executeTakeFirstOrThrow(),
    trx.selectFrom('take_along_grants').select((eb) => eb.fn.countAll<string>().as('n')).where('plan_action', 'is not', null).where('case_id', 'not in', keyed).executeTakeFirstOrThrow(),
    trx
      .selectFrom('triage_questions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where((eb) => eb.or([eb('task', 'is not', null), eb('purpose', 'is not', null), eb('all_partners_justification', 'is not', null), eb('table_reason', 'is not', null)]))
      .where('case_id', 'not in', keyed)
      .executeTakeFirstOrThrow(),
    trx.selectFrom('meeting_invitations').select((eb) => eb.fn.countAll<string>().as('n')).where('table_reason', 'is not', null).where('case_id', 'not in', keyed).executeTakeFirstOrThrow(),
    trx
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('closing_note_enc', 'is', null)
      .where(sql<boolean>`coalesce(closing_criteria->'closing'->>'note', '') <> ''`)
      .where('id', 'not in', keyed)
      .executeTakeFirstOrThrow(),
  ]);
  return counts.reduce((sum, c) => sum + Number(c.n), 0);
}

export async function sealPlaintextCaseText(database: AppDatabase, keys: MasterKeyRing): Promise<SealCaseTextResult> {
  const total = { subjects: 0, consents: 0, takeAlongGrants: 0, triageQuestions: 0, meetingInvitations: 0, closingNotes: 0 };
  for (;;) {
    const batch = await database.withTransaction(systemContext(), (trx) => sealBatch(trx, keys));
    total.subjects += batch.subjects;
    total.consents += batch.consents;
    total.takeAlongGrants += batch.takeAlongGrants;
    total.triageQuestions += batch.triageQuestions;
    total.meetingInvitations += batch.meetingInvitations;
    total.closingNotes += batch.closingNotes;
    if (Math.max(batch.subjects, batch.consents, batch.takeAlongGrants, batch.triageQuestions, batch.meetingInvitations, batch.closingNotes) < BATCH) break;
  }
  const withoutKey = await database.withTransaction(systemContext(), countWithoutKey);
  return { ...total, withoutKey };
}
