/** The rights requests of the collaboration with their deadlines and status (P15), for the privacy officer. */
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { answerTerm, openRequestDetails, REQUEST_COLUMNS, requestView } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export async function listRightsRequests(deps: ServiceDeps, actor: SessionActor): Promise<RightsRequestView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'rights_request.list' });
    requireAbility(actor, 'rights.handle', entry);
    const term = await answerTerm(deps, trx, actor.collaborationId);
    const rows = await trx.selectFrom('rights_requests').select(REQUEST_COLUMNS).where('collaboration_id', '=', actor.collaborationId).orderBy('deadline_at').execute();
    await deps.audit.append(trx, entry);
    const now = deps.now().getTime();
    return rows.map((r) => requestView(r, openRequestDetails(deps.keys, r.id, r.requester_enc), term, now));
  });
}
