/**
 * Invites a participant to an RTO (§3.2, P2): a professional of an active partner as expert,
 * informant or intended executor; the subject or a representative where the collaboration allows
 * it and consent was signed; a third party only under P11 (`checkInvitation` decides). An invited
 * professional is also designated in the case for its partner (involvement is personal), so it
 * can see what is released to it, and nothing else. A professional comes from a partner of the
 * case's table: structural, incidental with a recorded reason, or any member where the table
 * allows it (seed 000 Bijlage 2).
 */
import { randomUUID } from 'node:crypto';
import { checkInvitation } from '../../domain/process/invitation-guard.js';
import type { Invitation, Invitee } from '../../domain/process/meeting.js';
import type { ParticipantRole, Role } from '../../domain/model.js';
import { finishesRunningCase } from '../../domain/access/decide.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import { openPreparation, sealPreparation } from './meeting-preparation.js';
import { requireMeeting } from './meeting-access.js';
import { caseKey } from '../cases/case-context.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';
import { noticeMeetingInvitation } from '../notifications/notices.js';
import { checkTableParticipant } from '../../domain/tables/participation.js';
import { caseTable, enforceTable, tableParticipants } from '../tables/table-context.js';

export type InviteInput =
  | {
      readonly userId: string;
      readonly role: 'expert' | 'informant' | 'intended_executor';
      readonly tableReason?: string | undefined;
      /** What is asked of the invited party (seed 001/003 art. 9.2e). */
      readonly requestedContribution?: string | undefined;
      /** The party's information need for the plan (seed 001/003 art. 6.4c). */
      readonly informationNeed?: string | undefined;
    }
  | { readonly subjectId: string; readonly role: 'subject' }
  | { readonly subjectId: string; readonly role: 'representative'; readonly representativeName: string };

export interface InvitedParticipant {
  readonly invitationId: string;
  readonly role: ParticipantRole;
}

export async function inviteParticipant(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string, input: InviteInput): Promise<InvitedParticipant> {
  return withActor(deps, actor, (trx) => inviteIn(deps, trx, actor, caseId, meetingId, input));
}

/**
 * Invites several participants at once (one form for all chosen partners): each invitation is
 * checked exactly as a single one is, in one transaction, so either all are invited or none is and
 * the refusal names the row it concerns.
 */
export async function inviteParticipants(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string, inputs: readonly InviteInput[]): Promise<readonly InvitedParticipant[]> {
  if (inputs.length === 0) throw validationFailed([{ field: 'invitations', message: 'choose at least one participant' }]);
  return withActor(deps, actor, async (trx) => {
    const invited: InvitedParticipant[] = [];
    for (const [i, input] of inputs.entries()) {
      try {
        invited.push(await inviteIn(deps, trx, actor, caseId, meetingId, input));
      } catch (error) {
        if (error instanceof AppError && error.fields !== undefined) {
          throw new AppError(error.code, error.messages, { fields: error.fields.map((f) => ({ ...f, field: `invitations.${String(i)}.${f.field}` })) });
        }
        throw error;
      }
    }
    return invited;
  });
}

async function inviteIn(deps: ServiceDeps, trx: Trx, actor: SessionActor, caseId: string, meetingId: string, input: InviteInput): Promise<InvitedParticipant> {
  const now = deps.now();
  const ctx = await loadProcess(deps, trx, caseId);
  const entry = requireStaff(auditEntry(deps, actor, { action: 'meeting.invite', caseId, meetingId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
  const meeting = await requireMeeting(trx, caseId, meetingId);
  if (meeting.status !== 'planned') throw new AppError('conflict', { nl: 'Voor dit overleg kan niet meer worden uitgenodigd.', en: 'This meeting no longer takes invitations.' });

  let invitee: Invitee;
  let userId: string;
  let partnerId: string;
  let inviteeRole: Role = 'professional';
  if ('userId' in input) {
    const user = await trx.selectFrom('users').select(['id', 'partner_id', 'role', 'active']).where('id', '=', input.userId).where('collaboration_id', '=', ctx.row.collaborationId).executeTakeFirst();
    if (user === undefined || !user.active) throw validationFailed([{ field: 'userId', message: 'no active user of this collaboration' }]);
    userId = user.id;
    partnerId = user.partner_id;
    inviteeRole = user.role as Role;
    invitee = user.role === 'third_party' ? { kind: 'third_party', userId } : { kind: 'partner', partnerId, userId };
  } else {
    if (!ctx.state.subjects.includes(input.subjectId)) throw validationFailed([{ field: 'subjectId', message: 'not a subject of this case' }]);
    // The subject is no user: the invitation row names the subject and the lead partner (see case-state-meetings).
    userId = input.subjectId;
    partnerId = ctx.state.leadPartner;
    invitee = input.role === 'subject' ? { kind: 'subject', subjectId: input.subjectId } : { kind: 'representative', subjectId: input.subjectId, name: input.representativeName, identifiedAt: null };
  }
  const invitation: Invitation = { invitee, role: input.role, invitedAt: now.toISOString() };
  // Seed 000 art. 13.2: a professional of a partner that left finishes the running cases it was in before the end.
  const finishing =
    invitee.kind === 'partner' &&
    'userId' in input &&
    finishesRunningCase({ userId, partnerId, role: inviteeRole, collaborationId: ctx.row.collaborationId }, ctx.facts, ctx.facts.partners.get(partnerId), now.getTime());
  const check = checkInvitation(invitation, ctx.state, ctx.config.process, now.getTime(), finishing);
  if (!check.ok) refuseProcess(entry, check);
  // The table's partners only (seed 000 Bijlage 2); the registrant and the lead partner are part of the case already.
  const tableReason = 'userId' in input ? (input.tableReason ?? null) : null;
  if (invitee.kind === 'partner' && partnerId !== ctx.state.registrant && partnerId !== ctx.state.leadPartner) {
    const participants = await tableParticipants(trx, ctx.row.collaborationId, caseTable(ctx.config, ctx.row.tableId));
    const member = ctx.state.partners.find((p) => p.id === partnerId)?.member === true;
    enforceTable(entry, checkTableParticipant(participants, partnerId, member, tableReason));
  }

  const invitationId = randomUUID();
  const seal = async (field: (typeof CASE_TEXT_FIELDS)[keyof typeof CASE_TEXT_FIELDS], text: string | null | undefined): Promise<Buffer | null> =>
    text === null || text === undefined ? null : sealCaseText(await caseKey(deps, trx, caseId), field, text);
  const inserted = await trx
    .insertInto('meeting_invitations')
    .values({
      id: invitationId,
      meeting_id: meetingId,
      case_id: caseId,
      collaboration_id: ctx.row.collaborationId,
      user_id: userId,
      partner_id: partnerId,
      participant_role: input.role,
      table_reason_enc: await seal(CASE_TEXT_FIELDS.invitationTableReason, tableReason),
      requested_contribution_enc: await seal(CASE_TEXT_FIELDS.invitationRequestedContribution, 'userId' in input ? input.requestedContribution : null),
      information_need_enc: await seal(CASE_TEXT_FIELDS.invitationInformationNeed, 'userId' in input ? input.informationNeed : null),
      invited_at: now,
    })
    .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) throw new AppError('conflict', { nl: 'Deze deelnemer is al uitgenodigd.', en: 'This participant is already invited.' });
  if (invitee.kind === 'partner' || invitee.kind === 'third_party') {
    await trx
      .insertInto('involvement')
      .values({ case_id: caseId, collaboration_id: ctx.row.collaborationId, partner_id: partnerId, user_id: userId, designated_by: actor.userId, designated_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'partner_id', 'user_id']).doUpdateSet({ ended_at: null }))
      .execute();
  }
  if (input.role === 'representative' && ctx.key !== undefined && meeting.preparation_enc !== null) {
    const prep = openPreparation(ctx.key, meeting.preparation_enc);
    const representatives = [...prep.representatives, { subjectId: input.subjectId, name: input.representativeName }];
    await trx.updateTable('meetings').set({ preparation_enc: sealPreparation(ctx.key, prep, representatives), updated_at: now }).where('id', '=', meetingId).execute();
  }
  await deps.audit.append(trx, { ...entry, subjectId: 'subjectId' in input ? input.subjectId : null });
  if (invitee.kind === 'partner' || invitee.kind === 'third_party') {
    await noticeMeetingInvitation(deps, trx, { collaborationId: ctx.row.collaborationId, caseId, meetingId, invitationId, userId, scheduledAt: meeting.scheduled_at, tableId: meeting.table_id });
  }
  return { invitationId, role: input.role };
}
