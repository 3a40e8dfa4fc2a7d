/**
 * Who may write a consent record, and with which date (P6; seed 000 art. 7; finding M8).
 *
 * A revocation is recorded on the subject's behalf, and it stops every partner's processing
 * that rests on the consent, so not every participant may record one: only the process director
 * acting in the case, or a designated professional of the partner that recorded the consent. A
 * consent recorded by the process director has no recording partner (the director does not act
 * on the title of its employer), so only a process director records its revocation.
 *
 * The date a consent was given lies neither in the future nor before the case was registered: a
 * record with such a date would make a consent seem to hold for processing it never covered.
 */
import type { PartnerId, Role } from '../model.js';

export const CONSENT_RECORD_REASONS = {
  consent_revocation_not_recorder: {
    rule: 'P6',
    nl: 'Alleen de procesregisseur of de partij die deze toestemming heeft vastgelegd, legt namens betrokkene de intrekking vast.',
    en: 'Only the process director or the organisation that recorded this consent records its revocation on the subject\'s behalf.',
  },
} as const;

export type ConsentRecordReason = keyof typeof CONSENT_RECORD_REASONS;

export type ConsentRecordResult = { readonly ok: true } | { readonly ok: false; readonly rule: 'P6'; readonly reason: ConsentRecordReason };

export interface ConsentRevoker {
  readonly partnerId: PartnerId;
  readonly role: Role;
  /** Process director or support acting in this case. */
  readonly staff: boolean;
  /** Designated by its organisation in this case. */
  readonly designated: boolean;
}

/**
 * @param recordedByPartner the partner whose professional recorded the consent, or null when the
 *   process director (or support) of the case recorded it.
 */
export function checkConsentRevocation(actor: ConsentRevoker, recordedByPartner: PartnerId | null): ConsentRecordResult {
  if (actor.staff && actor.role === 'process_director') return { ok: true };
  if (recordedByPartner !== null && actor.designated && actor.partnerId === recordedByPartner) return { ok: true };
  return { ok: false, rule: 'P6', reason: 'consent_revocation_not_recorder' };
}

/** The partner a consent record is attributed to: none when staff of the collaboration recorded it. */
export function consentRecordingPartner(recorder: { readonly partnerId: PartnerId; readonly role: Role }): PartnerId | null {
  return recorder.role === 'process_director' || recorder.role === 'support' ? null : recorder.partnerId;
}

export type ConsentDateIssue = 'in_future' | 'before_case';

/** Why a consent date cannot be recorded, or null when it can. */
export function consentDateIssue(givenAt: number, caseRegisteredAt: number, now: number): ConsentDateIssue | null {
  if (givenAt > now) return 'in_future';
  if (givenAt < caseRegisteredAt) return 'before_case';
  return null;
}

export const CONSENT_DATE_MESSAGES: Readonly<Record<ConsentDateIssue, string>> = {
  in_future: 'de datum ligt in de toekomst',
  before_case: 'de datum ligt vóór de aanmelding van de casus',
};
