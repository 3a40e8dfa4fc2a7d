/**
 * Designates the acting professional for its own organisation in a case (involvement is
 * personal). Row-Level Security lets a partner designate only its own professionals; a case
 * that does not exist (or belongs to another collaboration) is a 404, without revealing which.
 */
import { sql } from 'kysely';
import { notFound } from '../app-error.js';
import { CASE } from '../cases/case-context.js';
import type { SessionActor, Trx } from '../ports.js';

export async function designate(trx: Trx, actor: SessionActor, caseId: string, now: Date): Promise<void> {
  await sql`SAVEPOINT designate`.execute(trx);
  try {
    await trx
      .insertInto('involvement')
      .values({ case_id: caseId, collaboration_id: actor.collaborationId, partner_id: actor.partnerId, user_id: actor.userId, designated_by: actor.userId, designated_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'partner_id', 'user_id']).doUpdateSet({ ended_at: null }))
      .execute();
  } catch {
    // A foreign-key violation: no such case in the acting collaboration.
    await sql`ROLLBACK TO SAVEPOINT designate`.execute(trx);
    throw notFound(CASE);
  }
  await sql`RELEASE SAVEPOINT designate`.execute(trx);
}
