/**
 * A routed partner carries out a rectification, erasure, restriction or objection on its own data
 * about the one subject of the request (P15; domain/rights/execution.ts decides what changes).
 * Everything happens in one transaction: the contributions change, each change is audited under
 * the subject and recorded as an effect of the request, and the partner's answer is recorded so
 * the privacy officer sees its progress. Where the law does not allow the change, the partner
 * refuses citing its ground instead (answer-for-partner.ts).
 */
import { isExecutable, planExecution, EXECUTION_MESSAGES } from '../../domain/rights/execution.js';
import type { Effect, ExecutionInput, OwnContribution } from '../../domain/rights/execution.js';
import { answeringPartner, checkPartnerAnswer } from '../../domain/rights/partner-answers.js';
import type { RightsRequestKind } from '../../domain/model.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import { loadCaseKey } from '../../crypto/case-keys.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { noticeUsers } from '../notifications/notify.js';
import { tellHandlerWhenAllAnswered } from './answer-for-partner.js';
import { sealDetails } from './sealed-details.js';
import { partnerAnswers, requireRightsReader, routedPartners } from './rights-request-access.js';
import { loadRequest, P15_MESSAGES } from './rights-request-records.js';
import { applyMeetingEffects, rectifyMeetingItems } from './meeting-effects.js';
import type { MeetingEffectDone } from './meeting-effects.js';

const AUDIT_ACTION: Record<Effect, string> = {
  rectified: 'contribution.rectify',
  erased: 'contribution.erase',
  restricted: 'contribution.restrict',
  processing_stopped: 'contribution.objection_upheld',
  objection_overridden: 'rights_request.objection_overridden',
  left_shared: 'rights_request.left_shared',
};

export interface ExecutionResult {
  readonly partnerId: string;
  readonly effects: readonly { readonly contributionId: string | null; readonly effect: Effect; readonly replacedBy: string | null }[];
  readonly pendingPartners: number;
  /** What changed in the meetings' notes, goals and plan actions about the subject (issue 13). */
  readonly meetingEffects: readonly MeetingEffectDone[];
}

export async function executeRightsRequest(deps: ServiceDeps, actor: SessionActor, id: string, input: ExecutionInput): Promise<ExecutionResult> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const row = await loadRequest(trx, actor.collaborationId, id);
    const entry = auditEntry(deps, actor, { action: `rights_request.execute.${input.kind}`, purpose: 'rights_request', caseId: row.case_id, subjectId: row.subject_id });
    const routedTo = routedPartners(row.routed_to);
    const users = await noticeUsers(trx, actor.collaborationId);
    requireRightsReader(actor, routedTo, users, entry);
    const partnerId = answeringPartner(actor, routedTo, users);
    const answers = (await partnerAnswers(trx, [row.id])).get(row.id) ?? [];
    const kind = row.kind as RightsRequestKind;
    const allowed = checkPartnerAnswer({ status: row.status, kind, routedTo }, partnerId, answers, { outcome: 'answered' });
    if (!allowed.ok) refuse(entry, { rule: 'P15', reason: allowed.reason, messages: P15_MESSAGES[allowed.reason] });
    if (!isExecutable(kind) || row.case_id === null || row.subject_id === null || partnerId === null) {
      refuse(entry, { rule: 'P15', reason: 'P15_execution_other_kind', messages: EXECUTION_MESSAGES.P15_execution_other_kind });
    }
    const caseId = row.case_id;
    const subjectId = row.subject_id;
    const rows = await trx.selectFrom('contributions').selectAll().where('case_id', '=', caseId).where('by_partner_id', '=', partnerId).execute();
    const own: OwnContribution[] = rows.map((c) => ({
      id: c.id,
      by: c.by_partner_id,
      subjects: Array.isArray(c.subject_ids) ? c.subject_ids : [],
      withdrawn: c.withdrawn_at !== null,
      restricted: c.restricted_at !== null,
    }));
    const plan = planExecution({ kind, subjectId }, partnerId, own, input);
    if (!plan.ok) {
      if (plan.reason === 'P15_execution_other_kind' || plan.reason === 'P15_rectification_not_own') refuse(entry, { rule: 'P15', reason: plan.reason, messages: EXECUTION_MESSAGES[plan.reason] });
      const m = EXECUTION_MESSAGES[plan.reason];
      throw validationFailed([{ field: plan.field ?? 'kind', message: `${m.nl} / ${m.en}` }]);
    }
    const key = plan.plan.effects.some((e) => e.effect === 'rectified' || e.effect === 'erased') ? await loadCaseKey(trx, deps.keys, caseId) : undefined;
    const reasonEnc = input.kind === 'objection' ? sealDetails(deps.keys, 'rights_request.effect', `${row.id}:${partnerId}`, { reason: input.reason }) : null;
    const effects: { contributionId: string | null; effect: Effect; replacedBy: string | null }[] = [];
    for (const e of plan.plan.effects) {
      let replacedBy: string | null = null;
      const old = rows.find((c) => c.id === e.contributionId);
      if (e.effect === 'rectified' && old !== undefined && key !== undefined) {
        // The correction replaces the old text, which is withdrawn and not served any more.
        await trx.updateTable('contributions').set((eb) => ({ withdrawn_at: now, updated_at: now, version: eb('version', '+', 1) })).where('id', '=', old.id).execute();
        const correction = await trx
          .insertInto('contributions')
          .values({
            case_id: old.case_id,
            collaboration_id: old.collaboration_id,
            by_partner_id: old.by_partner_id,
            author_user_id: actor.userId,
            given_in: old.given_in,
            category: old.category,
            special: old.special,
            police: old.police,
            purposes: toJson(old.purposes),
            basis: toJson(old.basis),
            shared_with: toJson(old.shared_with),
            released_for_rto: toJson(old.released_for_rto),
            excluded: toJson(old.excluded),
            subject_ids: toJson(old.subject_ids),
            triage_question_id: old.triage_question_id,
            corrects_id: old.id,
            content_enc: encryptJson(key, 'contribution.content', { text: e.content ?? '', correctionReason: 'Rectificatie op verzoek van de betrokkene (art. 16 AVG)' }),
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        replacedBy = correction.id;
      } else if (e.effect === 'erased' && old !== undefined && key !== undefined) {
        // The content is overwritten: nothing of it remains readable (AVG art. 17).
        await trx
          .updateTable('contributions')
          .set((eb) => ({ content_enc: encryptJson(key, 'contribution.content', { text: '' }), erased_at: now, withdrawn_at: old.withdrawn_at ?? now, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', old.id)
          .execute();
      } else if ((e.effect === 'restricted' || e.effect === 'processing_stopped') && old !== undefined) {
        await trx
          .updateTable('contributions')
          .set((eb) => ({ restricted_at: now, restriction_kind: e.effect === 'restricted' ? 'restriction' : 'objection', restricted_by_request: row.id, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', old.id)
          .execute();
      }
      await trx
        .insertInto('rights_request_effects')
        .values({
          request_id: row.id,
          collaboration_id: actor.collaborationId,
          partner_id: partnerId,
          subject_id: subjectId,
          contribution_id: e.contributionId,
          effect: e.effect,
          replaced_by: replacedBy,
          reason_enc: reasonEnc,
          done_by: actor.userId,
          done_at: now,
        })
        .execute();
      await deps.audit.append(trx, { ...entry, action: AUDIT_ACTION[e.effect], contributionId: e.contributionId, onBehalfOfPartnerId: partnerId });
      effects.push({ contributionId: e.contributionId, effect: e.effect, replacedBy });
    }
    // Meeting notes, plan goals and plan actions about the subject change too (issue 13 item 1).
    const ctx = { requestId: row.id, collaborationId: actor.collaborationId, caseId, subjectId, partnerId, userId: actor.userId, entry, now };
    const rectified = input.kind === 'rectification' ? await rectifyMeetingItems(deps, trx, ctx, input.meetingItems ?? []) : { ok: true as const, done: [] };
    if (!rectified.ok) {
      // Refused before anything is committed: the transaction rolls back the changes made above.
      refuse(entry, { rule: 'P15', reason: 'P15_rectification_not_own', messages: EXECUTION_MESSAGES.P15_rectification_not_own });
    }
    const meetingEffect = input.kind === 'erasure' ? 'erased' : input.kind === 'restriction' ? 'restricted' : input.kind === 'objection' && input.upheld ? 'processing_stopped' : null;
    const meetingEffects = meetingEffect === null ? rectified.done : await applyMeetingEffects(deps, trx, ctx, meetingEffect);
    await trx
      .insertInto('rights_request_partner_answers')
      .values({ request_id: row.id, collaboration_id: actor.collaborationId, partner_id: partnerId, outcome: 'answered', refusal_ground: null, motivation_enc: null, answered_by: actor.userId, answered_at: now })
      .execute();
    await deps.audit.append(trx, { ...entry, onBehalfOfPartnerId: partnerId });
    const pending = await tellHandlerWhenAllAnswered(deps, trx, row, routedTo, answers, partnerId);
    return { partnerId, effects, pendingPartners: pending, meetingEffects };
  });
}
