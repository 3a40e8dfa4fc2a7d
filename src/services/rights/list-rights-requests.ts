/**
 * The rights requests with their deadlines and status (P15): the privacy officer sees every request
 * of the collaboration; the contact of a partner sees the requests routed to its organisation (its
 * inbox of requests to answer for its own data). Each with its case number and how many routed
 * partners still owe an answer.
 */
import { partnerProgress } from '../../domain/rights/partner-answers.js';
import { privacyContacts } from '../../domain/notifications/recipients.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { mayDo, refuseAbility } from '../governance/role-guard.js';
import { noticeUsers } from '../notifications/notify.js';
import { partnerAnswers, routedPartners } from './rights-request-access.js';
import { answerTerm, openRequestDetails, REQUEST_COLUMNS, requestView } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export interface RightsRequestListItem extends RightsRequestView {
  readonly caseNumber: string | null;
  /** Routed partners that have not answered yet. */
  readonly pendingPartners: number;
  /** For a partner's contact: whether its own organisation answered. */
  readonly ownAnswer: 'answered' | 'refused' | null;
}

export async function listRightsRequests(deps: ServiceDeps, actor: SessionActor): Promise<RightsRequestListItem[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'rights_request.list' });
    const office = mayDo(actor, 'rights.handle');
    if (!office && !privacyContacts([actor.partnerId], await noticeUsers(trx, actor.collaborationId)).includes(actor.userId)) refuseAbility('rights.handle', entry);
    const term = await answerTerm(deps, trx, actor.collaborationId);
    const all = await trx.selectFrom('rights_requests').select(REQUEST_COLUMNS).where('collaboration_id', '=', actor.collaborationId).orderBy('deadline_at').execute();
    const rows = office ? all : all.filter((r) => routedPartners(r.routed_to).includes(actor.partnerId));
    const answers = await partnerAnswers(
      trx,
      rows.map((r) => r.id),
    );
    const caseIds = [...new Set(rows.map((r) => r.case_id).filter((c): c is string => c !== null))];
    const numbers = new Map(caseIds.length === 0 ? [] : (await trx.selectFrom('cases').select(['id', 'number']).where('id', 'in', caseIds).execute()).map((c) => [c.id, c.number]));
    await deps.audit.append(trx, entry);
    const now = deps.now().getTime();
    return rows.map((r) => {
      const own = answers.get(r.id) ?? [];
      return {
        ...requestView(r, openRequestDetails(deps.keys, r.id, r.requester_enc), term, now),
        caseNumber: r.case_id === null ? null : (numbers.get(r.case_id) ?? null),
        pendingPartners: partnerProgress(routedPartners(r.routed_to), own).pending,
        ownAnswer: office ? null : (own.find((a) => a.partnerId === actor.partnerId)?.outcome ?? null),
      };
    });
  });
}
