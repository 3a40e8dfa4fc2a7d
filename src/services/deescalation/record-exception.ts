/**
 * A motivated exception that postpones a de-escalation step (seed 003 Bijlage 3, P13): decided
 * by the lead partner (the process director acts on its behalf, or its own designated
 * professional), with a re-assessment at most `maxExceptionMonths` ahead (`validateException`).
 * The motivation is stored encrypted. While it runs, the phase machine refuses the step.
 */
import { policyForTable, retentionPolicyOf } from '../../domain/retention/policy.js';
import { randomUUID } from 'node:crypto';
import { validateException } from '../../domain/retention/exception.js';
import type { ExceptionRefusal } from '../../domain/retention/exception.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import { encryptField } from '../../crypto/field-cipher.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { Messages } from '../app-error.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadProcess, refuseProcess } from '../phases/process-context.js';

export const EXCEPTION_MOTIVATION_FIELD = 'deescalation_exception.motivation';

const MESSAGES: Readonly<Record<ExceptionRefusal, Messages>> = {
  P13_exceptions_not_allowed: { nl: 'Dit samenwerkingsverband kent geen uitzondering op de bewaartermijnen.', en: 'This collaboration allows no exception to its retention periods.' },
  P13_exception_not_lead_partner: { nl: 'Alleen de leidende partij besluit over een uitzondering.', en: 'Only the lead partner decides an exception.' },
  P13_exception_without_motivation: { nl: 'Een uitzondering vraagt een motivering.', en: 'An exception needs a motivation.' },
  P13_reassessment_not_after_decision: { nl: 'De herbeoordeling moet na het besluit liggen.', en: 'The re-assessment must come after the decision.' },
  P13_reassessment_beyond_limit: { nl: 'De herbeoordeling ligt te ver vooruit.', en: 'The re-assessment is too far ahead.' },
};

export interface ExceptionInput {
  readonly step: 'archive' | 'delete';
  readonly motivation: string;
  readonly reassessAt: string;
  /** The partner the decision is taken for; defaults to the actor's own organisation. */
  readonly onBehalfOfPartnerId?: string | undefined;
}

export async function recordDeescalationException(deps: ServiceDeps, actor: SessionActor, caseId: string, input: ExceptionInput): Promise<{ id: string; reassessAt: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId);
    const decidedBy = input.onBehalfOfPartnerId ?? actor.partnerId;
    const entry = auditEntry(deps, actor, { action: 'deescalation.exception', caseId, onBehalfOfPartnerId: decidedBy });
    const f = ctx.facts;
    const staff = actor.role === 'process_director' && (f.processDirectors.has(actor.userId) || f.allDirectorsSeeAll);
    const ownProfessional = actor.role === 'professional' && actor.partnerId === decidedBy && f.involved.get(actor.partnerId)?.has(actor.userId) === true;
    if (!staff && !ownProfessional) refuseProcess(entry, processRefusal('exception_not_by_lead_partner'));
    const phaseFits = ctx.state.phase === 'deescalation1' || (ctx.state.phase === 'archived' && input.step === 'delete');
    if (!phaseFits) refuseProcess(entry, processRefusal('transition_not_allowed'));
    const reassessAt = new Date(input.reassessAt);
    const check = validateException(
      { step: input.step, decidedAt: now.getTime(), reassessAt: reassessAt.getTime(), decidedBy, motivation: input.motivation },
      policyForTable(retentionPolicyOf(ctx.config), ctx.row.tableId),
      ctx.state.leadPartner,
    );
    if (!check.ok) refuse(entry, { rule: 'P13', reason: check.reason, messages: MESSAGES[check.reason] });
    if (ctx.key === undefined) throw validationFailed([{ field: 'caseId', message: 'the case has no key' }]);
    const id = randomUUID();
    await trx
      .insertInto('deescalation_exceptions')
      .values({
        id,
        case_id: caseId,
        collaboration_id: ctx.row.collaborationId,
        step: input.step === 'archive' ? 2 : 3,
        decided_by: actor.userId,
        decided_by_partner_id: decidedBy,
        decided_at: now,
        reassess_at: reassessAt,
        motivation_enc: encryptField(ctx.key, EXCEPTION_MOTIVATION_FIELD, input.motivation),
      })
      .execute();
    await deps.audit.append(trx, entry);
    return { id, reassessAt: reassessAt.toISOString() };
  });
}
