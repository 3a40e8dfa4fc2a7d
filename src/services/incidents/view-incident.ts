/**
 * One incident as its reader sees it (P17): the notices and their deadlines, each told partner's
 * acknowledgement, the developments and measures, and the closing evaluation. What the reader
 * may do next comes with it (the screen never decides).
 */
import { freeText } from '../../crypto/collaboration-key.js';
import { INCIDENT_OFFICE_ROLES, unacknowledged } from '../../domain/incidents/incident-follow-up.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { mayDo, requireAbility } from '../governance/role-guard.js';
import { noticeUsers } from '../notifications/notify.js';
import { requireReader } from './incident-access.js';
import { incidentView, loadIncident, partnerIds } from './incident-records.js';
import type { IncidentRow, IncidentView } from './incident-records.js';

export interface IncidentPartnerView {
  readonly partnerId: string;
  readonly name: string;
  readonly acknowledgedAt: string | null;
}

export interface IncidentUpdateView {
  readonly id: string;
  readonly kind: 'development' | 'measure';
  readonly body: string;
  readonly recordedAt: string;
}

export interface IncidentDetail extends IncidentView {
  readonly reader: 'office' | 'partner';
  readonly partners: readonly IncidentPartnerView[];
  readonly unacknowledged: readonly string[];
  readonly updates: readonly IncidentUpdateView[];
  readonly abilities: { readonly track: boolean; readonly acknowledge: boolean; readonly close: boolean };
}

export async function incidentDetail(deps: ServiceDeps, trx: Trx, actor: SessionActor, row: IncidentRow, reader: 'office' | 'partner'): Promise<IncidentDetail> {
  const partners = await partnerIds(trx, actor.collaborationId);
  const [names, acks, updates] = await Promise.all([
    trx.selectFrom('partners').select(['id', 'name']).where('collaboration_id', '=', actor.collaborationId).where('member', '=', true).orderBy('name').execute(),
    trx.selectFrom('incident_acknowledgements').select(['partner_id', 'acknowledged_at']).where('incident_id', '=', row.id).execute(),
    trx.selectFrom('incident_updates').select(['id', 'kind', 'body', 'body_enc', 'recorded_at']).where('incident_id', '=', row.id).orderBy('recorded_at').orderBy('id').execute(),
  ]);
  const ackAt = new Map(acks.map((a) => [a.partner_id, a.acknowledged_at.toISOString()]));
  const told = row.partners_notified_at !== null;
  const view = incidentView(row, partners, deps.now().getTime());
  const open = row.closed_at === null;
  return {
    ...view,
    reader,
    partners: names.map((p) => ({ partnerId: p.id, name: p.name, acknowledgedAt: ackAt.get(p.id) ?? null })),
    unacknowledged: told ? unacknowledged(partners, [...ackAt.keys()]) : [],
    updates: updates.map((u) => ({
      id: u.id,
      kind: u.kind,
      body: freeText(deps.keys, actor.collaborationId, 'incident_updates.body', u.id, u.body_enc, u.body) ?? '',
      recordedAt: u.recorded_at.toISOString(),
    })),
    abilities: {
      track: open && mayDo(actor, 'incidents.track'),
      acknowledge: told && !ackAt.has(actor.partnerId) && partners.includes(actor.partnerId),
      close: open && mayDo(actor, 'incidents.track'),
    },
  };
}

export async function viewIncident(deps: ServiceDeps, actor: SessionActor, id: string): Promise<IncidentDetail> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'incident.read' });
    if (!INCIDENT_OFFICE_ROLES.includes(actor.role)) requireAbility(actor, 'incidents.register', entry);
    const row = await loadIncident(trx, deps.keys, actor.collaborationId, id);
    const reader = requireReader(actor, row, await partnerIds(trx, actor.collaborationId), await noticeUsers(trx, actor.collaborationId), entry);
    await deps.audit.append(trx, entry);
    return incidentDetail(deps, trx, actor, row, reader);
  });
}
