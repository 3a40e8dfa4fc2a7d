/**
 * The asked partner's professional answers a triage question (§3.2). Answering designates the
 * answering professional for its organisation in this case (involvement is personal); the
 * answer is that organisation's contribution, given in triage, stored only with a legal basis
 * (P5) and under the contributor's restrictions (P4). The engine keeps contributors from
 * seeing each other's answers. Designation comes first so Row-Level Security shows the case;
 * a refusal rolls it back with everything else.
 */
import type { ContributionPurpose, LegalBasis, RtoRelease } from '../../domain/model.js';
import { checkMayAnswer } from '../../domain/process/contribution-control.js';
import { checkContributionStorage } from '../../domain/process/contribution-guard.js';
import type { DisclosureScope } from '../../domain/process/sharing-guard.js';
import type { TriageAnswer } from '../../domain/process/records.js';
import { checkTriageAnswer } from '../../domain/process/triage-guard.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { enforceWpg20InForce } from '../provisions/wpg20-decision.js';
import { caseActor, enforce, enforceGuard, enforcePoliceData, loadStateContext } from '../contributions/case-writes.js';
import { enforceDisclosure, recordDisclosureWithoutConsent } from '../contributions/disclosure.js';
import { designate } from './designate.js';
import { isSpecialData } from '../../domain/access/special-kinds.js';
import { contributionSubjects } from '../contributions/contribution-subjects.js';

export interface AnswerTriageQuestionInput {
  readonly caseId: string;
  readonly questionId: string;
  /** "known / not known" (enrichment), or content. */
  readonly known?: boolean | undefined;
  readonly content?: string | undefined;
  /** Required for a content answer: a life domain or a data kind of the case's table. */
  readonly category?: string | undefined;
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: readonly ContributionPurpose[];
  readonly basis: LegalBasis;
  readonly releasedForRto: RtoRelease;
  readonly excluded: readonly string[];
  readonly disclosureScope: DisclosureScope;
  readonly subjects?: readonly string[] | undefined;
}
import { caseTable, enforceTable, partnerSlug, tableCategory } from '../tables/table-context.js';
import { checkTableAnswer } from '../../domain/tables/shared-information.js';
import { readQuestionText } from '../../store/repositories/triage-question-rows.js';

const QUESTION = { nl: 'Triagevraag', en: 'Triage question' };

export async function answerTriageQuestion(deps: ServiceDeps, actor: SessionActor, input: AnswerTriageQuestionInput): Promise<{ contributionId: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    await designate(trx, actor, input.caseId, now);
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const row = await trx.selectFrom('triage_questions').selectAll().where('id', '=', input.questionId).where('case_id', '=', input.caseId).executeTakeFirst();
    if (row === undefined) throw notFound(QUESTION);
    const entry = auditEntry(deps, actor, { action: 'triage.answer', caseId: input.caseId, purpose: 'triage', onBehalfOfPartnerId: row.on_behalf_of_partner_id, legalBasisKind: input.basis.kind });
    enforce(entry, checkMayAnswer(caseActor(actor, loaded.facts, entry.at), row.asked_partner_id, row.answered_at !== null, loaded.row.phase));

    const ctx = await loadStateContext(deps, trx, loaded);
    const { config, key, state } = ctx;
    const question = state.triageQuestions.find((q) => q.askedPartners.includes(actor.partnerId) && q.task === readQuestionText(key, row).task && q.askedAt === row.asked_at.toISOString());
    if (question === undefined) throw notFound(QUESTION);
    const answer: TriageAnswer = input.known !== undefined && input.content === undefined ? { kind: 'presence', known: input.known } : { kind: 'contribution', contributionId: 'new' };
    enforceGuard(entry, checkTriageAnswer(question, answer));
    // The table the question was asked at may let this partner say only "known / not known" (000-R73).
    const askedAt = config.tables.find((t) => t.id === row.table_id);
    if (askedAt !== undefined) enforceTable(entry, checkTableAnswer(askedAt, await partnerSlug(trx, actor.partnerId), answer.kind));
    enforceGuard(entry, checkContributionStorage({ partnerId: actor.partnerId, basis: input.basis, domainCrossing: true }, state, config.process, now.getTime()));
    const police = await enforcePoliceData(trx, entry, actor.partnerId, input.police);
    // P9 (ADR 0190): also "known / not known" is police data; none while the art. 20 decision is not in force.
    await enforceWpg20InForce(trx, entry, actor.partnerId, police, input.basis.kind);

    const disclosure = { from: actor.partnerId, released: input.releasedForRto, excluded: input.excluded, scope: input.disclosureScope, basis: input.basis.kind };
    const withoutConsent = enforceDisclosure(entry, ctx, disclosure, now.getTime());
    const kind = answer.kind === 'presence' ? { category: 'presence', special: false } : tableCategory(entry, caseTable(config, loaded.row.tableId), input.category, input.special);
    const text = answer.kind === 'presence' ? (answer.known ? 'Bekend' : 'Niet bekend') : (input.content ?? '');
    const contribution = await trx
      .insertInto('contributions')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        by_partner_id: actor.partnerId,
        author_user_id: actor.userId,
        given_in: 'triage',
        category: kind.category,
        special: answer.kind === 'presence' ? false : isSpecialData(kind),
        subject_ids: toJson(contributionSubjects(loaded.facts, input.subjects)),
        police,
        purposes: toJson(input.purposes),
        basis: toJson(input.basis),
        released_for_rto: toJson(input.releasedForRto),
        excluded: toJson(input.excluded),
        triage_question_id: row.id,
        content_enc: encryptJson(key, 'contribution.content', answer.kind === 'presence' ? { text, known: answer.known } : { text }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (withoutConsent) await recordDisclosureWithoutConsent(trx, ctx, contribution.id, disclosure, now);
    await trx.updateTable('triage_questions').set({ answered_at: now }).where('id', '=', row.id).execute();
    await deps.audit.append(trx, { ...entry, contributionId: contribution.id });
    return { contributionId: contribution.id };
  });
}
