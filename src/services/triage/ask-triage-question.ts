/**
 * The process director asks *selected* partners on behalf of the lead partner (§3.2). The
 * domain decides: asking every core partner needs a recorded justification; Venlo's enrichment
 * asks all core partners "known / not known" only. Asking designates nobody. Each asked partner
 * gets its own copy of the question, stored as the lead partner's contribution shared with that
 * partner alone, so an addressee never learns whom else was asked. Only the table's partners are
 * asked: structural ones, incidental ones with a recorded reason, others where the table lets any
 * covenant partner join (seed 000 Bijlage 2).
 */
import type { LegalBasis } from '../../domain/model.js';
import { checkMayAsk } from '../../domain/process/contribution-control.js';
import { checkContributionStorage } from '../../domain/process/contribution-guard.js';
import type { TriageQuestion } from '../../domain/process/records.js';
import { checkTriageQuestion } from '../../domain/process/triage-guard.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import { toJson } from '../../store/schema.js';
import { sealQuestionText, TRIAGE_QUESTION_FIELD } from '../../store/repositories/triage-question-rows.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, enforceGuard, loadStateContext } from '../contributions/case-writes.js';
import { noticeTriageQuestion } from '../notifications/notices.js';
import { checkTableParticipant } from '../../domain/tables/participation.js';
import { caseTable, enforceTable, tableParticipants } from '../tables/table-context.js';
import { sharedInformationFor } from '../tables/view-case-table.js';

export interface AskTriageQuestionInput {
  readonly caseId: string;
  readonly partners: readonly string[];
  /** Must be the lead partner (the registrant in triage). */
  readonly onBehalfOf: string;
  readonly task: string;
  readonly purpose: string;
  readonly whyNeeded: string;
  readonly question: string;
  readonly allPartnersJustification?: string | undefined;
  /** Why the table's incidental partners among the asked are needed for this case (seed 000 Bijlage 2). */
  readonly tableReason?: string | undefined;
}

export interface AskedQuestion {
  /** One per asked partner: the question row and the shared question contribution. */
  readonly asked: readonly { readonly partnerId: string; readonly questionId: string; readonly contributionId: string }[];
}

export async function askTriageQuestion(deps: ServiceDeps, actor: SessionActor, input: AskTriageQuestionInput): Promise<AskedQuestion> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const entry = auditEntry(deps, actor, { action: 'triage.ask', caseId: input.caseId, purpose: 'triage', onBehalfOfPartnerId: input.onBehalfOf });
    enforce(entry, checkMayAsk(caseActor(actor, loaded.facts, entry.at), loaded.row.phase));
    if (new Set(input.partners).size !== input.partners.length) throw validationFailed([{ field: 'partners', message: 'a partner is listed twice' }]);
    if (input.partners.includes(loaded.row.registrantPartnerId)) throw validationFailed([{ field: 'partners', message: 'the registrant is not asked its own question' }]);

    const { config, key, state } = await loadStateContext(deps, trx, loaded);
    const question: TriageQuestion = {
      id: 'new',
      caseId: input.caseId,
      mode: config.process.triageMode,
      askedPartners: input.partners,
      onBehalfOf: input.onBehalfOf,
      task: input.task,
      purpose: input.purpose,
      whyNeeded: input.whyNeeded,
      allPartnersJustification: input.allPartnersJustification ?? null,
      askedAt: now.toISOString(),
      askedBy: actor.userId,
    };
    enforceGuard(entry, checkTriageQuestion(question, state, config.process, now.getTime()));
    const table = caseTable(config, loaded.row.tableId);
    const participants = await tableParticipants(trx, actor.collaborationId, table);
    for (const partnerId of input.partners) {
      const member = state.partners.find((p) => p.id === partnerId)?.member === true;
      enforceTable(entry, checkTableParticipant(participants, partnerId, member, input.tableReason));
    }

    // The question is the lead partner's contribution: it rests on the basis of the registration.
    const registration = await trx
      .selectFrom('contributions')
      .select(['basis', 'special', 'police'])
      .where('case_id', '=', input.caseId)
      .where('category', '=', 'registration')
      .where('withdrawn_at', 'is', null)
      .orderBy('created_at')
      .executeTakeFirst();
    const basis = (registration?.basis ?? null) as LegalBasis | null;
    enforceGuard(entry, checkContributionStorage({ partnerId: input.onBehalfOf, basis, domainCrossing: true }, state, config.process, now.getTime()));

    const behalf = state.partners.find((p) => p.id === input.onBehalfOf)?.name ?? input.onBehalfOf;
    const asked: { partnerId: string; questionId: string; contributionId: string }[] = [];
    for (const partnerId of input.partners) {
      const expected = await sharedInformationFor(trx, table, partnerId);
      const row = await trx
        .insertInto('triage_questions')
        .values({
          case_id: input.caseId,
          collaboration_id: actor.collaborationId,
          asked_partner_id: partnerId,
          asked_by: actor.userId,
          on_behalf_of_partner_id: input.onBehalfOf,
          ...sealQuestionText(key, { task: input.task, purpose: input.purpose, allPartnersJustification: input.allPartnersJustification ?? null }),
          question_enc: encryptJson(key, TRIAGE_QUESTION_FIELD, { text: input.question, whyNeeded: input.whyNeeded }),
          table_reason_enc: sealCaseText(key, CASE_TEXT_FIELDS.triageTableReason, input.tableReason ?? null),
          table_id: table.id,
          asked_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const contribution = await trx
        .insertInto('contributions')
        .values({
          case_id: input.caseId,
          collaboration_id: actor.collaborationId,
          by_partner_id: input.onBehalfOf,
          author_user_id: actor.userId,
          given_in: 'triage',
          category: 'triage_question',
          special: false,
          police: false,
          purposes: toJson(['triage']),
          basis: toJson(basis),
          shared_with: toJson([partnerId]),
          triage_question_id: row.id,
          content_enc: encryptJson(key, 'contribution.content', {
            text: `${input.question}\n\nNamens: ${behalf}. Taak: ${input.task}. Doel: ${input.purpose}. Waarom nodig: ${input.whyNeeded}${expected === null ? '' : `\n\nWat deze overlegtafel van uw organisatie vraagt: ${expected}`}`,
          }),
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await deps.audit.append(trx, { ...entry, contributionId: contribution.id, legalBasisKind: basis?.kind ?? null });
      asked.push({ partnerId, questionId: row.id, contributionId: contribution.id });
      await noticeTriageQuestion(deps, trx, { collaborationId: actor.collaborationId, caseId: input.caseId, questionId: row.id, partnerId });
    }
    return { asked };
  });
}
