/**
 * Attendance at an RTO (§3.3): only invited participants, and only when they may attend now
 * (`checkAttendance`: still lawful, a representative identified). Recorded by the staff. A
 * representative identifies at the table (seed 002 Bijlage B): the staff record it with
 * `identified: true`, kept with the representative in the encrypted preparation.
 */
import { checkAttendance } from '../../domain/process/invitation-guard.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import { requireMeeting } from './meeting-access.js';
import { openPreparation, sealPreparation } from './meeting-preparation.js';

export interface AttendanceInput {
  /** A user id, or the subject's id for a subject or representative. */
  readonly participantId: string;
  readonly present: boolean;
  /** For a representative: identified at the meeting now. */
  readonly identified?: boolean | undefined;
}

export async function recordAttendance(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string, input: AttendanceInput): Promise<{ participantId: string; present: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId);
    const entry = requireStaff(auditEntry(deps, actor, { action: 'meeting.attendance', caseId, meetingId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
    const meeting = await requireMeeting(trx, caseId, meetingId);
    const invited = ctx.state.meetings
      .find((m) => m.id === meetingId)
      ?.invitations.find((i) => (i.invitee.kind === 'partner' || i.invitee.kind === 'third_party' ? i.invitee.userId : i.invitee.subjectId) === input.participantId);
    if (invited === undefined) throw validationFailed([{ field: 'participantId', message: 'not invited to this meeting' }]);
    const identifiesNow = input.present && input.identified === true && invited.invitee.kind === 'representative' && invited.invitee.identifiedAt === null;
    const invitation = identifiesNow && invited.invitee.kind === 'representative' ? { ...invited, invitee: { ...invited.invitee, identifiedAt: now.toISOString() } } : invited;
    if (input.present) {
      const check = checkAttendance(invitation, ctx.state, ctx.config.process, now.getTime());
      if (!check.ok) refuseProcess(entry, check);
    }
    if (identifiesNow && ctx.key !== undefined && meeting.preparation_enc !== null) {
      const prep = openPreparation(ctx.key, meeting.preparation_enc);
      const representatives = prep.representatives.map((r) => (r.subjectId === input.participantId ? { ...r, identifiedAt: now.toISOString() } : r));
      await trx.updateTable('meetings').set({ preparation_enc: sealPreparation(ctx.key, prep, representatives), updated_at: now }).where('id', '=', meetingId).execute();
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
