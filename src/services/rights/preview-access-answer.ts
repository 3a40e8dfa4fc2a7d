/** The access overview of an open request, before it is sent (P15); the request stays open. */
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { buildAccessOverview } from './access-answer.js';
import type { AccessOverview } from './access-answer.js';
import { loadRequest, P15_MESSAGES } from './rights-request-records.js';

export async function previewAccessAnswer(deps: ServiceDeps, actor: SessionActor, id: string): Promise<AccessOverview> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'rights_request.access_overview', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', entry);
    const row = await loadRequest(trx, actor.collaborationId, id);
    const scoped = { ...entry, caseId: row.case_id, subjectId: row.subject_id };
    if (row.status !== 'open') refuse(scoped, { rule: 'P15', reason: 'P15_request_closed', messages: P15_MESSAGES.P15_request_closed });
    const overview = await buildAccessOverview(deps, trx, actor, row, scoped);
    await deps.audit.append(trx, scoped);
    return overview;
  });
}
