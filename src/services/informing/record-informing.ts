/**
 * P10: the subject was informed, by a professional of the party the covenant makes responsible,
 * or by the process director on its behalf where the covenant allows that (stating on whose behalf). These records let the case enter triage:
 * the phase machine's guard reads them through `loadCaseState`.
 */
import type { InformingChannel, InformingTopic } from '../../domain/process/records.js';
import { checkInforming } from '../../domain/process/contribution-control.js';
import { informingParty } from './informing-party.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import { rejudgeThirdParties } from '../third-parties/rejudge-third-parties.js';

export interface RecordInformingInput {
  readonly caseId: string;
  readonly subjectId: string;
  readonly topic: InformingTopic;
  readonly informedAt: string;
  readonly method: InformingChannel;
  /** Default: the actor's own organisation when it informs, else the party responsible for informing. */
  readonly onBehalfOf?: string | undefined;
}

export async function recordInforming(deps: ServiceDeps, actor: SessionActor, input: RecordInformingInput): Promise<{ id: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const { facts, row } = loaded;
    const config = await deps.collaborationConfig(trx, row.collaborationId);
    const parties = { registrant: row.registrantPartnerId, leadPartner: row.leadPartnerId };
    const { onBehalfOf, refusal } = informingParty(config.informSubject, caseActor(actor, facts), parties, input.onBehalfOf, 'inform');
    const entry = auditEntry(deps, actor, { action: 'informing.record', caseId: input.caseId, subjectId: input.subjectId, onBehalfOfPartnerId: onBehalfOf });
    enforce(entry, checkInforming(caseActor(actor, facts), row.phase, refusal));
    const issues: FieldIssue[] = [];
    if (!facts.subjects.has(input.subjectId)) issues.push({ field: 'subjectId', message: 'not a subject of this case' });
    if (!facts.partners.has(onBehalfOf)) issues.push({ field: 'onBehalfOf', message: 'unknown organisation of this collaboration' });
    if (new Date(input.informedAt).getTime() > now.getTime()) issues.push({ field: 'informedAt', message: 'lies in the future' });
    if (issues.length > 0) throw validationFailed(issues);
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
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // P11: informing the subject about a third party may be recorded afterwards, and then counts.
    if (input.topic === 'third_party') await rejudgeThirdParties(deps, trx, loaded, now);
    await deps.audit.append(trx, entry);
    return { id: record.id };
  });
}
