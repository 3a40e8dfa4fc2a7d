/**
 * Handover by the case director (§3.3, seed 003 casusregie; absence or a change of work): the
 * current case director hands the case to a colleague of the same partner, an active
 * professional. The appointment moves (the lead partner stays the same), the colleague is
 * designated in the case for the partner, and the handover is audited. Only the case director
 * hands over; appointing someone of another partner stays with the process director.
 */
import { randomUUID } from 'node:crypto';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import { bumpCaseVersion } from '../cases/case-context.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadProcess, refuseProcess } from '../phases/process-context.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';

export interface HandoverInput {
  readonly toUserId: string;
  readonly version?: number | undefined;
}

export async function handOverCase(deps: ServiceDeps, actor: SessionActor, caseId: string, input: HandoverInput): Promise<{ appointmentId: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId, { version: input.version });
    const entry = auditEntry(deps, actor, { action: 'case.case_director.handover', caseId, purpose: 'monitoring', onBehalfOfPartnerId: actor.partnerId });
    const current = await trx.selectFrom('case_director_appointments').select(['id', 'user_id', 'meeting_id']).where('case_id', '=', caseId).where('ended_at', 'is', null).executeTakeFirst();
    if (current?.user_id !== actor.userId) {
      refuse(entry, {
        rule: 'process',
        reason: 'not_case_director',
        messages: { nl: 'Alleen de casusregisseur van deze casus kan de casus overdragen.', en: 'Only the case director of this case can hand it over.' },
      });
    }
    if (!['rto', 'monitoring', 'deescalation1'].includes(ctx.state.phase)) refuseProcess(entry, processRefusal('transition_not_allowed'));
    const user = await trx.selectFrom('users').select(['id', 'partner_id', 'role', 'active']).where('id', '=', input.toUserId).where('collaboration_id', '=', ctx.row.collaborationId).executeTakeFirst();
    if (user === undefined || !user.active || user.role !== 'professional' || user.partner_id !== actor.partnerId || user.id === actor.userId) {
      throw validationFailed([{ field: 'toUserId', message: 'Kies een collega van uw eigen organisatie.', messages: { nl: 'Kies een collega van uw eigen organisatie.', en: 'Choose a colleague of your own organisation.' } }]);
    }
    await trx.updateTable('case_director_appointments').set({ ended_at: now }).where('id', '=', current.id).execute();
    const appointmentId = randomUUID();
    await trx
      .insertInto('case_director_appointments')
      .values({ id: appointmentId, case_id: caseId, collaboration_id: ctx.row.collaborationId, user_id: user.id, partner_id: user.partner_id, meeting_id: current.meeting_id, appointed_by: actor.userId, appointed_at: now })
      .execute();
    await trx
      .insertInto('involvement')
      .values({ case_id: caseId, collaboration_id: ctx.row.collaborationId, partner_id: user.partner_id, user_id: user.id, designated_by: actor.userId, designated_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'partner_id', 'user_id']).doUpdateSet({ ended_at: null }))
      .execute();
    const version = await bumpCaseVersion(trx, caseId, input.version, now);
    await deps.audit.append(trx, entry);
    return { appointmentId, version };
  });
}
