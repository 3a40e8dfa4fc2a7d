/**
 * The store side of table amendments (ADR 0205): the table as it stands in the configuration, the
 * change applied to (or tried on) the configuration, the partners whose consent counts, and an
 * amendment as the admin and the partners' managers read it.
 */
import { sql } from 'kysely';
import { amendmentState } from '../../domain/governance/table-amendment.js';
import type { AmendmentState, AmendmentStatus, FieldChange } from '../../domain/governance/table-amendment.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { isActiveMember } from '../../domain/membership/active.js';
import type { JsonValue } from '../../store/schema.js';
import { partnerFromRow } from '../cases/partners.js';
import { notFound, validationFailed } from '../app-error.js';
import type { Trx } from '../ports.js';

type RawConfig = { [key: string]: JsonValue };

export const AMENDMENT = { nl: 'Wijzigingsvoorstel', en: 'Amendment' };

const isObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);

async function rawConfig(trx: Trx, collaborationId: string): Promise<RawConfig> {
  const row = await trx.selectFrom('collaborations').select('config').where('id', '=', collaborationId).executeTakeFirstOrThrow();
  return isObject(row.config) ? row.config : {};
}

/** The table as the stored configuration has it, or null when there is none with this id. */
export async function rawTable(trx: Trx, collaborationId: string, tableId: string): Promise<Record<string, unknown> | null> {
  const raw = await rawConfig(trx, collaborationId);
  const tables = Array.isArray(raw.tables) ? raw.tables : [];
  const found = tables.find((t) => isObject(t) && t.id === tableId);
  return isObject(found) ? found : null;
}

/**
 * Puts `table` into the configuration, validating the whole configuration with it; with `dryRun`
 * only validates. An issue inside the table names the field of the table, any other its path.
 */
export async function applyTable(trx: Trx, collaborationId: string, tableId: string, table: Record<string, unknown>, options: { readonly dryRun: boolean; readonly now: Date }): Promise<{ readonly created: boolean }> {
  const raw = await rawConfig(trx, collaborationId);
  const tables = Array.isArray(raw.tables) ? [...raw.tables] : [];
  const existing = tables.findIndex((t) => isObject(t) && t.id === tableId);
  const index = existing === -1 ? tables.length : existing;
  tables[index] = { ...(table as Record<string, JsonValue>), id: tableId };
  const next = { ...raw, tables };
  const parsed = parseCollaborationConfig(next);
  if (!parsed.ok) {
    const prefix = `tables.${index}.`;
    throw validationFailed(parsed.issues.map((i) => ({ field: i.path.startsWith(prefix) ? i.path.slice(prefix.length) : i.path || 'config', message: i.message })));
  }
  // The configuration cache keys on updated_at: it moves on with every change, even within one clock tick.
  const stamp = sql<Date>`greatest(${options.now}::timestamptz, updated_at + interval '1 millisecond')`;
  if (!options.dryRun) await trx.updateTable('collaborations').set({ config: JSON.stringify(next), updated_at: stamp }).where('id', '=', collaborationId).execute();
  return { created: existing === -1 };
}

/** The partners whose consent counts: the active members at `now` (epoch ms). */
export async function currentVoters(trx: Trx, collaborationId: string, now: number): Promise<string[]> {
  const rows = await trx.selectFrom('partners').selectAll().where('collaboration_id', '=', collaborationId).orderBy('name').execute();
  return rows.map(partnerFromRow).filter((p) => isActiveMember(p, now)).map((p) => p.id);
}

export interface ConsentView {
  readonly partnerId: string;
  readonly partnerName: string;
  readonly signatoryName: string;
  readonly signatoryFunction: string;
  readonly approved: boolean;
  readonly at: string;
}

export interface TableAmendmentView {
  readonly id: string;
  readonly tableId: string;
  readonly status: AmendmentStatus;
  readonly rule: 'all_partners' | 'admin';
  /** Where the covenant lays the rule down (`amendmentApproval.source`), else null. */
  readonly source: string | null;
  readonly proposedAt: string;
  readonly proposedBy: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly diff: readonly FieldChange[];
  readonly consents: readonly ConsentView[];
  /** The partners whose consent is still missing. */
  readonly missing: readonly { readonly partnerId: string; readonly name: string }[];
}

export interface AmendmentRecord {
  readonly id: string;
  readonly tableId: string;
  readonly status: AmendmentStatus;
  readonly rule: 'all_partners' | 'admin';
  readonly voters: readonly string[];
  readonly after: Record<string, unknown>;
  readonly consents: readonly { readonly partnerId: string; readonly approved: boolean }[];
  readonly state: AmendmentState;
}

export async function loadAmendment(trx: Trx, collaborationId: string, id: string): Promise<AmendmentRecord> {
  const row = await trx.selectFrom('table_amendments').selectAll().where('id', '=', id).where('collaboration_id', '=', collaborationId).executeTakeFirst();
  if (row === undefined) throw notFound(AMENDMENT);
  const consents = await trx.selectFrom('table_amendment_consents').select(['partner_id', 'approved']).where('amendment_id', '=', id).execute();
  const list = consents.map((c) => ({ partnerId: c.partner_id, approved: c.approved }));
  return {
    id: row.id,
    tableId: row.table_id,
    status: row.status,
    rule: row.rule,
    voters: row.voters,
    after: isObject(row.after) ? row.after : {},
    consents: list,
    state: amendmentState(row.rule, row.voters, list),
  };
}

/** The amendments of the collaboration, newest first, or one of them. */
export async function amendmentViews(trx: Trx, config: CollaborationConfig, collaborationId: string, id?: string): Promise<TableAmendmentView[]> {
  let query = trx
    .selectFrom('table_amendments as a')
    .leftJoin('users as p', 'p.id', 'a.proposed_by')
    .leftJoin('users as d', 'd.id', 'a.decided_by')
    .select(['a.id', 'a.table_id', 'a.status', 'a.rule', 'a.voters', 'a.diff', 'a.proposed_at', 'a.decided_at', 'p.display_name as proposer', 'd.display_name as decider'])
    .where('a.collaboration_id', '=', collaborationId);
  if (id !== undefined) query = query.where('a.id', '=', id);
  const rows = await query.orderBy('a.proposed_at', 'desc').orderBy('a.id').execute();
  if (rows.length === 0) return [];
  const consents = await trx
    .selectFrom('table_amendment_consents as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .select(['c.amendment_id', 'c.partner_id', 'p.name', 'c.signatory_name', 'c.signatory_function', 'c.approved', 'c.at'])
    .where('c.amendment_id', 'in', rows.map((r) => r.id))
    .orderBy('c.at')
    .execute();
  const partners = await trx.selectFrom('partners').select(['id', 'name']).where('collaboration_id', '=', collaborationId).execute();
  const nameOf = new Map(partners.map((p) => [p.id, p.name]));
  return rows.map((r) => {
    const own = consents.filter((c) => c.amendment_id === r.id);
    const state = amendmentState(r.rule, r.voters, own.map((c) => ({ partnerId: c.partner_id, approved: c.approved })));
    return {
      id: r.id,
      tableId: r.table_id,
      status: r.status,
      rule: r.rule,
      source: config.amendmentApproval?.source ?? null,
      proposedAt: r.proposed_at.toISOString(),
      proposedBy: r.proposer ?? '',
      decidedAt: r.decided_at === null ? null : r.decided_at.toISOString(),
      decidedBy: r.decider,
      diff: Array.isArray(r.diff) ? (r.diff as unknown as FieldChange[]) : [],
      consents: own.map((c) => ({ partnerId: c.partner_id, partnerName: c.name, signatoryName: c.signatory_name, signatoryFunction: c.signatory_function, approved: c.approved, at: c.at.toISOString() })),
      missing: r.status === 'pending' ? state.missing.map((p) => ({ partnerId: p, name: nameOf.get(p) ?? p })) : [],
    };
  });
}

export async function loadAmendmentView(trx: Trx, config: CollaborationConfig, collaborationId: string, id: string): Promise<TableAmendmentView> {
  const [view] = await amendmentViews(trx, config, collaborationId, id);
  if (view === undefined) throw notFound(AMENDMENT);
  return view;
}
