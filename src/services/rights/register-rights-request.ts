/**
 * Registers a data-subject request (P15): subject and case only by opaque id, who asked sealed
 * under the master key, the deadline from the collaboration's answer term, and routed where the
 * covenant says: to every partner whose data about the case is involved (each stays controller of
 * its own data; for one member of a household, the partners holding data about that member), or to the controller that coordinates requests (`rightsRequestsTo`). The
 * registering privacy officer handles it; only within it may it read the case's content.
 */
import { randomUUID } from 'node:crypto';
import { baseDeadline, rightsRequestDeadline } from '../../domain/rights/deadline.js';
import { concernsSubject } from '../../domain/access/subjects.js';
import { routeRightsRequest } from '../../domain/rights/routing.js';
import type { RightsRouting } from '../../domain/rights/routing.js';
import type { RightsRequestKind } from '../../domain/model.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { noticeRightsRequestRouted } from '../notifications/notices.js';
import { rightsDestination } from './rights-destination.js';
import { answerTerm, loadRequest, openRequestDetails, requestView, sealRequestDetails } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export interface RegisterRightsRequestInput {
  readonly kind: RightsRequestKind;
  readonly caseId?: string | undefined;
  readonly subjectId?: string | undefined;
  readonly requester: string;
  /** When the request was received; default now. */
  readonly receivedAt?: string | undefined;
}

export async function registerRightsRequest(deps: ServiceDeps, actor: SessionActor, input: RegisterRightsRequestInput): Promise<RightsRequestView & { readonly routing: RightsRouting }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'rights_request.register', purpose: 'rights_request', caseId: input.caseId ?? null, subjectId: input.subjectId ?? null });
    requireAbility(actor, 'rights.handle', entry);
    const receivedAt = input.receivedAt === undefined ? now : new Date(input.receivedAt);
    if (receivedAt.getTime() > now.getTime()) throw validationFailed([{ field: 'receivedAt', message: 'lies in the future' }]);

    let caseId = input.caseId ?? null;
    if (input.subjectId !== undefined) {
      const subject = await trx.selectFrom('subjects').select(['case_id']).where('id', '=', input.subjectId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
      if (subject === undefined) throw notFound({ nl: 'Betrokkene', en: 'Subject' });
      if (caseId !== null && subject.case_id !== caseId) throw validationFailed([{ field: 'subjectId', message: 'not a subject of this case' }]);
      caseId = subject.case_id;
    }
    let contributions: { by: string; police: boolean }[] = [];
    if (caseId !== null) {
      const found = await trx.selectFrom('cases').select('id').where('id', '=', caseId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
      if (found === undefined) throw notFound({ nl: 'Casus', en: 'Case' });
      const rows = await trx.selectFrom('contributions').select(['by_partner_id', 'police', 'subject_ids']).where('case_id', '=', caseId).execute();
      // A household member's request goes to the partners holding data about that member (or the whole case).
      const subjectId = input.subjectId;
      const involved = subjectId === undefined ? rows : rows.filter((r) => concernsSubject({ subjects: new Set(Array.isArray(r.subject_ids) ? r.subject_ids : []) }, subjectId));
      contributions = involved.map((r) => ({ by: r.by_partner_id, police: r.police }));
      // The meetings' data is involved too: a plan action's owner for its action, the lead partner
      // for the meeting record it is kept on behalf of (issue 13 item 1).
      const actions = await trx.selectFrom('plan_actions').select(['owner_partner_id', 'subject_ids']).where('case_id', '=', caseId).where('erased_at', 'is', null).execute();
      for (const a of actions) {
        if (subjectId === undefined || concernsSubject({ subjects: new Set(Array.isArray(a.subject_ids) ? a.subject_ids : []) }, subjectId)) contributions.push({ by: a.owner_partner_id, police: false });
      }
      const recorded = await trx.selectFrom('meetings').innerJoin('cases', 'cases.id', 'meetings.case_id').select('cases.lead_partner_id').where('meetings.case_id', '=', caseId).where('meetings.record_enc', 'is not', null).executeTakeFirst();
      if (recorded !== undefined) contributions.push({ by: recorded.lead_partner_id, police: false });
    }
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const routing = routeRightsRequest(actor.partnerId, contributions, await rightsDestination(trx, actor.collaborationId, config));
    const term = await answerTerm(deps, trx, actor.collaborationId);
    const deadline = rightsRequestDeadline(receivedAt.getTime(), term, null);
    // Without an extension the deadline is always valid; the base term is the fallback regardless.
    const dueAt = deadline.ok ? deadline.dueAt : baseDeadline(receivedAt.getTime(), term);
    const id = randomUUID();
    await trx
      .insertInto('rights_requests')
      .values({
        id,
        collaboration_id: actor.collaborationId,
        case_id: caseId,
        subject_id: input.subjectId ?? null,
        kind: input.kind,
        registered_at: receivedAt,
        registered_by: actor.userId,
        handler_user_id: actor.userId,
        deadline_at: new Date(dueAt),
        requester_enc: sealRequestDetails(deps.keys, id, { requester: input.requester }),
        routed_to: JSON.stringify(routing.to),
      })
      .execute();
    await deps.audit.append(trx, { ...entry, caseId });
    await noticeRightsRequestRouted(deps, trx, { collaborationId: actor.collaborationId, requestId: id, partners: routing.to, dueAt: new Date(dueAt) });
    const row = await loadRequest(trx, actor.collaborationId, id);
    return { ...requestView(row, openRequestDetails(deps.keys, id, row.requester_enc), term, now.getTime()), routing };
  });
}
