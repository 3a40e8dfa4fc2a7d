/**
 * Reading security incidents (P17): the row as the domain's `SecurityIncident` (all partners are
 * notified together, so one notice moment counts for each), and the status the domain computes.
 */
import { freeText } from '../../crypto/collaboration-key.js';
import type { MasterKeyRing } from '../../crypto/master-key.js';
import { incidentStatus } from '../../domain/incidents/incident.js';
import type { DpaNotice, IncidentStatus, SecurityIncident } from '../../domain/incidents/incident.js';
import { notFound } from '../app-error.js';
import type { Trx } from '../ports.js';

export const INCIDENT = { nl: 'Incident', en: 'Incident' };

const COLUMNS = [
  'incidents.id',
  'incidents.collaboration_id',
  'incidents.discovered_at',
  'incidents.registered_at',
  'incidents.summary',
  'incidents.summary_enc',
  'incidents.severity',
  'incidents.case_ids',
  'incidents.partners_notified_at',
  'incidents.dpa_notification_due_at',
  'incidents.dpa_notified_at',
  'incidents.dpa_not_required_reason',
  'incidents.dpa_not_required_reason_enc',
  'incidents.closed_at',
  'incidents.evaluation',
  'incidents.evaluation_enc',
  'users.partner_id as reported_by',
] as const;

function query(trx: Trx, collaborationId: string) {
  return trx
    .selectFrom('incidents')
    .leftJoin('users', 'users.id', 'incidents.registered_by')
    .select(COLUMNS)
    .where('incidents.collaboration_id', '=', collaborationId);
}

type StoredIncidentRow = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

/** An incident with its free text opened (sealed under the collaboration key, ADR 0075). */
export type IncidentRow = Omit<StoredIncidentRow, 'summary' | 'summary_enc' | 'evaluation_enc' | 'dpa_not_required_reason_enc'> & { readonly summary: string };

function opened(keys: MasterKeyRing, row: StoredIncidentRow): IncidentRow {
  const { summary_enc, evaluation_enc, dpa_not_required_reason_enc, ...rest } = row;
  const open = (column: 'incidents.summary' | 'incidents.evaluation' | 'incidents.dpa_not_required_reason', sealed: Buffer | null, plain: string | null) =>
    freeText(keys, row.collaboration_id, column, row.id, sealed, plain);
  return {
    ...rest,
    summary: open('incidents.summary', summary_enc, row.summary) ?? '',
    evaluation: open('incidents.evaluation', evaluation_enc, row.evaluation),
    dpa_not_required_reason: open('incidents.dpa_not_required_reason', dpa_not_required_reason_enc, row.dpa_not_required_reason),
  };
}

export async function loadIncident(trx: Trx, keys: MasterKeyRing, collaborationId: string, id: string): Promise<IncidentRow> {
  const row = await query(trx, collaborationId).where('incidents.id', '=', id).executeTakeFirst();
  if (row === undefined) throw notFound(INCIDENT);
  return opened(keys, row);
}

export async function listIncidentRows(trx: Trx, keys: MasterKeyRing, collaborationId: string): Promise<IncidentRow[]> {
  return (await query(trx, collaborationId).orderBy('incidents.discovered_at', 'desc').execute()).map((row) => opened(keys, row));
}

/** The member partners that must be told (the domain leaves out the reporter). */
export async function partnerIds(trx: Trx, collaborationId: string): Promise<string[]> {
  const rows = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('member', '=', true).execute();
  return rows.map((r) => r.id);
}

export function toSecurityIncident(row: IncidentRow, partners: readonly string[]): SecurityIncident {
  const dpa: DpaNotice =
    row.dpa_notified_at !== null
      ? { kind: 'notified', at: row.dpa_notified_at.getTime(), reference: null }
      : row.dpa_not_required_reason !== null
        ? { kind: 'not_required', decidedAt: row.registered_at.getTime(), motivation: row.dpa_not_required_reason }
        : { kind: 'pending' };
  const notified = row.partners_notified_at;
  return {
    id: row.id,
    collaborationId: row.collaboration_id,
    reportedBy: row.reported_by ?? '',
    discoveredAt: row.discovered_at.getTime(),
    registeredAt: row.registered_at.getTime(),
    partnerNotices: notified === null ? [] : partners.map((partnerId) => ({ partnerId, at: notified.getTime() })),
    dpa,
  };
}

export interface IncidentView {
  readonly id: string;
  readonly discoveredAt: string;
  readonly registeredAt: string;
  readonly summary: string;
  readonly severity: string;
  readonly caseIds: readonly string[];
  readonly partnersNotifiedAt: string | null;
  readonly dpaNotifiedAt: string | null;
  readonly dpaNotRequiredReason: string | null;
  readonly closedAt: string | null;
  readonly evaluation: string | null;
  readonly status: {
    readonly partnerNotice: { readonly state: string; readonly dueAt: string; readonly late: boolean; readonly missing: readonly string[] };
    readonly dpaNotice: { readonly state: string; readonly dueAt: string; readonly late: boolean };
  };
}

export function incidentView(row: IncidentRow, partners: readonly string[], now: number): IncidentView {
  const s: IncidentStatus = incidentStatus(toSecurityIncident(row, partners), partners, now);
  return {
    id: row.id,
    discoveredAt: row.discovered_at.toISOString(),
    registeredAt: row.registered_at.toISOString(),
    summary: row.summary,
    severity: row.severity,
    caseIds: Array.isArray(row.case_ids) ? (row.case_ids) : [],
    partnersNotifiedAt: row.partners_notified_at?.toISOString() ?? null,
    dpaNotifiedAt: row.dpa_notified_at?.toISOString() ?? null,
    dpaNotRequiredReason: row.dpa_not_required_reason,
    closedAt: row.closed_at?.toISOString() ?? null,
    evaluation: row.evaluation,
    status: {
      partnerNotice: { ...s.partnerNotice, dueAt: new Date(s.partnerNotice.dueAt).toISOString() },
      dpaNotice: { ...s.dpaNotice, dueAt: new Date(s.dpaNotice.dueAt).toISOString() },
    },
  };
}
