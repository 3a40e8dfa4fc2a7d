/**
 * The meetings of a case as the guards see them (§3.3): invitations, attendance, and, when the
 * case key is given, the agenda and the representatives with their identification
 * (`meeting.preparation`, JSON `{ agenda: string[], representatives }`) and the
 * record (`meeting.record`, JSON `{ date?, reason?, status?, plan?: PlanOfApproach }`).
 * Without the key the agenda is empty and the record absent, so RTO and plan guards refuse.
 */
import type { Kysely } from 'kysely';
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import type { Invitation, Meeting, MeetingProposal, MeetingRecord, PlanOfApproach } from '../../domain/process/meeting.js';
import type { Database } from '../schema.js';

export const MEETING_PREPARATION_FIELD = 'meeting.preparation';
export const MEETING_RECORD_FIELD = 'meeting.record';

interface StoredRecord {
  readonly date?: string;
  readonly reason?: string;
  readonly status?: string;
  readonly plan?: PlanOfApproach;
  readonly proposal?: MeetingProposal;
  readonly outcomeInformant?: { readonly userId: string; readonly partnerId: string } | null;
}

/** What the guards read of the stored preparation (see services/meetings/meeting-preparation). */
interface StoredPreparationPart {
  readonly agenda?: readonly string[];
  readonly representatives?: readonly { readonly subjectId: string; readonly name: string; readonly identifiedAt?: string | null }[];
}

export interface LoadedMeetings {
  readonly meetings: readonly Meeting[];
  /** Partners with an invited professional in a meeting that is not cancelled. */
  readonly partnerIds: readonly string[];
}

export async function loadMeetings(trx: Kysely<Database>, caseId: string, key: DataKey | undefined): Promise<LoadedMeetings> {
  const [meetings, invitations, attendance, thirdParties] = await Promise.all([
    trx.selectFrom('meetings').selectAll().where('case_id', '=', caseId).orderBy('scheduled_at').orderBy('id').execute(),
    trx.selectFrom('meeting_invitations').selectAll().where('case_id', '=', caseId).orderBy('invited_at').execute(),
    trx.selectFrom('meeting_attendance').selectAll().where('case_id', '=', caseId).execute(),
    trx.selectFrom('third_parties').select('user_id').where('case_id', '=', caseId).execute(),
  ]);
  const thirdPartyUsers = new Set(thirdParties.map((t) => t.user_id));
  const live = new Set(meetings.filter((m) => m.status !== 'cancelled').map((m) => m.id));
  const partnerIds = new Set(invitations.filter((i) => live.has(i.meeting_id) && !thirdPartyUsers.has(i.user_id)).map((i) => i.partner_id));

  const result = meetings.map((m): Meeting => {
    const preparation = key === undefined || m.preparation_enc === null ? null : (decryptJson(key, MEETING_PREPARATION_FIELD, m.preparation_enc) as StoredPreparationPart);
    const invited = invitations.filter((i) => i.meeting_id === m.id).map((i): Invitation => {
      const invitedAt = i.invited_at.toISOString();
      switch (i.participant_role) {
        case 'subject':
          return { invitee: { kind: 'subject', subjectId: i.user_id }, role: i.participant_role, invitedAt };
        case 'representative': {
          // Name and identification live in the encrypted preparation; without the key: not identified.
          const rep = preparation?.representatives?.find((r) => r.subjectId === i.user_id);
          return { invitee: { kind: 'representative', subjectId: i.user_id, name: rep?.name ?? '', identifiedAt: rep?.identifiedAt ?? null }, role: i.participant_role, invitedAt };
        }
        case 'expert':
        case 'informant':
        case 'intended_executor':
          return thirdPartyUsers.has(i.user_id)
            ? { invitee: { kind: 'third_party', userId: i.user_id }, role: i.participant_role, invitedAt }
            : { invitee: { kind: 'partner', partnerId: i.partner_id, userId: i.user_id }, role: i.participant_role, invitedAt };
      }
    });
    const present = attendance.filter((a) => a.meeting_id === m.id && a.present).map((a) => a.user_id);
    const agenda = preparation?.agenda ?? [];
    let record: MeetingRecord | null = null;
    if (key !== undefined && m.record_enc !== null) {
      const stored = decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as StoredRecord;
      record = {
        date: stored.date ?? (m.held_at ?? m.scheduled_at).toISOString(),
        present,
        reason: stored.reason ?? '',
        status: stored.status ?? m.status,
        plan: stored.plan ?? { goals: [], actions: [] },
        proposal: stored.proposal ?? null,
        actionListSentAt: m.action_list_sent_at?.toISOString() ?? null,
        outcomeInformant: stored.outcomeInformant ?? null,
      };
    }
    return { id: m.id, plannedAt: m.scheduled_at.toISOString(), agenda, invitations: invited, attended: present, record, version: m.version };
  });
  return { meetings: result, partnerIds: [...partnerIds] };
}
