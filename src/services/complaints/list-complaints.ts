/**
 * The complaints of the collaboration, without who complained (P18): all of them for the process
 * director and the privacy officer; for a partner's privacy contact those routed to its
 * organisation. Others are refused.
 */
import { complaintReader } from '../../domain/incidents/complaint-access.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { noticeUsers } from '../notifications/notify.js';
import { COMPLAINT_COLUMNS, complaintView, openComplaintDetails } from './complaint-records.js';
import type { ComplaintView } from './complaint-records.js';

export async function listComplaints(deps: ServiceDeps, actor: SessionActor): Promise<ComplaintView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'complaint.list' });
    const users = await noticeUsers(trx, actor.collaborationId);
    if (complaintReader(actor, null, users) === null && complaintReader(actor, actor.partnerId, users) === null) {
      refuse(entry, {
        rule: 'P18',
        reason: 'role_not_allowed',
        messages: {
          nl: 'Uw rol mag geen klachten behandelen (P18).',
          en: 'Your role may not handle complaints (P18).',
        },
      });
    }
    const rows = await trx.selectFrom('complaints').select(COMPLAINT_COLUMNS).where('collaboration_id', '=', actor.collaborationId).orderBy('received_at', 'desc').execute();
    await deps.audit.append(trx, entry);
    return rows.filter((r) => complaintReader(actor, r.routed_to_partner_id, users) !== null).map((r) => complaintView(deps.keys, r, openComplaintDetails(deps.keys, r)));
  });
}
