/**
 * The documented weighing for sharing without consent (P7): proportionality, subsidiarity,
 * effectiveness, whether the subject's objections are set aside (motivated) and whether the
 * subject is informed afterwards (with the reason). Recorded for the actor's organisation, the
 * one that would share; motivations are encrypted. A weighing marked complete is stored as
 * complete only when the domain finds it so (`weighingComplete`); otherwise it is refused.
 */
import { checkActsInCase } from '../../domain/process/contribution-control.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import type { Weighing, WithoutConsentBecause } from '../../domain/process/records.js';
import { checkNoConsentGrounds } from '../../domain/process/no-consent-grounds.js';
import { weighingComplete } from '../../domain/process/sharing-guard.js';
import { filled } from '../../domain/process/text.js';
import { checkExceptionGround } from '../../domain/tables/consent-exceptions.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import type { WeighingMotivation } from '../../store/repositories/case-state.repository.js';
import { WEIGHING_FIELD } from '../../store/repositories/case-state.repository.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, enforceGuard } from '../contributions/case-writes.js';

export interface RecordWeighingInput extends WeighingMotivation {
  readonly caseId: string;
  readonly subjectId?: string | undefined;
  readonly setAsideObjections: boolean;
  readonly informAfterwards: boolean;
  /**
   * The conflict of duties that makes a partner bound to professional secrecy share without
   * consent (seed 004 Bijlage 1 art. 2); empty when none is weighed.
   */
  readonly conflictOfDuties?: string | undefined;
  /** Complete now (usable for sharing), or keep as a draft. */
  readonly complete: boolean;
  /** The table's exception that allows sharing without consent (seed 000 Casusoverleg Jeugd checklist IV), by id. */
  readonly exceptionGround?: string | undefined;
  /** The motivation per ground, where the covenant names grounds for sharing without consent (seed 002 Bijlage A art. 7.3). */
  readonly noConsentGrounds?: Readonly<Record<string, string>> | undefined;
  /** Why without consent: refused (art. 7.3) or not askable (art. 7.4). */
  readonly withoutConsentBecause?: WithoutConsentBecause | undefined;
}

export async function recordWeighing(deps: ServiceDeps, actor: SessionActor, input: RecordWeighingInput): Promise<{ id: string; completed: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { facts, row } = await requireCaseForWrite(trx, input.caseId);
    const entry = auditEntry(deps, actor, { action: 'weighing.record', caseId: input.caseId, subjectId: input.subjectId ?? null, onBehalfOfPartnerId: actor.partnerId });
    enforce(entry, checkActsInCase(caseActor(actor, facts, entry.at), row.phase));
    if (input.subjectId !== undefined && !facts.subjects.has(input.subjectId)) throw validationFailed([{ field: 'subjectId', message: 'not a subject of this case' }]);
    const config = await deps.collaborationConfig(trx, row.collaborationId);
    const groundIssue = checkExceptionGround(config.tables.find((t) => t.id === row.tableId), input.exceptionGround);
    if (groundIssue !== null) throw validationFailed([{ field: 'exceptionGround', message: groundIssue }]);
    const grounds = config.process.noConsentGrounds ?? [];
    const groundIssues = checkNoConsentGrounds(grounds, input, input.complete);
    if (groundIssues.length > 0) throw validationFailed(groundIssues);
    const weighing: Weighing = {
      id: 'new',
      caseId: input.caseId,
      partnerId: actor.partnerId,
      proportionality: input.proportionality,
      subsidiarity: input.subsidiarity,
      effectiveness: input.effectiveness,
      setAsideObjections: input.setAsideObjections,
      objectionsMotivation: input.objectionsMotivation,
      informAfterwards: input.informAfterwards,
      informAfterwardsReason: input.informAfterwardsReason,
      completedAt: input.complete ? now.toISOString() : null,
      by: actor.userId,
      exceptionGround: input.exceptionGround ?? null,
      ...(input.noConsentGrounds === undefined ? {} : { noConsentGrounds: input.noConsentGrounds }),
      ...(input.withoutConsentBecause === undefined ? {} : { withoutConsentBecause: input.withoutConsentBecause }),
    };
    if (input.complete && !weighingComplete(weighing, now.getTime(), grounds.map((g) => g.id))) enforceGuard(entry, processRefusal('weighing_incomplete'));
    const key = await caseKey(deps, trx, input.caseId);
    const motivation: WeighingMotivation = {
      proportionality: input.proportionality,
      subsidiarity: input.subsidiarity,
      effectiveness: input.effectiveness,
      objectionsMotivation: input.objectionsMotivation,
      informAfterwardsReason: input.informAfterwardsReason,
      conflictOfDuties: input.conflictOfDuties ?? '',
      ...(input.noConsentGrounds === undefined ? {} : { noConsentGrounds: input.noConsentGrounds }),
      ...(input.withoutConsentBecause === undefined ? {} : { withoutConsentBecause: input.withoutConsentBecause }),
    };
    const stored = await trx
      .insertInto('weighings')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        partner_id: actor.partnerId,
        subject_id: input.subjectId ?? null,
        set_aside_objections: input.setAsideObjections,
        inform_afterwards: input.informAfterwards,
        conflict_of_duties: filled(input.conflictOfDuties),
        exception_ground: input.exceptionGround ?? null,
        motivation_enc: encryptJson(key, WEIGHING_FIELD, motivation),
        completed_by: input.complete ? actor.userId : null,
        completed_at: input.complete ? now : null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return { id: stored.id, completed: input.complete };
  });
}
