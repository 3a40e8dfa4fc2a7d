/**
 * Extends a rights request's deadline (P15; AVG art. 12(3)): at most two months, with a reason,
 * decided within the first term. The domain decides; a refusal names P15 and is audited.
 */
import { rightsRequestDeadline } from '../../domain/rights/deadline.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { answerTerm, loadRequest, openRequestDetails, P15_MESSAGES, requestView, sealRequestDetails } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export async function extendRightsRequest(deps: ServiceDeps, actor: SessionActor, input: { readonly id: string; readonly months: number; readonly reason: string }): Promise<RightsRequestView> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'rights_request.extend', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', entry);
    const row = await loadRequest(trx, actor.collaborationId, input.id);
    const scoped = { ...entry, caseId: row.case_id, subjectId: row.subject_id };
    if (row.status !== 'open') refuse(scoped, { rule: 'P15', reason: 'P15_request_closed', messages: P15_MESSAGES.P15_request_closed });
    const term = await answerTerm(deps, trx, actor.collaborationId);
    const extension = { months: input.months, reason: input.reason, decidedAt: now.getTime() };
    const deadline = rightsRequestDeadline(row.registered_at.getTime(), term, extension);
    if (!deadline.ok) refuse(scoped, { rule: 'P15', reason: deadline.reason, messages: P15_MESSAGES[deadline.reason] });
    const details = { ...openRequestDetails(deps.keys, row.id, row.requester_enc), extension };
    await trx
      .updateTable('rights_requests')
      .set((eb) => ({ extended_until: new Date(deadline.dueAt), requester_enc: sealRequestDetails(deps.keys, row.id, details), version: eb('version', '+', 1) }))
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append(trx, scoped);
    return requestView(await loadRequest(trx, actor.collaborationId, row.id), details, term, now.getTime());
  });
}
