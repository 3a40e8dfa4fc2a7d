/**
 * Records that a complaint was answered (P18; seed 002 art. 11.5-11.6): by the partner it was
 * routed to (its privacy contact) or by the process director or privacy officer on its behalf;
 * with a short account of the answer without personal data. The subject always gets an answer.
 */
import { sealFreeText } from '../../crypto/collaboration-key.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { noticeUsers } from '../notifications/notify.js';
import { requireComplaintReader } from './complaint-access.js';
import { complaintView, loadComplaint, openComplaintDetails } from './complaint-records.js';
import type { ComplaintView } from './complaint-records.js';

export async function respondToComplaint(deps: ServiceDeps, actor: SessionActor, id: string, input: { readonly summary?: string | undefined } = {}): Promise<ComplaintView> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'complaint.respond' });
    const row = await loadComplaint(trx, actor.collaborationId, id);
    requireComplaintReader(actor, row.routed_to_partner_id, await noticeUsers(trx, actor.collaborationId), entry);
    if (row.status === 'handled' || row.status === 'withdrawn') {
      throw new AppError('conflict', { nl: 'Deze klacht is al afgehandeld.', en: 'This complaint has already been dealt with.' }, { rule: 'P18' });
    }
    await trx
      .updateTable('complaints')
      .set((eb) => ({
        status: 'handled',
        closed_at: now,
        responded_by: actor.userId,
        responded_for_partner_id: row.routed_to_partner_id,
        response_summary: null,
        response_summary_enc: input.summary === undefined ? null : sealFreeText(deps.keys, actor.collaborationId, 'complaints.response_summary', id, input.summary),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await deps.audit.append(trx, { ...entry, caseId: row.case_id, onBehalfOfPartnerId: row.routed_to_partner_id });
    const updated = await loadComplaint(trx, actor.collaborationId, id);
    return complaintView(deps.keys, updated, openComplaintDetails(deps.keys, updated));
  });
}
