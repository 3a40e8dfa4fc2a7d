/**
 * One complaint as the process director, the privacy officer or the responsible partner sees it
 * (P18): with who complained (sealed in the table, opened for the people who must answer), the
 * partner it concerns and what each may do. Reading it is audited.
 */
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { noticeUsers } from '../notifications/notify.js';
import { requireComplaintReader } from './complaint-access.js';
import { complaintView, loadComplaint, openComplaintDetails } from './complaint-records.js';
import type { ComplaintView } from './complaint-records.js';

export interface ComplaintDetail extends ComplaintView {
  readonly reader: 'office' | 'responsible';
  readonly complainant: string | null;
  readonly concernsPartnerId: string | null;
  readonly caseNumber: string | null;
  readonly abilities: { readonly respond: boolean };
}

export async function viewComplaint(deps: ServiceDeps, actor: SessionActor, id: string): Promise<ComplaintDetail> {
  return withActor(deps, actor, async (trx) => {
    const row = await loadComplaint(trx, actor.collaborationId, id);
    const entry = auditEntry(deps, actor, { action: 'complaint.read', caseId: row.case_id });
    const reader = requireComplaintReader(actor, row.routed_to_partner_id, await noticeUsers(trx, actor.collaborationId), entry);
    const details = openComplaintDetails(deps.keys, row);
    const c = row.case_id === null ? undefined : await trx.selectFrom('cases').select('number').where('id', '=', row.case_id).executeTakeFirst();
    await deps.audit.append(trx, entry);
    const open = row.status !== 'handled' && row.status !== 'withdrawn';
    return { ...complaintView(deps.keys, row, details), reader, complainant: details.complainant, concernsPartnerId: details.concerns, caseNumber: c?.number ?? null, abilities: { respond: open } };
  });
}
