/**
 * One meeting as the reader may see it: staff, invited participants and the case director in the
 * meeting phases, the registrant in triage (§4a). The read is decided and audited; what was
 * released of the contributions is read elsewhere, contribution by contribution.
 */
import { decryptJson } from '../../crypto/field-cipher.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { gateCaseRead, requireMeeting } from './meeting-access.js';
import { openPreparation } from './meeting-preparation.js';
import type { StoredPreparation } from './meeting-preparation.js';

export interface MeetingView {
  readonly id: string;
  readonly caseId: string;
  readonly tableId: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly version: number;
  readonly preparation: Omit<StoredPreparation, 'agenda'> | null;
  /** `tableReason`: why an incidental partner of the table is invited (seed 000 Bijlage 2), sealed under the case key (ADR 0122). */
  /** `requestedContribution` and `informationNeed`: what is asked of the party and what it needs for the plan (seed 001/003 art. 9.2e, 6.4c). */
  readonly invitations: readonly {
    readonly userId: string;
    readonly partnerId: string;
    readonly role: string;
    readonly tableReason: string | null;
    readonly requestedContribution: string | null;
    readonly informationNeed: string | null;
    readonly invitedAt: string;
  }[];
  readonly attendance: readonly { readonly userId: string; readonly present: boolean }[];
  readonly record: unknown;
  readonly actionListSentAt: string | null;
  /** The collaboration lets the subject or a representative take part (Venlo); the invitation itself is still checked (P2). */
  readonly subjectMayAttend: boolean;
}

export async function viewMeeting(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string): Promise<MeetingView> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    await gateCaseRead(deps, trx, actor, loaded, 'meeting.read', meetingId);
    const m = await requireMeeting(trx, caseId, meetingId);
    const key = await optionalCaseKey(deps, trx, caseId);
    const config = await deps.collaborationConfig(trx, m.collaboration_id);
    const [invitations, attendance] = await Promise.all([
      trx.selectFrom('meeting_invitations').selectAll().where('meeting_id', '=', meetingId).orderBy('invited_at').execute(),
      trx.selectFrom('meeting_attendance').selectAll().where('meeting_id', '=', meetingId).execute(),
    ]);
    let preparation: MeetingView['preparation'] = null;
    if (key !== undefined && m.preparation_enc !== null) {
      const { agenda: _agenda, ...rest } = openPreparation(key, m.preparation_enc);
      preparation = rest;
    }
    return {
      id: m.id,
      caseId,
      tableId: m.table_id,
      scheduledAt: m.scheduled_at.toISOString(),
      status: m.status,
      version: m.version,
      preparation,
      invitations: invitations.map((i) => ({
        userId: i.user_id,
        partnerId: i.partner_id,
        role: i.participant_role,
        tableReason: openCaseText(key, CASE_TEXT_FIELDS.invitationTableReason, i.table_reason_enc, i.table_reason),
        requestedContribution: openCaseText(key, CASE_TEXT_FIELDS.invitationRequestedContribution, i.requested_contribution_enc, null),
        informationNeed: openCaseText(key, CASE_TEXT_FIELDS.invitationInformationNeed, i.information_need_enc, null),
        invitedAt: i.invited_at.toISOString(),
      })),
      attendance: attendance.map((a) => ({ userId: a.user_id, present: a.present })),
      record: key !== undefined && m.record_enc !== null ? decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) : null,
      actionListSentAt: m.action_list_sent_at?.toISOString() ?? null,
      subjectMayAttend: config.process.subjectMayAttend,
    };
  });
}
