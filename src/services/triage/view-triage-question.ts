/**
 * One triage question as its addressee sees it before answering (§3.2): task, purpose, on whose
 * behalf, and which answer the domain accepts — "known / not known" only to an enrichment
 * question (Venlo, seed 002 Bijlage B), else the organisation's own contribution. Only the
 * asked organisation gets it; to anyone else the question does not exist. It carries the case's
 * table: the kinds of data an answer may carry there and what the table expects this organisation
 * to share ("gedeelde informatie", seed 000 Bijlage 2).
 */
import type { TriageAnswer } from '../../domain/process/records.js';
import { answerKind } from '../../domain/process/triage-guard.js';
import { contributionCategories } from '../../domain/tables/data-set.js';
import { ownWeighing } from '../../domain/process/own-weighing.js';
import type { OwnWeighing } from '../../domain/process/own-weighing.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import { loadStateContext } from '../contributions/case-writes.js';
import { groupTriageQuestions } from '../../store/repositories/triage-question-rows.js';
import { withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { sharedInformationFor } from '../tables/view-case-table.js';
import { partnerSlug } from '../tables/table-context.js';
import { answersKnownOnly } from '../../domain/tables/shared-information.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';

export interface TriageQuestionView {
  readonly questionId: string;
  readonly caseId: string;
  readonly task: string;
  readonly purpose: string;
  /** Why this organisation, an incidental partner of the table, is asked (seed 000 Bijlage 2); null when it is a structural one. */
  readonly tableReason: string | null;
  readonly askedAt: string;
  readonly onBehalfOfPartnerId: string;
  readonly answered: boolean;
  /** `presence`: answer "known / not known" and nothing more; `contribution`: answer with content. */
  readonly answer: TriageAnswer['kind'];
  /** The case's table, the kinds of data an answer may carry there, and what the table expects of this organisation (seed 000 Bijlage 2). */
  readonly table: null | { readonly id: string; readonly name: string; readonly categories: readonly { readonly id: string; readonly label: string | null }[]; readonly sharedInformation: string | null };
  /** The asked organisation's own weighing for sharing without consent in this case (P7). */
  readonly weighing: OwnWeighing;
}

const QUESTION = { nl: 'Triagevraag', en: 'Triage question' };

export async function viewTriageQuestion(deps: ServiceDeps, actor: SessionActor, input: { caseId: string; questionId: string }): Promise<TriageQuestionView> {
  return withActor(deps, actor, async (trx) => {
    const row = await trx
      .selectFrom('triage_questions')
      .selectAll()
      .where('id', '=', input.questionId)
      .where('case_id', '=', input.caseId)
      .where('collaboration_id', '=', actor.collaborationId)
      .where('asked_partner_id', '=', actor.partnerId)
      .executeTakeFirst();
    if (row === undefined) throw notFound(QUESTION);
    const config = await deps.collaborationConfig(trx, row.collaboration_id);
    const key = await optionalCaseKey(deps, trx, row.case_id);
    const [question] = groupTriageQuestions([row], config.process.triageMode, key);
    if (question === undefined) throw notFound(QUESTION);
    const table = config.tables.find((t) => t.id === row.table_id);
    const labels = new Map((table?.allowedDataSet ?? []).map((d) => [d.id, d.label]));
    // An asked organisation sees the question before it takes it up, while the case itself is
    // not yet visible to it; an organisation that cannot see the case cannot have recorded a
    // weighing in it either.
    const loaded = await loadCaseFacts(trx, input.caseId);
    const weighing: OwnWeighing = loaded === null ? 'missing' : ownWeighing((await loadStateContext(deps, trx, loaded)).state, actor.partnerId, deps.now().getTime());
    return {
      questionId: row.id,
      caseId: row.case_id,
      task: question.task,
      purpose: question.purpose,
      tableReason: openCaseText(key, CASE_TEXT_FIELDS.triageTableReason, row.table_reason_enc, row.table_reason),
      askedAt: row.asked_at.toISOString(),
      onBehalfOfPartnerId: row.on_behalf_of_partner_id,
      answered: row.answered_at !== null,
      // "Known / not known" where the collaboration enriches, or where the table says so for this partner (000-R73).
      answer: table !== undefined && answersKnownOnly(table, await partnerSlug(trx, actor.partnerId)) ? 'presence' : answerKind(question),
      // A question asked before tables were recorded on it (migration 070) has no table.
      table:
        table === undefined
          ? null
          : {
              id: table.id,
              name: table.name,
              categories: contributionCategories(table).map((id) => ({ id, label: labels.get(id) ?? null })),
              sharedInformation: await sharedInformationFor(trx, table, actor.partnerId),
            },
      weighing,
    };
  });
}
