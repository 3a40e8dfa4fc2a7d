/**
 * The case manager's brief and performance brief (seed 004 Bijlage 3 stap 4, ADR 0180): the staff
 * of the case give it with the appointment and adjust it during the process, each adjustment with
 * its reason; the history stays with the appointment, encrypted under the case key. The staff and
 * the case manager read it.
 */
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import { addBriefVersion } from '../../domain/process/case-manager-brief.js';
import type { BriefInput, BriefVersion } from '../../domain/process/case-manager-brief.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound, validationFailed } from '../app-error.js';
import { caseKey } from '../cases/case-context.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';

export interface BriefView {
  readonly appointmentId: string;
  readonly caseManagerId: string;
  /** Oldest first: the brief as given, then each adjustment with its reason. */
  readonly history: readonly BriefVersion[];
}

const FIELD = 'case.case_manager_brief';
const NO_CASE_MANAGER = { nl: 'Casemanager', en: 'Case manager' };

async function currentAppointment(trx: Trx, caseId: string): Promise<{ id: string; user_id: string; brief_enc: Buffer | null } | undefined> {
  return trx.selectFrom('case_director_appointments').select(['id', 'user_id', 'brief_enc']).where('case_id', '=', caseId).where('ended_at', 'is', null).executeTakeFirst();
}

/** Gives or adjusts the brief of the current case manager (staff of the case only). */
export async function recordCaseManagerBrief(deps: ServiceDeps, actor: SessionActor, caseId: string, input: BriefInput): Promise<BriefView> {
  return withActor(deps, actor, async (trx) => {
    const ctx = await loadProcess(deps, trx, caseId);
    const entry = requireStaff(auditEntry(deps, actor, { action: 'case.case_manager_brief.record', caseId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
    const appointment = await currentAppointment(trx, caseId);
    const key = await caseKey(deps, trx, caseId);
    const history = appointment === undefined || appointment.brief_enc === null ? [] : (decryptJson(key, FIELD, appointment.brief_enc) as BriefVersion[]);
    const outcome = addBriefVersion(ctx.state.phase, appointment !== undefined, history, input, actor.userId, deps.now());
    if (!outcome.ok) {
      if (outcome.reason === 'fields') throw validationFailed(outcome.fields);
      refuseProcess(entry, processRefusal(outcome.reason === 'phase' ? 'transition_not_allowed' : 'case_manager_brief_without_case_manager'));
    }
    if (appointment === undefined) throw notFound(NO_CASE_MANAGER);
    await trx.updateTable('case_director_appointments').set({ brief_enc: encryptJson(key, FIELD, outcome.history) }).where('id', '=', appointment.id).execute();
    await deps.audit.append(trx, entry);
    return { appointmentId: appointment.id, caseManagerId: appointment.user_id, history: outcome.history };
  });
}

/** The brief with its history, for the staff of the case and the case manager it was given to. */
export async function readCaseManagerBrief(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<BriefView> {
  return withActor(deps, actor, async (trx) => {
    const ctx = await loadProcess(deps, trx, caseId, { forWrite: false });
    const asked = auditEntry(deps, actor, { action: 'case.case_manager_brief.read', caseId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner });
    const appointment = await currentAppointment(trx, caseId);
    // The case manager reads its own brief; anyone else must be staff of the case (or stand in for them).
    const entry = appointment?.user_id === actor.userId ? asked : requireStaff(asked, ctx, actor);
    if (appointment === undefined) throw notFound(NO_CASE_MANAGER);
    const history = appointment.brief_enc === null ? [] : (decryptJson(await caseKey(deps, trx, caseId), FIELD, appointment.brief_enc) as BriefVersion[]);
    await deps.audit.append(trx, entry);
    return { appointmentId: appointment.id, caseManagerId: appointment.user_id, history };
  });
}
