/** Records that the responsible partner responded to a complaint (P18): the subject always gets an answer. */
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { complaintView, loadComplaint, openComplaintDetails } from './complaint-records.js';
import type { ComplaintView } from './complaint-records.js';

export async function respondToComplaint(deps: ServiceDeps, actor: SessionActor, id: string): Promise<ComplaintView> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'complaint.respond' });
    requireAbility(actor, 'complaints.handle', entry);
    const row = await loadComplaint(trx, actor.collaborationId, id);
    if (row.status === 'handled' || row.status === 'withdrawn') {
      throw new AppError('conflict', { nl: 'Deze klacht is al afgehandeld.', en: 'This complaint has already been dealt with.' }, { rule: 'P18' });
    }
    await trx.updateTable('complaints').set((eb) => ({ status: 'handled', closed_at: now, version: eb('version', '+', 1) })).where('id', '=', id).execute();
    await deps.audit.append(trx, { ...entry, caseId: row.case_id });
    const updated = await loadComplaint(trx, actor.collaborationId, id);
    return complaintView(updated, openComplaintDetails(deps.keys, updated));
  });
}
