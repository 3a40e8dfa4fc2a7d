/**
 * What the subject is told at the end of the triage (seed 003 Bijlage 3 fase 2, "Casus gaat door
 * naar het RTO"): the outcome, the goal and themes of the RTO, its participants with their role,
 * and its rights. Taken from the prepared meeting at the moment of informing and kept with the
 * record, sealed under the case key: the preparation and the invitations may change afterwards.
 */
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { Trx } from '../ports.js';
import { openPreparation } from '../meetings/meeting-preparation.js';

export const TOLD_FIELD = 'informing.told';

export interface ToldAboutRto {
  readonly meetingId: string;
  readonly goal: string;
  readonly themes: readonly string[];
  readonly participants: readonly { readonly partnerId: string; readonly role: string }[];
  readonly rightsExplained: boolean;
}

/** The meeting told about: the one named, else the latest prepared and not cancelled; null when none. */
export async function preparedMeeting(trx: Trx, caseId: string, meetingId: string | undefined): Promise<{ id: string; preparation_enc: Buffer | null } | null> {
  let q = trx.selectFrom('meetings').select(['id', 'preparation_enc']).where('case_id', '=', caseId).where('status', '!=', 'cancelled').where('preparation_enc', 'is not', null);
  if (meetingId !== undefined) q = q.where('id', '=', meetingId);
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst()) ?? null;
}

export async function whatWasTold(trx: Trx, key: DataKey, meeting: { id: string; preparation_enc: Buffer | null }, rightsExplained: boolean): Promise<ToldAboutRto> {
  const preparation = meeting.preparation_enc === null ? null : openPreparation(key, meeting.preparation_enc);
  const invitations = await trx.selectFrom('meeting_invitations').select(['partner_id', 'participant_role']).where('meeting_id', '=', meeting.id).orderBy('invited_at').orderBy('id').execute();
  const participants: { partnerId: string; role: string }[] = [];
  for (const i of invitations) {
    if (!participants.some((p) => p.partnerId === i.partner_id && p.role === i.participant_role)) participants.push({ partnerId: i.partner_id, role: i.participant_role });
  }
  return { meetingId: meeting.id, goal: preparation?.goal ?? '', themes: preparation?.themes ?? [], participants, rightsExplained };
}

export function sealTold(key: DataKey, told: ToldAboutRto): Buffer {
  return encryptJson(key, TOLD_FIELD, told);
}

export function openTold(key: DataKey, enc: Buffer): ToldAboutRto {
  return decryptJson(key, TOLD_FIELD, enc) as ToldAboutRto;
}
