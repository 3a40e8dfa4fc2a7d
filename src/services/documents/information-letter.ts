/**
 * The information letter to a subject (P10) as PDF, in its variants: the registration, the RTO
 * outcome, a third party, the deletion at de-escalation. Made by whoever informs: the staff on
 * behalf of the lead partner, or the lead partner's designated professional; the subject's
 * identity passes the access gate; the download is audited with purpose and basis.
 */
import { decryptJson } from '../../crypto/field-cipher.js';
import type { LetterTopic } from '../../domain/documents/document-kinds.js';
import type { PlanGoal } from '../../domain/process/meeting.js';
import { renderPdf } from '../../documents/render.js';
import { LIFE_DOMAIN_NL, labelOf } from '../../documents/labels.js';
import { informationLetter } from '../../documents/templates/information-letter.js';
import type { InformationLetterData } from '../../documents/templates/information-letter.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { readQuestionText } from '../../store/repositories/triage-question-rows.js';
import { withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { optionalCaseKey } from '../phases/process-context.js';
import type { DocumentCase } from './case-documents.js';
import { fileName, loadDocumentCase, readSubjects, userNames } from './case-documents.js';
import { documentContext, nameOf, recordExport } from './document-context.js';
import type { DocumentContext, RenderedDocument } from './document-context.js';

async function variant(deps: ServiceDeps, trx: Trx, doc: DocumentCase, ctx: DocumentContext, topic: LetterTopic): Promise<Partial<InformationLetterData>> {
  const caseId = doc.loaded.row.id;
  switch (topic) {
    case 'registration': {
      // Seed 003 B3-F1: the steps of this phase, which information is asked of whom and why.
      const config = await deps.collaborationConfig(trx, doc.loaded.row.collaborationId);
      const questions = await trx.selectFrom('triage_questions').selectAll().where('case_id', '=', caseId).orderBy('asked_at').execute();
      const key = questions.length === 0 ? undefined : await optionalCaseKey(deps, trx, caseId);
      return {
        registration: {
          steps: config.process.steps.map((st) => st.label),
          requests: questions.map((q) => ({ organisation: nameOf(ctx.partnerNames, q.asked_partner_id), purpose: readQuestionText(key, q).purpose })),
        },
      };
    }
    case 'rto_outcome': {
      const m = await trx.selectFrom('meetings').selectAll().where('case_id', '=', caseId).where('status', '=', 'held').orderBy('held_at', 'desc').executeTakeFirst();
      const key = await optionalCaseKey(deps, trx, caseId);
      const stored = m !== undefined && key !== undefined && m.record_enc !== null ? (decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as { plan?: { goals?: PlanGoal[] } }) : null;
      const director = doc.loaded.facts.caseDirector;
      const partner = director === null ? undefined : (await userNames(trx, [director])).get(director)?.partnerId;
      return {
        rtoOutcome: {
          heldAt: m?.held_at ?? null,
          caseDirector: partner === undefined ? null : nameOf(ctx.partnerNames, partner),
          goals: (stored?.plan?.goals ?? []).map((g) => `${labelOf(LIFE_DOMAIN_NL, g.domain)}: ${g.goal}`),
        },
      };
    }
    case 'third_party': {
      const t = await trx.selectFrom('third_parties').select(['partner_id', 'created_at']).where('case_id', '=', caseId).where('ended_at', 'is', null).orderBy('created_at', 'desc').executeTakeFirst();
      return t === undefined ? {} : { thirdParty: { organisation: nameOf(ctx.partnerNames, t.partner_id), since: t.created_at } };
    }
    case 'deletion': {
      const d = await trx.selectFrom('deescalation_decisions').select(['archive_due_at', 'delete_due_at']).where('case_id', '=', caseId).orderBy('decided_at', 'desc').executeTakeFirst();
      return { deletion: { archiveAt: d?.archive_due_at ?? null, deleteAt: d?.delete_due_at ?? null } };
    }
  }
}

export async function informationLetterDocument(deps: ServiceDeps, actor: SessionActor, caseId: string, subjectId: string, topic: LetterTopic): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    const doc = await loadDocumentCase(deps, trx, actor, caseId, 'information_letter', { topic });
    const [subject] = await readSubjects(deps, trx, actor, doc, 'information_letter', subjectId);
    if (subject === undefined) throw notFound({ nl: 'Betrokkene', en: 'Subject' });
    const ctx = await documentContext(deps, trx, doc.loaded.row.collaborationId);
    const facts = doc.loaded.facts;
    // The partners involved: the lead partner, those with designated professionals and those that contributed.
    const involved = new Set<string>([doc.loaded.row.leadPartnerId, ...facts.involved.keys(), ...[...facts.contributions.values()].map((c) => c.by)]);
    const partners = [...involved].filter((p) => facts.partners.get(p)?.member !== false).map((p) => nameOf(ctx.partnerNames, p)).sort((a, b) => a.localeCompare(b, 'nl'));
    const me = (await userNames(trx, [actor.userId])).get(actor.userId);
    await recordExport(deps, trx, actor, { kind: 'information_letter', caseId, phase: facts.phase, subjectId: subject.id, refId: null });
    return {
      number: doc.loaded.row.number,
      definition: informationLetter({
        topic,
        collaborationName: ctx.collaborationName,
        theme: ctx.theme,
        generatedAt: deps.now(),
        caseNumber: doc.loaded.row.number,
        subject,
        onBehalfOf: nameOf(ctx.partnerNames, doc.loaded.row.leadPartnerId),
        sender: { name: me?.name ?? actor.displayName, partner: nameOf(ctx.partnerNames, actor.partnerId) },
        partners,
        registeredAt: doc.loaded.row.createdAt,
        contact: ctx.contact,
        rightsTerm: ctx.rightsTerm,
        controllerDescription: ctx.controllerDescription,
        covenant: ctx.covenant,
        ...(await variant(deps, trx, doc, ctx, topic)),
      }),
    };
  });
  return { fileName: fileName(`informatiebrief-${topic}`, data.number), pdf: await renderPdf(data.definition) };
}
