/**
 * The chain: hash = sha256(prev_hash || canonical_json(row)), starting from 32 zero bytes.
 * The canonical form lists every recorded field (not the seal columns) under sorted keys, with
 * times as ISO-8601 UTC, so it is the same however and wherever the row is read.
 */
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../store/schema.js';

export const GENESIS_HASH = Buffer.alloc(32);

export type AuditRow = Selectable<AuditLogTable>;

export function canonicalAuditJson(row: AuditRow): string {
  const fields: Record<string, string | null> = {
    access_point: row.access_point,
    action: row.action,
    at: row.at.toISOString(),
    case_id: row.case_id,
    collaboration_id: row.collaboration_id,
    contribution_id: row.contribution_id,
    id: String(row.id),
    legal_basis_kind: row.legal_basis_kind,
    on_behalf_of_partner_id: row.on_behalf_of_partner_id,
    outcome: row.outcome,
    partner_id: row.partner_id,
    purpose: row.purpose,
    role: row.role,
    rule: row.rule,
    subject_id: row.subject_id,
    user_id: row.user_id,
  };
  // Added later (migration 052): part of the record only when present, so older records hash as before.
  if (row.target_role !== null) fields['target_role'] = row.target_role;
  if (row.target_user_id !== null) fields['target_user_id'] = row.target_user_id;
  // Migration 160, likewise.
  if (row.meeting_id !== null) fields['meeting_id'] = row.meeting_id;
  // Migration 305, likewise.
  if (row.on_behalf_of_user_id !== null) fields['on_behalf_of_user_id'] = row.on_behalf_of_user_id;
  return JSON.stringify(fields, Object.keys(fields).sort());
}

export function chainHash(prevHash: Buffer, row: AuditRow): Buffer {
  return createHash('sha256').update(prevHash).update(canonicalAuditJson(row), 'utf8').digest();
}
