/**
 * The periodic evaluation of complaints (P18; seed 002 art. 11): counts per topic and per
 * responsible partner, responded and awaiting, mean days to respond; no personal data.
 */
import { evaluateComplaints } from '../../domain/incidents/complaint.js';
import type { ComplaintEvaluation } from '../../domain/incidents/complaint.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { COMPLAINT_COLUMNS, openComplaintDetails, toComplaint } from './complaint-records.js';

export async function evaluateComplaintsOfPeriod(deps: ServiceDeps, actor: SessionActor, period: { readonly from: Date; readonly to: Date }): Promise<ComplaintEvaluation> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'complaint.evaluate' });
    requireAbility(actor, 'complaints.evaluate', entry);
    const rows = await trx
      .selectFrom('complaints')
      .select(COMPLAINT_COLUMNS)
      .where('collaboration_id', '=', actor.collaborationId)
      .where('received_at', '>=', period.from)
      .where('received_at', '<', period.to)
      .execute();
    await deps.audit.append(trx, entry);
    return evaluateComplaints(rows.map((r) => toComplaint(r, openComplaintDetails(deps.keys, r))), period.from.getTime(), period.to.getTime());
  });
}
