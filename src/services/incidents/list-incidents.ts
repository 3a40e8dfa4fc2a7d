/** The incidents of the collaboration with the status of their notices (P17). */
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { incidentView, listIncidentRows, partnerIds } from './incident-records.js';
import type { IncidentView } from './incident-records.js';

export async function listIncidents(deps: ServiceDeps, actor: SessionActor): Promise<IncidentView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'incident.list' });
    requireAbility(actor, 'incidents.read', entry);
    const partners = await partnerIds(trx, actor.collaborationId);
    const rows = await listIncidentRows(trx, actor.collaborationId);
    await deps.audit.append(trx, entry);
    const now = deps.now().getTime();
    return rows.map((r) => incidentView(r, partners, now));
  });
}
