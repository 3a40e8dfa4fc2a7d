/**
 * Refuses a rights request wholly or partly (P15), citing its ground: art. 41 UAVG for data under
 * the AVG, art. 27 Wpg for police data, with a motivation. The domain checks the ground.
 */
import { validateRefusal } from '../../domain/rights/refusal-grounds.js';
import type { DataRegime, RefusalGround } from '../../domain/rights/refusal-grounds.js';
import type { RightsRequestKind } from '../../domain/model.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { answerTerm, loadRequest, openRequestDetails, P15_MESSAGES, requestView, sealRequestDetails } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export interface RefuseRightsRequestInput {
  readonly id: string;
  readonly regime: DataRegime;
  readonly ground: RefusalGround;
  readonly partial: boolean;
  readonly motivation: string;
}

export async function refuseRightsRequest(deps: ServiceDeps, actor: SessionActor, input: RefuseRightsRequestInput): Promise<RightsRequestView & { readonly article: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'rights_request.refuse', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', entry);
    const row = await loadRequest(trx, actor.collaborationId, input.id);
    const scoped = { ...entry, caseId: row.case_id, subjectId: row.subject_id };
    if (row.status !== 'open') refuse(scoped, { rule: 'P15', reason: 'P15_request_closed', messages: P15_MESSAGES.P15_request_closed });
    const check = validateRefusal({ kind: row.kind as RightsRequestKind, regime: input.regime, ground: input.ground, partial: input.partial, motivation: input.motivation });
    if (!check.ok) refuse(scoped, { rule: 'P15', reason: check.reason, messages: P15_MESSAGES[check.reason] });
    const details = { ...openRequestDetails(deps.keys, row.id, row.requester_enc), refusal: { regime: input.regime, ground: input.ground, partial: input.partial, motivation: input.motivation } };
    await trx
      .updateTable('rights_requests')
      .set((eb) => ({
        status: 'refused',
        refusal_ground: input.partial ? `${check.article} (gedeeltelijk / partly)` : check.article,
        requester_enc: sealRequestDetails(deps.keys, row.id, details),
        answered_at: now,
        closed_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append(trx, scoped);
    const term = await answerTerm(deps, trx, actor.collaborationId);
    return { ...requestView(await loadRequest(trx, actor.collaborationId, row.id), details, term, now.getTime()), article: check.article };
  });
}
