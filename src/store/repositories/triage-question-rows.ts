/**
 * Triage questions are stored one row per asked partner (`triage_questions.asked_partner_id`);
 * the rows written by one request share time, asker, behalf, task and purpose and together
 * form the domain's `TriageQuestion` (§3.2). The question text and why it is needed are
 * encrypted in `question_enc` as JSON `TriageQuestionContent`; task, purpose and the reason for
 * asking every partner each in a column of their own (ADR 0122).
 */
import type { Insertable, Selectable } from 'kysely';
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import type { TriageQuestion, TriageQuestionMode } from '../../domain/process/records.js';
import type { TriageQuestionsTable } from '../schema.js';
import { CASE_TEXT_FIELDS, openCaseText, sealCaseText } from './case-text.js';

export const TRIAGE_QUESTION_FIELD = 'triage_question.content';

export interface TriageQuestionContent {
  readonly text: string;
  readonly whyNeeded: string;
}

export function readQuestionContent(key: DataKey, enc: Buffer): TriageQuestionContent {
  const value = decryptJson(key, TRIAGE_QUESTION_FIELD, enc) as Partial<TriageQuestionContent>;
  return { text: value.text ?? '', whyNeeded: value.whyNeeded ?? '' };
}

/** A question's task, purpose and reason for asking every partner, sealed under the case key (ADR 0122). */
export interface TriageQuestionText {
  readonly task: string;
  readonly purpose: string;
  readonly allPartnersJustification: string | null;
}

/** Without the key (shredded, or out of the actor's reach) the texts read as empty. */
export function readQuestionText(key: DataKey | undefined, r: Selectable<TriageQuestionsTable>): TriageQuestionText {
  return {
    task: openCaseText(key, CASE_TEXT_FIELDS.triageTask, r.task_enc, r.task) ?? '',
    purpose: openCaseText(key, CASE_TEXT_FIELDS.triagePurpose, r.purpose_enc, r.purpose) ?? '',
    allPartnersJustification: openCaseText(key, CASE_TEXT_FIELDS.triageAllPartnersJustification, r.all_partners_justification_enc, r.all_partners_justification),
  };
}

/** The sealed columns of a question's texts, for inserting a row. */
export function sealQuestionText(key: DataKey, text: TriageQuestionText): Pick<Insertable<TriageQuestionsTable>, 'task_enc' | 'purpose_enc' | 'all_partners_justification_enc'> {
  return {
    task_enc: sealCaseText(key, CASE_TEXT_FIELDS.triageTask, text.task),
    purpose_enc: sealCaseText(key, CASE_TEXT_FIELDS.triagePurpose, text.purpose),
    all_partners_justification_enc: sealCaseText(key, CASE_TEXT_FIELDS.triageAllPartnersJustification, text.allPartnersJustification),
  };
}

/**
 * The rows of one request share time, asker and behalf, and (when they can be read) task and
 * purpose; the sealed texts differ per row, so they are compared opened.
 */
function groupKey(r: Selectable<TriageQuestionsTable>, text: TriageQuestionText): string {
  return JSON.stringify([r.asked_at.toISOString(), r.asked_by, r.on_behalf_of_partner_id, text.task, text.purpose]);
}

/** Rows ordered by (asked_at, id) → one question per request, its id the first row's id. */
export function groupTriageQuestions(rows: readonly Selectable<TriageQuestionsTable>[], mode: TriageQuestionMode, key: DataKey | undefined): TriageQuestion[] {
  const groups = new Map<string, Selectable<TriageQuestionsTable>[]>();
  const texts = new Map(rows.map((r) => [r.id, readQuestionText(key, r)]));
  for (const r of rows) {
    const k = groupKey(r, texts.get(r.id) as TriageQuestionText);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [r]);
    else group.push(r);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Selectable<TriageQuestionsTable>;
    const text = texts.get(first.id) as TriageQuestionText;
    return {
      id: first.id,
      caseId: first.case_id,
      mode,
      askedPartners: group.map((r) => r.asked_partner_id),
      onBehalfOf: first.on_behalf_of_partner_id,
      task: text.task,
      purpose: text.purpose,
      whyNeeded: key === undefined ? '' : readQuestionContent(key, first.question_enc).whyNeeded,
      allPartnersJustification: text.allPartnersJustification,
      askedAt: first.asked_at.toISOString(),
      askedBy: first.asked_by,
    };
  });
}
