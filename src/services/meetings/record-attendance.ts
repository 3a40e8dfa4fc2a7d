/**
 * Attendance at an RTO (§3.3): only invited participants, and only when they may attend now
 * (`checkAttendance`: still lawful, a representative identified). Recorded by the staff.
 */
import { checkAttendance } from '../../domain/process/invitation-guard.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import { requireMeeting } from './meeting-access.js';

export interface AttendanceInput {
  /** A user id, or the subject's id for a subject or representative. */
  readonly participantId: string;
  readonly present: boolean;
}

export async function recordAttendance(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string, input: AttendanceInput): Promise<{ participantId: string; present: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId);
    const entry = auditEntry(deps, actor, { action: 'meeting.attendance', caseId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner });
    requireStaff(entry, ctx, actor);
    await requireMeeting(trx, caseId, meetingId);
    const invitation = ctx.state.meetings
      .find((m) => m.id === meetingId)
      ?.invitations.find((i) => (i.invitee.kind === 'partner' || i.invitee.kind === 'third_party' ? i.invitee.userId : i.invitee.subjectId) === input.participantId);
    if (invitation === undefined) throw validationFailed([{ field: 'participantId', message: 'not invited to this meeting' }]);
    if (input.present) {
      const check = checkAttendance(invitation, ctx.state, ctx.config.process, now.getTime());
      if (!check.ok) refuseProcess(entry, check);
    }
    await trx
      .insertInto('meeting_attendance')
      .values({ meeting_id: meetingId, case_id: caseId, collaboration_id: ctx.row.collaborationId, user_id: input.participantId, present: input.present, recorded_at: now })
      .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ present: input.present, recorded_at: now }))
      .execute();
    await deps.audit.append(trx, entry);
    return { participantId: input.participantId, present: input.present };
  });
}
