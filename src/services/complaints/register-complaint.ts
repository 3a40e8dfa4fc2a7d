/**
 * A subject's complaint reaches the process director, who routes it to the responsible partner
 * (P18; seed 002 art. 11): the partner it concerns, else the case's lead partner, else the
 * collaboration's controller. The domain decides who may route and to whom.
 */
import { randomUUID } from 'node:crypto';
import { routeComplaint } from '../../domain/incidents/complaint.js';
import type { ComplaintRouting, ComplaintTopic } from '../../domain/incidents/complaint.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { privacyContacts } from '../../domain/notifications/recipients.js';
import { notify, noticeUsers } from '../notifications/notify.js';
import { sealFreeText } from '../../crypto/collaboration-key.js';
import { COMPLAINT_COLUMNS, complaintView, sealComplaintDetails } from './complaint-records.js';
import type { ComplaintDetails, ComplaintView } from './complaint-records.js';

export interface RegisterComplaintInput {
  readonly topic: ComplaintTopic;
  readonly summary: string;
  readonly caseId?: string | undefined;
  /** The case by its number, as the process director knows it (instead of `caseId`). */
  readonly caseNumber?: string | undefined;
  readonly concernsPartnerId?: string | undefined;
  readonly complainant?: string | undefined;
  readonly receivedAt?: string | undefined;
}

const MESSAGES = {
  P18_only_process_director_routes: { nl: 'Alleen de procesregisseur neemt klachten aan en routeert ze (P18).', en: 'Only the process director receives and routes complaints (P18).' },
  P18_no_responsible_partner: { nl: 'Er is geen verantwoordelijke partner te vinden voor deze klacht (P18).', en: 'No responsible partner can be found for this complaint (P18).' },
} as const;

export async function registerComplaint(deps: ServiceDeps, actor: SessionActor, input: RegisterComplaintInput): Promise<ComplaintView & { readonly routing: Extract<ComplaintRouting, { ok: true }>['basis'] }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'complaint.register', caseId: input.caseId ?? null });
    let lead: string | null = null;
    let caseId = input.caseId ?? null;
    if ((input.caseId !== undefined || input.caseNumber !== undefined) && actor.role === 'process_director') {
      let q = trx.selectFrom('cases').select(['id', 'lead_partner_id']).where('collaboration_id', '=', actor.collaborationId);
      q = input.caseId !== undefined ? q.where('id', '=', input.caseId) : q.where('number', '=', input.caseNumber ?? '');
      const c = await q.executeTakeFirst();
      if (c === undefined) throw notFound({ nl: 'Casus', en: 'Case' });
      lead = c.lead_partner_id;
      caseId = c.id;
    }
    if (input.concernsPartnerId !== undefined) {
      const p = await trx.selectFrom('partners').select('id').where('id', '=', input.concernsPartnerId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
      if (p === undefined) throw notFound({ nl: 'Partner', en: 'Partner' });
    }
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const controllerSlug = config.controller.dossierController ?? config.controller.operator;
    const controller = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', actor.collaborationId).where('slug', '=', controllerSlug).executeTakeFirst();
    const routing = routeComplaint({ routerRole: actor.role, concerns: input.concernsPartnerId ?? null, caseLeadPartner: lead, controller: controller?.id ?? null });
    if (!routing.ok) refuse(entry, { rule: 'P18', reason: routing.reason, messages: MESSAGES[routing.reason] });
    const id = randomUUID();
    const details: ComplaintDetails = { complainant: input.complainant ?? null, topic: input.topic, concerns: input.concernsPartnerId ?? null };
    await trx
      .insertInto('complaints')
      .values({
        id,
        collaboration_id: actor.collaborationId,
        case_id: caseId,
        received_at: input.receivedAt ?? now,
        received_by: actor.userId,
        routed_to_partner_id: routing.to,
        summary_enc: sealFreeText(deps.keys, actor.collaborationId, 'complaints.summary', id, input.summary),
        complainant_enc: sealComplaintDetails(deps.keys, id, details),
        status: 'routed',
      })
      .execute();
    await deps.audit.append(trx, { ...entry, caseId, onBehalfOfPartnerId: routing.to });
    await notify(deps, trx, {
      kind: 'complaint_routed',
      collaborationId: actor.collaborationId,
      userIds: privacyContacts([routing.to], await noticeUsers(trx, actor.collaborationId)),
      link: `/privacy/complaints/${id}`,
      refId: id,
      key: `complaint_routed:${id}`,
    });
    const row = await trx.selectFrom('complaints').select(COMPLAINT_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
    return { ...complaintView(deps.keys, row, details), routing: routing.basis };
  });
}
