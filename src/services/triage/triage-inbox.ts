/**
 * The asked organisation's triage inbox (§3.2) and taking a question up: the professional who
 * takes it up is designated in the case for its organisation (involvement is personal), and
 * from then on reads the question as its addressee. Nothing else of the case becomes visible.
 */
import { checkMayAnswer } from '../../domain/process/contribution-control.js';
import type { TriageAnswer } from '../../domain/process/records.js';
import { answerKind } from '../../domain/process/triage-guard.js';
import { groupTriageQuestions, readQuestionText } from '../../store/repositories/triage-question-rows.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import { requireCase } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { designate } from './designate.js';
import type { DataKey } from '../../crypto/case-keys.js';
import { optionalCaseKey } from '../phases/process-context.js';

export interface InboxItem {
  readonly questionId: string;
  readonly caseId: string;
  readonly task: string;
  readonly purpose: string;
  readonly askedAt: string;
  readonly onBehalfOfPartnerId: string;
  /** `presence`: "known / not known" only (an enrichment question); `contribution`: an answer with content. */
  readonly answer: TriageAnswer['kind'];
}

const QUESTION = { nl: 'Triagevraag', en: 'Triage question' };

export async function triageInbox(deps: ServiceDeps, actor: SessionActor): Promise<InboxItem[]> {
  return withActor(deps, actor, async (trx) => {
    const rows = await trx
      .selectFrom('triage_questions')
      .selectAll()
      .where('collaboration_id', '=', actor.collaborationId)
      .where('asked_partner_id', '=', actor.partnerId)
      .where('answered_at', 'is', null)
      .where('declined_at', 'is', null)
      .orderBy('asked_at')
      .execute();
    const { triageMode } = (await deps.collaborationConfig(trx, actor.collaborationId)).process;
    // Task and purpose are sealed under the case key, which the asked organisation may read (migration 255).
    const keys = new Map<string, DataKey | undefined>();
    for (const r of rows) if (!keys.has(r.case_id)) keys.set(r.case_id, await optionalCaseKey(deps, trx, r.case_id));
    return rows.map((r) => {
      const [question] = groupTriageQuestions([r], triageMode, keys.get(r.case_id));
      const answer = question === undefined ? 'contribution' : answerKind(question);
      const { task, purpose } = readQuestionText(keys.get(r.case_id), r);
      return { questionId: r.id, caseId: r.case_id, task, purpose, askedAt: r.asked_at.toISOString(), onBehalfOfPartnerId: r.on_behalf_of_partner_id, answer };
    });
  });
}

export async function takeUpQuestion(deps: ServiceDeps, actor: SessionActor, input: { caseId: string; questionId: string }): Promise<{ caseId: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const question = await trx
      .selectFrom('triage_questions')
      .select(['asked_partner_id', 'answered_at', 'on_behalf_of_partner_id'])
      .where('id', '=', input.questionId)
      .where('case_id', '=', input.caseId)
      .executeTakeFirst();
    if (question === undefined) throw notFound(QUESTION);
    // Designated first (a refusal below rolls it back), so the case becomes readable to check it.
    await designate(trx, actor, input.caseId, now);
    const loaded = await requireCase(trx, input.caseId);
    const entry = auditEntry(deps, actor, { action: 'triage.take_up', caseId: input.caseId, purpose: 'triage', onBehalfOfPartnerId: question.on_behalf_of_partner_id });
    enforce(entry, checkMayAnswer(caseActor(actor, loaded.facts, entry.at), question.asked_partner_id, question.answered_at !== null, loaded.row.phase));
    await deps.audit.append(trx, entry);
    return { caseId: input.caseId };
  });
}
