/**
 * Free text of a case that used to be stored in plaintext (finding L1, ADR 0122), now sealed under
 * the case key like the rest of the case: a subject's relation, a consent's scope, the plan action
 * of a take-along grant, a triage question's task, purpose and reason for asking every
 * partner, and the reason an incidental partner of the table is asked or invited (migration 265). The field name goes into the associated data with the case id, so a sealed value
 * cannot be moved to another case or column. A row an older version wrote keeps its plaintext
 * only until the database is opened (src/services/setup/seal-case-text.ts); reading falls back to
 * it for that moment.
 */
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptField, encryptField } from '../../crypto/field-cipher.js';

export const CASE_TEXT_FIELDS = {
  subjectRelation: 'subject.relation',
  consentScope: 'consent.scope',
  grantPlanAction: 'take_along_grant.plan_action',
  triageTask: 'triage_question.task',
  triagePurpose: 'triage_question.purpose',
  triageAllPartnersJustification: 'triage_question.all_partners_justification',
  triageTableReason: 'triage_question.table_reason',
  invitationTableReason: 'meeting_invitation.table_reason',
  invitationRequestedContribution: 'meeting_invitation.requested_contribution',
  invitationInformationNeed: 'meeting_invitation.information_need',
  /** The closing note (`cases.closing_note_enc`, migration 390); older rows kept it in `cases.closing_criteria.closing.note`. */
  closingNote: 'case.closing_note',
} as const;

export type CaseTextField = (typeof CASE_TEXT_FIELDS)[keyof typeof CASE_TEXT_FIELDS];

export function sealCaseText(key: DataKey, field: CaseTextField, text: string): Buffer;
export function sealCaseText(key: DataKey, field: CaseTextField, text: string | null): Buffer | null;
export function sealCaseText(key: DataKey, field: CaseTextField, text: string | null): Buffer | null {
  return text === null ? null : encryptField(key, field, text);
}

/** The sealed value opened, else the plaintext of a row not yet sealed; without a key: null. */
export function openCaseText(key: DataKey | undefined, field: CaseTextField, sealed: Buffer | null, plain: string | null): string | null {
  if (sealed !== null) return key === undefined ? null : decryptField(key, field, sealed);
  return plain;
}
