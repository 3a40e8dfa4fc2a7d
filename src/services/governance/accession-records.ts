/**
 * The record of a partner's accession (P1): when it asked, the approvals and refusals recorded
 * per partner and by the steering group, and when it signed the accession declaration. It lives
 * with the collaboration's configuration (collaborations.config, key `accessions`, by partner
 * id): configuration data the admin keeps, outside the validated shape the engine reads.
 */
import { checkAccession } from '../../domain/membership/accession.js';
import type { AccessionDecision, AccessionRequest, AccessionResult } from '../../domain/membership/accession.js';
import { approvalRuleOf } from '../../domain/membership/covenant-terms.js';
import { isActiveMember } from '../../domain/membership/active.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { parseIso } from '../../domain/validation/iso-date.js';
import type { JsonValue } from '../../store/schema.js';
import { partnerFromRow } from '../cases/partners.js';
import { notFound } from '../app-error.js';
import type { Trx } from '../ports.js';

export interface AccessionRecord {
  readonly requestedAt: string;
  readonly decisions: readonly AccessionDecision[];
  readonly declarationSignedAt: string | null;
}

type RawConfig = { [key: string]: JsonValue };

export const PARTNER = { nl: 'Partner', en: 'Partner' };

async function rawConfig(trx: Trx, collaborationId: string): Promise<RawConfig> {
  const row = await trx.selectFrom('collaborations').select('config').where('id', '=', collaborationId).executeTakeFirstOrThrow();
  const config = row.config;
  return config !== null && typeof config === 'object' && !Array.isArray(config) ? config : {};
}

function recordsOf(config: RawConfig): Record<string, AccessionRecord> {
  const value = config.accessions;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as unknown as Record<string, AccessionRecord>) : {};
}

export async function loadAccession(trx: Trx, collaborationId: string, partnerId: string): Promise<AccessionRecord | null> {
  return recordsOf(await rawConfig(trx, collaborationId))[partnerId] ?? null;
}

export async function saveAccession(trx: Trx, collaborationId: string, partnerId: string, record: AccessionRecord, now: Date): Promise<void> {
  const config = await rawConfig(trx, collaborationId);
  const accessions = { ...recordsOf(config), [partnerId]: record };
  await trx
    .updateTable('collaborations')
    .set({ config: JSON.stringify({ ...config, accessions }), updated_at: now })
    .where('id', '=', collaborationId)
    .execute();
}

export async function loadPartnerRow(trx: Trx, collaborationId: string, partnerId: string) {
  const row = await trx.selectFrom('partners').selectAll().where('id', '=', partnerId).where('collaboration_id', '=', collaborationId).executeTakeFirst();
  if (row === undefined) throw notFound(PARTNER);
  return row;
}

/**
 * Asks the domain how the candidate's accession stands: what is still missing, or when it joined.
 * The partners whose agreement counts are the active members when the request was made.
 */
export async function accessionState(
  trx: Trx,
  config: CollaborationConfig,
  collaborationId: string,
  partnerId: string,
  record: AccessionRecord,
  now: Date,
): Promise<AccessionResult> {
  const requestedAt = parseIso(record.requestedAt) ?? now.getTime();
  const rows = await trx.selectFrom('partners').selectAll().where('collaboration_id', '=', collaborationId).execute();
  const voters = rows.map(partnerFromRow).filter((p) => p.id !== partnerId && isActiveMember(p, requestedAt)).map((p) => p.id);
  const request: AccessionRequest = { candidate: partnerId, requestedAt: record.requestedAt, decisions: record.decisions, declarationSignedAt: record.declarationSignedAt };
  return checkAccession(request, approvalRuleOf(config.joinApproval.rule), voters, config.accessionDeclarationRequired);
}

/**
 * Asks the domain whether the candidate is a member now, and makes it one when so. The partners
 * whose agreement counts are the active members when the request was made.
 */
export async function settleAccession(
  trx: Trx,
  config: CollaborationConfig,
  collaborationId: string,
  partnerId: string,
  record: AccessionRecord,
  now: Date,
): Promise<AccessionResult> {
  const result = await accessionState(trx, config, collaborationId, partnerId, record, now);
  if (result.ok) {
    await trx
      .updateTable('partners')
      .set({ member: true, active: true, joined_at: result.joinedAt, accession_signed_at: record.declarationSignedAt, updated_at: now })
      .where('id', '=', partnerId)
      .execute();
  }
  return result;
}
