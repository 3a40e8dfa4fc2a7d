/**
 * Answers a rights request (P15), free of charge. For an access request the answer is the
 * access overview with its copy (police data shown, not copied: P9); the request then closes,
 * and with it the privacy officer's reading of the case.
 */
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { buildAccessOverview } from './access-answer.js';
import type { AccessOverview } from './access-answer.js';
import { answerTerm, loadRequest, openRequestDetails, P15_MESSAGES, requestView } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export async function answerRightsRequest(deps: ServiceDeps, actor: SessionActor, id: string): Promise<{ readonly request: RightsRequestView; readonly overview: AccessOverview | null }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'rights_request.answer', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', entry);
    const row = await loadRequest(trx, actor.collaborationId, id);
    const scoped = { ...entry, caseId: row.case_id, subjectId: row.subject_id };
    if (row.status !== 'open') refuse(scoped, { rule: 'P15', reason: 'P15_request_closed', messages: P15_MESSAGES.P15_request_closed });
    const overview = row.kind === 'access' ? await buildAccessOverview(deps, trx, actor, row, scoped) : null;
    await trx
      .updateTable('rights_requests')
      .set((eb) => ({ status: 'answered', answered_at: now, closed_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append(trx, scoped);
    const term = await answerTerm(deps, trx, actor.collaborationId);
    const request = requestView(await loadRequest(trx, actor.collaborationId, row.id), openRequestDetails(deps.keys, row.id, row.requester_enc), term, now.getTime());
    return { request, overview };
  });
}
