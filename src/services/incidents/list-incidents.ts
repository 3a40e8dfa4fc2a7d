/**
 * The incidents of the collaboration with the status of their notices (P17): all of them for the
 * privacy office; for anyone else the incidents its organisation was told of, when it is one of
 * the organisation's privacy contacts. Statisticians and third parties are refused.
 */
import { INCIDENT_OFFICE_ROLES } from '../../domain/incidents/incident-follow-up.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { noticeUsers } from '../notifications/notify.js';
import { readerOf } from './incident-access.js';
import { incidentView, listIncidentRows, partnerIds } from './incident-records.js';
import type { IncidentView } from './incident-records.js';

export async function listIncidents(deps: ServiceDeps, actor: SessionActor): Promise<IncidentView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'incident.list' });
    // Whoever may report an incident may look for the ones told to its organisation.
    if (!INCIDENT_OFFICE_ROLES.includes(actor.role)) requireAbility(actor, 'incidents.register', entry);
    const partners = await partnerIds(trx, actor.collaborationId);
    const users = await noticeUsers(trx, actor.collaborationId);
    const rows = (await listIncidentRows(trx, deps.keys, actor.collaborationId)).filter((r) => readerOf(actor, r, partners, users) !== null);
    await deps.audit.append(trx, entry);
    const now = deps.now().getTime();
    return rows.map((r) => incidentView(r, partners, now));
  });
}
