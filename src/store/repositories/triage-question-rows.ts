/**
 * Triage questions are stored one row per asked partner (`triage_questions.asked_partner_id`);
 * the rows written by one request share time, asker, behalf, task and purpose and together
 * form the domain's `TriageQuestion` (§3.2). The question text and why it is needed are
 * encrypted in `question_enc` as JSON `TriageQuestionContent`.
 */
import type { Selectable } from 'kysely';
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import type { TriageQuestion, TriageQuestionMode } from '../../domain/process/records.js';
import type { TriageQuestionsTable } from '../schema.js';

export const TRIAGE_QUESTION_FIELD = 'triage_question.content';

export interface TriageQuestionContent {
  readonly text: string;
  readonly whyNeeded: string;
}

export function readQuestionContent(key: DataKey, enc: Buffer): TriageQuestionContent {
  const value = decryptJson(key, TRIAGE_QUESTION_FIELD, enc) as Partial<TriageQuestionContent>;
  return { text: value.text ?? '', whyNeeded: value.whyNeeded ?? '' };
}

function groupKey(r: Selectable<TriageQuestionsTable>): string {
  return JSON.stringify([r.asked_at.toISOString(), r.asked_by, r.on_behalf_of_partner_id, r.task, r.purpose]);
}

/** Rows ordered by (asked_at, id) → one question per request, its id the first row's id. */
export function groupTriageQuestions(rows: readonly Selectable<TriageQuestionsTable>[], mode: TriageQuestionMode, key: DataKey | undefined): TriageQuestion[] {
  const groups = new Map<string, Selectable<TriageQuestionsTable>[]>();
  for (const r of rows) {
    const k = groupKey(r);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [r]);
    else group.push(r);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Selectable<TriageQuestionsTable>;
    return {
      id: first.id,
      caseId: first.case_id,
      mode,
      askedPartners: group.map((r) => r.asked_partner_id),
      onBehalfOf: first.on_behalf_of_partner_id,
      task: first.task,
      purpose: first.purpose,
      whyNeeded: key === undefined ? '' : readQuestionContent(key, first.question_enc).whyNeeded,
      allPartnersJustification: first.all_partners_justification,
      askedAt: first.asked_at.toISOString(),
      askedBy: first.asked_by,
    };
  });
}
