/**
 * P10: the subject was informed, by the registrant's professional or by the process director
 * on behalf of a partner (stating on whose behalf). These records let the case enter triage:
 * the phase machine's guard reads them through `loadCaseState`.
 */
import type { InformingChannel, InformingTopic } from '../../domain/process/records.js';
import { checkInformingBehalf } from '../../domain/process/contribution-control.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';

export interface RecordInformingInput {
  readonly caseId: string;
  readonly subjectId: string;
  readonly topic: InformingTopic;
  readonly informedAt: string;
  readonly method: InformingChannel;
  /** Default: the case's lead partner. */
  readonly onBehalfOf?: string | undefined;
}

export async function recordInforming(deps: ServiceDeps, actor: SessionActor, input: RecordInformingInput): Promise<{ id: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { facts, row } = await requireCase(trx, input.caseId);
    const onBehalfOf = input.onBehalfOf ?? row.leadPartnerId;
    const entry = auditEntry(deps, actor, { action: 'informing.record', caseId: input.caseId, subjectId: input.subjectId, onBehalfOfPartnerId: onBehalfOf });
    enforce(entry, checkInformingBehalf(caseActor(actor, facts), onBehalfOf, row.phase));
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
    await deps.audit.append(trx, entry);
    return { id: record.id };
  });
}
