/**
 * The privacy officer's view of the access log: filters and keyset paging, newest first. Run it
 * inside `withTransaction` as the privacy officer: Row-Level Security then limits it to the
 * acting collaboration.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { AuditEntry, AuditOutcome } from './audit-record.js';
import type { AuditRow } from './chain-hash.js';

export interface AuditFilters {
  readonly userId?: string;
  readonly caseId?: string;
  readonly subjectId?: string;
  readonly contributionId?: string;
  readonly action?: string;
  readonly outcome?: AuditOutcome;
  /** The rule a refusal (or an obligation) named, e.g. `P9`. */
  readonly rule?: string;
  /** Inclusive lower bound. */
  readonly from?: Date;
  /** Exclusive upper bound. */
  readonly to?: Date;
  /** Continue after this id (the `nextBefore` of the previous page). */
  readonly before?: number;
  /** Page size, 1–1000 (default 100). */
  readonly limit?: number;
  /** Entries about a person: naming one of these subjects, or one of these cases (the person's). */
  readonly about?: { readonly subjectIds: readonly string[]; readonly caseIds: readonly string[] };
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  /** Pass as `before` for the next page; null on the last page. */
  readonly nextBefore: number | null;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    userId: row.user_id,
    partnerId: row.partner_id,
    role: row.role,
    onBehalfOfPartnerId: row.on_behalf_of_partner_id,
    collaborationId: row.collaboration_id,
    caseId: row.case_id,
    subjectId: row.subject_id,
    contributionId: row.contribution_id,
    action: row.action,
    purpose: row.purpose,
    legalBasisKind: row.legal_basis_kind,
    accessPoint: row.access_point,
    outcome: row.outcome,
    rule: row.rule,
    targetUserId: row.target_user_id,
    targetRole: row.target_role,
    meetingId: row.meeting_id,
    onBehalfOfUserId: row.on_behalf_of_user_id,
    sealed: row.seal_seq !== null,
  };
}

export async function queryAudit(db: Kysely<Database>, filters: AuditFilters = {}): Promise<AuditPage> {
  const limit = Math.min(Math.max(Math.trunc(filters.limit ?? 100), 1), 1000);
  let query = db.selectFrom('audit_log').selectAll();
  if (filters.userId !== undefined) query = query.where('user_id', '=', filters.userId);
  if (filters.caseId !== undefined) query = query.where('case_id', '=', filters.caseId);
  if (filters.subjectId !== undefined) query = query.where('subject_id', '=', filters.subjectId);
  if (filters.contributionId !== undefined) query = query.where('contribution_id', '=', filters.contributionId);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  if (filters.outcome !== undefined) query = query.where('outcome', '=', filters.outcome);
  if (filters.rule !== undefined) query = query.where('rule', '=', filters.rule);
  if (filters.from !== undefined) query = query.where('at', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('at', '<', filters.to);
  if (filters.before !== undefined) query = query.where('id', '<', String(filters.before));
  const about = filters.about;
  if (about !== undefined) {
    query = query.where((eb) =>
      eb.or([
        ...(about.subjectIds.length === 0 ? [] : [eb('subject_id', 'in', [...about.subjectIds])]),
        ...(about.caseIds.length === 0 ? [] : [eb('case_id', 'in', [...about.caseIds])]),
        eb.val(false),
      ]),
    );
  }
  const rows = await query.orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit).map(toAuditEntry);
  const last = page.at(-1);
  return { entries: page, nextBefore: rows.length > limit && last !== undefined ? last.id : null };
}
