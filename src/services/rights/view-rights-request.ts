/**
 * One rights request as the privacy officer or a routed partner's contact sees it (P15): its kind,
 * deadline and status, the case number, every routed partner with its answer or refusal ground,
 * and what the reader may do. Who asked is shown to the privacy office only. Reading is audited.
 */
import { answeringPartner, partnerProgress } from '../../domain/rights/partner-answers.js';
import type { PartnerProgress } from '../../domain/rights/partner-answers.js';
import { isExecutable } from '../../domain/rights/execution.js';
import type { RightsRequestKind } from '../../domain/model.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import { loadCaseKey } from '../../crypto/case-keys.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { noticeUsers } from '../notifications/notify.js';
import { partnerAnswers, requireRightsReader, routedPartners } from './rights-request-access.js';
import { answerTerm, loadRequest, openRequestDetails, requestView } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import { optionalCaseKey } from '../phases/process-context.js';

export interface RightsRequestDetail extends RightsRequestView {
  readonly reader: 'office' | 'partner';
  readonly requester: string | null;
  readonly extensionReason: string | null;
  readonly caseNumber: string | null;
  readonly subjectRelation: string | null;
  readonly partners: readonly PartnerProgress[];
  readonly pendingPartners: number;
  /** What the partners changed on this request (rectified, erased, restricted ...), per contribution. */
  readonly effects: readonly { readonly partnerId: string; readonly contributionId: string | null; readonly effect: string; readonly doneAt: string }[];
  /**
   * For a routed partner's contact that still answers a rectification, erasure, restriction or
   * objection: its own organisation's contributions about the subject, to act on.
   */
  readonly ownItems: readonly { readonly id: string; readonly category: string; readonly createdAt: string; readonly content: string; readonly onlyThisSubject: boolean; readonly restriction: string | null }[];
  readonly abilities: {
    /** Extend, refuse or send the combined answer (the privacy office, while open). */
    readonly handle: boolean;
    /** The partner this reader may still answer for, or null. */
    readonly answerFor: string | null;
    /** The access overview and its written answer (an open access request about a subject). */
    readonly accessAnswer: boolean;
    /** The partner carries out the request on its own data (rectification, erasure, restriction, objection). */
    readonly execute: boolean;
  };
}

export async function viewRightsRequest(deps: ServiceDeps, actor: SessionActor, id: string): Promise<RightsRequestDetail> {
  return withActor(deps, actor, async (trx) => {
    const row = await loadRequest(trx, actor.collaborationId, id);
    const entry = auditEntry(deps, actor, { action: 'rights_request.read', purpose: 'rights_request', caseId: row.case_id, subjectId: row.subject_id });
    const routedTo = routedPartners(row.routed_to);
    const users = await noticeUsers(trx, actor.collaborationId);
    const reader = requireRightsReader(actor, routedTo, users, entry);
    const details = openRequestDetails(deps.keys, row.id, row.requester_enc);
    const answers = (await partnerAnswers(trx, [row.id])).get(row.id) ?? [];
    const progress = partnerProgress(routedTo, answers);
    const c = row.case_id === null ? undefined : await trx.selectFrom('cases').select('number').where('id', '=', row.case_id).executeTakeFirst();
    const subject = row.subject_id === null ? undefined : await trx.selectFrom('subjects').select(['case_id', 'relation', 'relation_enc']).where('id', '=', row.subject_id).executeTakeFirst();
    const subjectKey = subject === undefined || subject.relation_enc === null ? undefined : await optionalCaseKey(deps, trx, subject.case_id);
    await deps.audit.append(trx, entry);
    const open = row.status === 'open';
    const own = answeringPartner(actor, routedTo, users);
    const office = reader.kind === 'office';
    const answerFor = open && own !== null && !answers.some((a) => a.partnerId === own) ? own : null;
    const execute = answerFor !== null && isExecutable(row.kind as RightsRequestKind) && row.case_id !== null && row.subject_id !== null;
    const effectRows = await trx.selectFrom('rights_request_effects').select(['partner_id', 'contribution_id', 'effect', 'done_at']).where('request_id', '=', row.id).orderBy('done_at').execute();
    const ownItems: RightsRequestDetail['ownItems'][number][] = [];
    if (execute && row.case_id !== null && row.subject_id !== null && answerFor !== null) {
      const rows = await trx
        .selectFrom('contributions')
        .select(['id', 'category', 'created_at', 'content_enc', 'subject_ids', 'restriction_kind'])
        .where('case_id', '=', row.case_id)
        .where('by_partner_id', '=', answerFor)
        .where('withdrawn_at', 'is', null)
        .orderBy('created_at')
        .execute();
      const subjectId = row.subject_id;
      const about = rows.filter((c) => !Array.isArray(c.subject_ids) || c.subject_ids.length === 0 || c.subject_ids.includes(subjectId));
      const key = about.length === 0 ? undefined : await loadCaseKey(trx, deps.keys, row.case_id);
      for (const c of about) {
        if (key === undefined) break;
        // The partner's contact reads its own organisation's data about the subject, to act on it: audited.
        await deps.audit.append(trx, { ...entry, action: 'contribution.read', contributionId: c.id, onBehalfOfPartnerId: answerFor });
        ownItems.push({
          id: c.id,
          category: c.category,
          createdAt: c.created_at.toISOString(),
          content: (decryptJson(key, 'contribution.content', c.content_enc) as { text: string }).text,
          onlyThisSubject: Array.isArray(c.subject_ids) && c.subject_ids.length === 1 && c.subject_ids[0] === subjectId,
          restriction: c.restriction_kind,
        });
      }
    }
    return {
      ...requestView(row, details, await answerTerm(deps, trx, actor.collaborationId), deps.now().getTime()),
      reader: reader.kind,
      requester: office ? details.requester : null,
      extensionReason: office ? (details.extension?.reason ?? null) : null,
      caseNumber: c?.number ?? null,
      subjectRelation: subject === undefined ? null : openCaseText(subjectKey, CASE_TEXT_FIELDS.subjectRelation, subject.relation_enc, subject.relation),
      partners: progress.partners,
      pendingPartners: progress.pending,
      effects: effectRows.map((e) => ({ partnerId: e.partner_id, contributionId: e.contribution_id, effect: e.effect, doneAt: e.done_at.toISOString() })),
      ownItems,
      abilities: {
        handle: office && open,
        answerFor,
        accessAnswer: office && open && row.kind === 'access' && row.subject_id !== null,
        execute,
      },
    };
  });
}
