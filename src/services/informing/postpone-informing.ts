/**
 * P10: informing the subject is postponed, only where the covenant allows it (`postponementAllowed`),
 * by whoever may inform, with a recorded reason (encrypted) and a planned date; the reminder job reminds, and the phase machine refuses once the date passed.
 */
import type { InformingTopic } from '../../domain/process/records.js';
import { postponementGroundProblem, type PostponementGround } from '../../domain/process/informing-rules.js';
import { checkInforming } from '../../domain/process/contribution-control.js';
import { informingParty } from './informing-party.js';
import { encryptField } from '../../crypto/field-cipher.js';
import { POSTPONEMENT_FIELD } from '../../store/repositories/case-state.repository.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';

export interface PostponeInformingInput {
  readonly caseId: string;
  readonly subjectId: string;
  readonly topic: InformingTopic;
  readonly reason: string;
  readonly plannedAt: string;
  /** Where the covenant limits the grounds (seed 004 Bijlage 1 art. 5): the one this postponement rests on. */
  readonly ground?: PostponementGround | undefined;
}

/** The ground as the form names it; kept with the sealed reason. */
const GROUND_WORDS: Readonly<Record<PostponementGround, string>> = { vital_interest: 'Vitaal belang', conflict_of_duties: 'Conflict van plichten' };

export async function postponeInforming(deps: ServiceDeps, actor: SessionActor, input: PostponeInformingInput): Promise<{ id: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { facts, row } = await requireCaseForWrite(trx, input.caseId);
    const config = await deps.collaborationConfig(trx, row.collaborationId);
    const parties = { registrant: row.registrantPartnerId, leadPartner: row.leadPartnerId };
    const { onBehalfOf, refusal } = informingParty(config.informSubject, caseActor(actor, facts, deps.now()), parties, undefined, 'postpone');
    const entry = auditEntry(deps, actor, { action: 'informing.postpone', caseId: input.caseId, subjectId: input.subjectId, onBehalfOfPartnerId: onBehalfOf });
    enforce(entry, checkInforming(caseActor(actor, facts, entry.at), row.phase, refusal));
    const issues: FieldIssue[] = [];
    if (!facts.subjects.has(input.subjectId)) issues.push({ field: 'subjectId', message: 'not a subject of this case' });
    if (new Date(input.plannedAt).getTime() <= now.getTime()) issues.push({ field: 'plannedAt', message: 'must lie in the future' });
    const groundProblem = postponementGroundProblem(config.informSubject.postponementGrounds, input.ground);
    if (groundProblem !== null) {
      const allowed = (config.informSubject.postponementGrounds ?? []).map((g) => GROUND_WORDS[g].toLowerCase()).join(' of ');
      issues.push({ field: 'ground', message: `Grond voor uitstel: dit convenant staat uitstel alleen toe bij ${allowed} / this covenant allows postponement only on these grounds` });
    }
    if (issues.length > 0) throw validationFailed(issues);
    const key = await caseKey(deps, trx, input.caseId);
    const record = await trx
      .insertInto('informing_records')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        subject_id: input.subjectId,
        topic: input.topic,
        informed_by: actor.userId,
        on_behalf_of_partner_id: onBehalfOf,
        postponement_reason_enc: encryptField(key, POSTPONEMENT_FIELD, input.ground === undefined ? input.reason : `${GROUND_WORDS[input.ground]}: ${input.reason}`),
        planned_at: input.plannedAt,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return { id: record.id };
  });
}
