import { sql } from 'kysely';
import type { AuditRecord } from '../../src/audit/audit-record.js';
import type { ActingContext } from '../../src/store/acting-context.js';
import type { AppDatabase } from '../../src/store/database.js';

export function recordFor(ctx: ActingContext, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    userId: ctx.userId,
    partnerId: ctx.partnerId,
    role: ctx.role,
    collaborationId: ctx.collaborationId,
    action: 'contribution.read',
    purpose: 'triage',
    legalBasisKind: 'public_task',
    accessPoint: 'api',
    outcome: 'allow',
    rule: 'P2_contributor',
    ...overrides,
  };
}

/**
 * What an attacker with direct database access would do: switch the append-only triggers off,
 * run `statements`, switch them on again. Only the hash chain can notice.
 */
export async function tamper(database: AppDatabase, statements: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger user`.execute(trx);
    await sql.raw(statements).execute(trx);
    await sql`alter table audit_log enable trigger user`.execute(trx);
  });
}

export async function resetAudit(database: AppDatabase): Promise<void> {
  await tamper(database, 'truncate audit_log restart identity; delete from audit_chain_head;');
}
