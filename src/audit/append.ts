import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { AuditRecord } from './audit-record.js';

/**
 * Appends an unsealed record in the caller's transaction: if it fails, the operation it describes
 * fails with it (fail closed). Appends never wait for each other; `sealAudit` chains them later.
 * No RETURNING: the acting user usually may not read the log back (Row-Level Security).
 */
export async function appendAudit(trx: Kysely<Database>, record: AuditRecord): Promise<void> {
  await appendAuditMany(trx, [record]);
}

/** Appends several records in one statement (e.g. every read of one case page). */
export async function appendAuditMany(trx: Kysely<Database>, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(records.map((record) => ({
      at: record.at ?? new Date(),
      user_id: record.userId,
      partner_id: record.partnerId,
      role: record.role,
      on_behalf_of_partner_id: record.onBehalfOfPartnerId ?? null,
      collaboration_id: record.collaborationId,
      case_id: record.caseId ?? null,
      subject_id: record.subjectId ?? null,
      contribution_id: record.contributionId ?? null,
      action: record.action,
      purpose: record.purpose ?? null,
      legal_basis_kind: record.legalBasisKind ?? null,
      access_point: record.accessPoint,
      outcome: record.outcome,
      rule: record.rule ?? null,
      target_user_id: record.targetUserId ?? null,
      target_role: record.targetRole ?? null,
      meeting_id: record.meetingId ?? null,
      on_behalf_of_user_id: record.onBehalfOfUserId ?? null,
    })))
    .execute();
}
