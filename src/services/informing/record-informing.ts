/**
 * P10: the subject was informed, by a professional of the party the covenant makes responsible,
 * or by the process director on its behalf where the covenant allows that (stating on whose behalf). These records let the case enter triage:
 * the phase machine's guard reads them through `loadCaseState`. Informing of the triage outcome
 * (seed 003 fase 2) names the prepared RTO and keeps what the subject was told about it.
 */
import type { InformingChannel, InformingTopic } from '../../domain/process/records.js';
import { checkInforming, checkInformingTopic } from '../../domain/process/contribution-control.js';
import { informingParty } from './informing-party.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import { caseKey } from '../cases/case-context.js';
import { preparedMeeting, sealTold, whatWasTold } from './triage-outcome.js';
import { rejudgeThirdParties } from '../third-parties/rejudge-third-parties.js';

export interface RecordInformingInput {
  readonly caseId: string;
  readonly subjectId: string;
  readonly topic: InformingTopic;
  readonly informedAt: string;
  readonly method: InformingChannel;
  /** Default: the actor's own organisation when it informs, else the party responsible for informing. */
  readonly onBehalfOf?: string | undefined;
  /** Topic `triage_outcome`: the prepared RTO told about (default: the latest prepared one). */
  readonly meetingId?: string | undefined;
  /** Topic `triage_outcome`: the subject was also told of its rights (seed 003 fase 2). */
  readonly rightsExplained?: boolean | undefined;
  /** Informed while in detention (seed 000 Nazorg, 000-R81). */
  readonly duringDetention?: boolean | undefined;
}

export async function recordInforming(deps: ServiceDeps, actor: SessionActor, input: RecordInformingInput): Promise<{ id: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const { facts, row } = loaded;
    const config = await deps.collaborationConfig(trx, row.collaborationId);
    const parties = { registrant: row.registrantPartnerId, leadPartner: row.leadPartnerId };
    const { onBehalfOf, refusal } = informingParty(config.informSubject, caseActor(actor, facts, deps.now()), parties, input.onBehalfOf, 'inform');
    const entry = auditEntry(deps, actor, { action: 'informing.record', caseId: input.caseId, subjectId: input.subjectId, onBehalfOfPartnerId: onBehalfOf });
    enforce(entry, checkInforming(caseActor(actor, facts, entry.at), row.phase, refusal));
    const aboutRto = input.topic === 'triage_outcome';
    const meeting = aboutRto ? await preparedMeeting(trx, input.caseId, input.meetingId) : null;
    if (aboutRto && input.meetingId !== undefined && meeting === null) throw validationFailed([{ field: 'meetingId', message: 'Kies een voorbereid RTO van deze casus.', messages: { nl: 'Kies een voorbereid RTO van deze casus.', en: 'Choose a prepared RTO of this case.' } }]);
    enforce(entry, checkInformingTopic(input.topic, meeting !== null));
    const issues: FieldIssue[] = [];
    if (aboutRto && input.rightsExplained !== true) issues.push({ field: 'rightsExplained', message: 'De betrokkene wordt ook over zijn of haar rechten geïnformeerd; vink dit aan.', messages: { nl: 'De betrokkene wordt ook over zijn of haar rechten geïnformeerd; vink dit aan.', en: 'The subject is also told of its rights; tick this.' } });
    if (!facts.subjects.has(input.subjectId)) issues.push({ field: 'subjectId', message: 'not a subject of this case' });
    if (!facts.partners.has(onBehalfOf)) issues.push({ field: 'onBehalfOf', message: 'unknown organisation of this collaboration' });
    if (new Date(input.informedAt).getTime() > now.getTime()) issues.push({ field: 'informedAt', message: 'lies in the future' });
    if (issues.length > 0) throw validationFailed(issues);
    const key = meeting === null ? null : await caseKey(deps, trx, input.caseId);
    const told = meeting === null || key === null ? null : sealTold(key, await whatWasTold(trx, key, meeting, true));
    const record = await trx
      .insertInto('informing_records')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        subject_id: input.subjectId,
        topic: input.topic,
        informed_by: actor.userId,
        on_behalf_of_partner_id: onBehalfOf,
        informed_at: input.informedAt,
        method: input.method,
        meeting_id: meeting?.id ?? null,
        told_enc: told,
        during_detention: input.duringDetention === true,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // P11: informing the subject about a third party may be recorded afterwards, and then counts.
    if (input.topic === 'third_party') await rejudgeThirdParties(deps, trx, loaded, now);
    // The audit names the meeting told about (NEN 7513: which record).
    await deps.audit.append(trx, meeting === null ? entry : { ...entry, meetingId: meeting.id });
    return { id: record.id };
  });
}
