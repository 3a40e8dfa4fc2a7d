/** The complaints of the collaboration, without who complained (P18). */
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { COMPLAINT_COLUMNS, complaintView, openComplaintDetails } from './complaint-records.js';
import type { ComplaintView } from './complaint-records.js';

export async function listComplaints(deps: ServiceDeps, actor: SessionActor): Promise<ComplaintView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'complaint.list' });
    requireAbility(actor, 'complaints.handle', entry);
    const rows = await trx.selectFrom('complaints').select(COMPLAINT_COLUMNS).where('collaboration_id', '=', actor.collaborationId).orderBy('received_at', 'desc').execute();
    await deps.audit.append(trx, entry);
    return rows.map((r) => complaintView(r, openComplaintDetails(deps.keys, r)));
  });
}
