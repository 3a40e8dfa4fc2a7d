/**
 * Appoints the case director (§3.3): a professional of an active partner, appointed by the staff
 * in an RTO or during monitoring. A previous appointment ends; the new director is designated in
 * the case for its partner, and that partner becomes the lead partner on whose behalf the process
 * director acts from now on (§2 "leidende partij").
 */
import { randomUUID } from 'node:crypto';
import { isActiveMember } from '../../domain/membership/active.js';
import { findPartner } from '../../domain/process/case-state.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { bumpCaseVersion } from '../cases/case-context.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import { requireMeeting } from './meeting-access.js';
import { checkRoutingOnly } from '../../domain/tables/preconditions.js';
import { caseTable, enforceTable } from '../tables/table-context.js';

export interface AppointInput {
  readonly userId: string;
  readonly meetingId?: string | undefined;
  readonly version?: number | undefined;
}

export async function appointCaseDirector(deps: ServiceDeps, actor: SessionActor, caseId: string, input: AppointInput): Promise<{ appointmentId: string; partnerId: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId, { version: input.version });
    const entry = requireStaff(auditEntry(deps, actor, { action: 'case.case_director.appoint', caseId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
    // A routing-only table (seed 000 PJO) appoints no case director: the case belongs elsewhere.
    enforceTable(entry, checkRoutingOnly(caseTable(ctx.config, ctx.row.tableId)));
    if (!['rto', 'monitoring', 'deescalation1'].includes(ctx.state.phase)) refuseProcess(entry, processRefusal('transition_not_allowed'));
    if (input.meetingId !== undefined) await requireMeeting(trx, caseId, input.meetingId);
    const user = await trx.selectFrom('users').select(['id', 'partner_id', 'role', 'active']).where('id', '=', input.userId).where('collaboration_id', '=', ctx.row.collaborationId).executeTakeFirst();
    if (user === undefined || !user.active || user.role !== 'professional') throw validationFailed([{ field: 'userId', message: 'not an active partner professional of this collaboration' }]);
    const partner = findPartner(ctx.state, user.partner_id);
    if (partner === undefined || !isActiveMember(partner, now.getTime())) refuseProcess(entry, processRefusal('case_director_partner_inactive'));

    await trx.updateTable('case_director_appointments').set({ ended_at: now }).where('case_id', '=', caseId).where('ended_at', 'is', null).execute();
    const appointmentId = randomUUID();
    await trx
      .insertInto('case_director_appointments')
      .values({ id: appointmentId, case_id: caseId, collaboration_id: ctx.row.collaborationId, user_id: user.id, partner_id: user.partner_id, meeting_id: input.meetingId ?? null, appointed_by: actor.userId, appointed_at: now })
      .execute();
    await trx
      .insertInto('involvement')
      .values({ case_id: caseId, collaboration_id: ctx.row.collaborationId, partner_id: user.partner_id, user_id: user.id, designated_by: actor.userId, designated_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'partner_id', 'user_id']).doUpdateSet({ ended_at: null }))
      .execute();
    const version = await bumpCaseVersion(trx, caseId, input.version, now);
    await trx.updateTable('cases').set({ lead_partner_id: user.partner_id }).where('id', '=', caseId).execute();
    await deps.audit.append(trx, entry);
    return { appointmentId, partnerId: user.partner_id, version };
  });
}
