/**
 * One rights request as the privacy officer or a routed partner's contact sees it (P15): its kind,
 * deadline and status, the case number, every routed partner with its answer or refusal ground,
 * and what the reader may do. Who asked is shown to the privacy office only. Reading is audited.
 */
import { answeringPartner, partnerProgress } from '../../domain/rights/partner-answers.js';
import type { PartnerProgress } from '../../domain/rights/partner-answers.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { noticeUsers } from '../notifications/notify.js';
import { partnerAnswers, requireRightsReader, routedPartners } from './rights-request-access.js';
import { answerTerm, loadRequest, openRequestDetails, requestView } from './rights-request-records.js';
import type { RightsRequestView } from './rights-request-records.js';

export interface RightsRequestDetail extends RightsRequestView {
  readonly reader: 'office' | 'partner';
  readonly requester: string | null;
  readonly extensionReason: string | null;
  readonly caseNumber: string | null;
  readonly subjectRelation: string | null;
  readonly partners: readonly PartnerProgress[];
  readonly pendingPartners: number;
  readonly abilities: {
    /** Extend, refuse or send the combined answer (the privacy office, while open). */
    readonly handle: boolean;
    /** The partner this reader may still answer for, or null. */
    readonly answerFor: string | null;
    /** The access overview and its written answer (an open access request about a subject). */
    readonly accessAnswer: boolean;
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
    const subject = row.subject_id === null ? undefined : await trx.selectFrom('subjects').select('relation').where('id', '=', row.subject_id).executeTakeFirst();
    await deps.audit.append(trx, entry);
    const open = row.status === 'open';
    const own = answeringPartner(actor, routedTo, users);
    const office = reader.kind === 'office';
    return {
      ...requestView(row, details, await answerTerm(deps, trx, actor.collaborationId), deps.now().getTime()),
      reader: reader.kind,
      requester: office ? details.requester : null,
      extensionReason: office ? (details.extension?.reason ?? null) : null,
      caseNumber: c?.number ?? null,
      subjectRelation: subject?.relation ?? null,
      partners: progress.partners,
      pendingPartners: progress.pending,
      abilities: {
        handle: office && open,
        answerFor: open && own !== null && !answers.some((a) => a.partnerId === own) ? own : null,
        accessAnswer: office && open && row.kind === 'access' && row.subject_id !== null,
      },
    };
  });
}
