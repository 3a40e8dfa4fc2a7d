/**
 * A routed partner answers a rights request for its own data (P15; seed 002 Bijlage A art. 11.2,
 * 11.7), or refuses citing its ground (art. 41 UAVG, art. 27 Wpg) with a motivation that is sealed.
 * The domain decides; a refusal names P15 and is audited. The handling privacy officer is told
 * once every routed partner has answered.
 */
import { checkPartnerAnswer, answeringPartner } from '../../domain/rights/partner-answers.js';
import type { PartnerAnswerInput } from '../../domain/rights/partner-answers.js';
import type { RightsRequestKind } from '../../domain/model.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { noticeUsers, notify } from '../notifications/notify.js';
import { NOTICE_LINKS } from '../notifications/notices.js';
import { sealDetails } from './sealed-details.js';
import { partnerAnswers, requireRightsReader, routedPartners } from './rights-request-access.js';
import { loadRequest, P15_MESSAGES } from './rights-request-records.js';

export async function answerForPartner(
  deps: ServiceDeps,
  actor: SessionActor,
  id: string,
  input: PartnerAnswerInput,
): Promise<{ readonly partnerId: string; readonly outcome: string; readonly refusalGround: string | null; readonly pendingPartners: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const row = await loadRequest(trx, actor.collaborationId, id);
    const entry = auditEntry(deps, actor, { action: input.outcome === 'answered' ? 'rights_request.partner_answer' : 'rights_request.partner_refuse', purpose: 'rights_request', caseId: row.case_id, subjectId: row.subject_id });
    const routedTo = routedPartners(row.routed_to);
    const users = await noticeUsers(trx, actor.collaborationId);
    requireRightsReader(actor, routedTo, users, entry);
    const partnerId = answeringPartner(actor, routedTo, users);
    const answers = (await partnerAnswers(trx, [row.id])).get(row.id) ?? [];
    const check = checkPartnerAnswer({ status: row.status, kind: row.kind as RightsRequestKind, routedTo }, partnerId, answers, input);
    if (!check.ok) refuse(entry, { rule: 'P15', reason: check.reason, messages: P15_MESSAGES[check.reason] });
    const by = partnerId ?? actor.partnerId;
    await trx
      .insertInto('rights_request_partner_answers')
      .values({
        request_id: row.id,
        collaboration_id: actor.collaborationId,
        partner_id: by,
        outcome: input.outcome,
        refusal_ground: check.refusalGround,
        motivation_enc: input.outcome === 'refused' ? sealDetails(deps.keys, 'rights_request.partner_answer', `${row.id}:${by}`, { motivation: input.motivation }) : null,
        answered_by: actor.userId,
        answered_at: now,
      })
      .execute();
    await deps.audit.append(trx, { ...entry, onBehalfOfPartnerId: by });
    const pending = await tellHandlerWhenAllAnswered(deps, trx, row, routedTo, answers, by);
    return { partnerId: by, outcome: input.outcome, refusalGround: check.refusalGround, pendingPartners: pending };
  });
}

/**
 * After partner `by` answered: how many routed partners still have to; when none, the handling
 * privacy officer is told (once, whichever partner answered last).
 */
export async function tellHandlerWhenAllAnswered(
  deps: ServiceDeps,
  trx: Trx,
  row: Awaited<ReturnType<typeof loadRequest>>,
  routedTo: readonly string[],
  answers: readonly { readonly partnerId: string }[],
  by: string,
): Promise<number> {
  const pending = routedTo.filter((p) => p !== by && !answers.some((a) => a.partnerId === p)).length;
  if (pending === 0) {
    await notify(deps, trx, {
      kind: 'rights_request_partners_answered',
      collaborationId: row.collaboration_id,
      userIds: [row.handler_user_id],
      link: NOTICE_LINKS.rightsRequest(row.id),
      refId: row.id,
      dueAt: row.extended_until ?? row.deadline_at,
      key: `rights_request_partners_answered:${row.id}`,
    });
  }
  return pending;
}
