/**
 * Seals the free text of incidents and complaints that older versions stored in plaintext
 * (finding L1, ADR 0075; migration 220 added the sealed columns). SQL cannot seal, as the key is
 * not in the database, so the server and the command line run this when they open the database.
 * Each batch is one transaction in the system context: rows still holding plaintext are locked,
 * sealed under their collaboration's key and their plaintext emptied in the same statement. A
 * second process that starts at the same time waits for the lock and then finds nothing left.
 */
import { sealFreeText } from '../../crypto/collaboration-key.js';
import type { FreeTextColumn } from '../../crypto/collaboration-key.js';
import type { MasterKeyRing } from '../../crypto/master-key.js';
import { systemContext } from '../../store/acting-context.js';
import type { AppDatabase } from '../../store/database.js';

const BATCH = 500;

export interface SealFreeTextResult {
  readonly incidents: number;
  readonly incidentUpdates: number;
  readonly complaints: number;
}

const seal = (keys: MasterKeyRing, collaborationId: string, column: FreeTextColumn, id: string, text: string | null): Buffer | null =>
  text === null ? null : sealFreeText(keys, collaborationId, column, id, text);

export async function sealPlaintextFreeText(database: AppDatabase, keys: MasterKeyRing): Promise<SealFreeTextResult> {
  let incidents = 0;
  let incidentUpdates = 0;
  let complaints = 0;
  for (;;) {
    const done = await database.withTransaction(systemContext(), async (trx) => {
      const rows = await trx
        .selectFrom('incidents')
        .select(['id', 'collaboration_id', 'summary', 'summary_enc', 'evaluation', 'evaluation_enc', 'dpa_not_required_reason', 'dpa_not_required_reason_enc'])
        .where((eb) => eb.or([eb('summary', 'is not', null), eb('evaluation', 'is not', null), eb('dpa_not_required_reason', 'is not', null)]))
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .execute();
      for (const r of rows) {
        await trx
          .updateTable('incidents')
          .set({
            summary: null,
            summary_enc: r.summary_enc ?? seal(keys, r.collaboration_id, 'incidents.summary', r.id, r.summary),
            evaluation: null,
            evaluation_enc: r.evaluation_enc ?? seal(keys, r.collaboration_id, 'incidents.evaluation', r.id, r.evaluation),
            dpa_not_required_reason: null,
            dpa_not_required_reason_enc: r.dpa_not_required_reason_enc ?? seal(keys, r.collaboration_id, 'incidents.dpa_not_required_reason', r.id, r.dpa_not_required_reason),
          })
          .where('id', '=', r.id)
          .execute();
      }
      const updates = await trx
        .selectFrom('incident_updates')
        .select(['id', 'collaboration_id', 'body'])
        .where('body', 'is not', null)
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .execute();
      for (const u of updates) {
        await trx
          .updateTable('incident_updates')
          .set({ body: null, body_enc: seal(keys, u.collaboration_id, 'incident_updates.body', u.id, u.body) })
          .where('id', '=', u.id)
          .execute();
      }
      const complaintRows = await trx
        .selectFrom('complaints')
        .select(['id', 'collaboration_id', 'summary', 'summary_enc', 'response_summary', 'response_summary_enc'])
        .where((eb) => eb.or([eb('summary', 'is not', null), eb('response_summary', 'is not', null)]))
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .execute();
      for (const c of complaintRows) {
        await trx
          .updateTable('complaints')
          .set({
            summary: null,
            summary_enc: c.summary_enc ?? seal(keys, c.collaboration_id, 'complaints.summary', c.id, c.summary),
            response_summary: null,
            response_summary_enc: c.response_summary_enc ?? seal(keys, c.collaboration_id, 'complaints.response_summary', c.id, c.response_summary),
          })
          .where('id', '=', c.id)
          .execute();
      }
      incidents += rows.length;
      incidentUpdates += updates.length;
      complaints += complaintRows.length;
      return rows.length < BATCH && updates.length < BATCH && complaintRows.length < BATCH;
    });
    if (done) return { incidents, incidentUpdates, complaints };
  }
}
