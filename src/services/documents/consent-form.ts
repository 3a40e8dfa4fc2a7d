/**
 * The consent form of one recorded consent (seed 000 Bijlage 5; P6) as PDF: the subject, every
 * partner it covers by name, the scope, the date, who obtained it, and the right to revoke. An
 * export for the staff of the case and whoever obtained the consent; the subject's identity passes
 * the access gate; the download is audited with purpose and basis.
 */
import { renderPdf } from '../../documents/render.js';
import { consentForm } from '../../documents/templates/consent-form.js';
import { withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { fileName, loadDocumentCase, readSubjects, userNames } from './case-documents.js';
import { documentContext, nameOf, recordExport } from './document-context.js';
import type { RenderedDocument } from './document-context.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import { optionalCaseKey } from '../phases/process-context.js';

export async function consentFormDocument(deps: ServiceDeps, actor: SessionActor, caseId: string, consentId: string): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    const consent = await trx.selectFrom('consents').selectAll().where('id', '=', consentId).where('case_id', '=', caseId).executeTakeFirst();
    if (consent === undefined) throw notFound({ nl: 'Toestemming', en: 'Consent' });
    const doc = await loadDocumentCase(deps, trx, actor, caseId, 'consent_form', { consentObtainer: consent.obtained_by });
    const [subject] = await readSubjects(deps, trx, actor, doc, 'consent_form', consent.subject_id);
    if (subject === undefined) throw notFound({ nl: 'Betrokkene', en: 'Subject' });
    const ctx = await documentContext(deps, trx, doc.loaded.row.collaborationId);
    const facts = doc.loaded.facts;
    const people = await userNames(trx, [consent.obtained_by, ...(facts.caseDirector === null ? [] : [facts.caseDirector])]);
    const person = (id: string) => {
      const u = people.get(id);
      return { name: u?.name ?? 'onbekend', partner: u === undefined ? '' : nameOf(ctx.partnerNames, u.partnerId) };
    };
    await recordExport(deps, trx, actor, { kind: 'consent_form', caseId, phase: facts.phase, subjectId: subject.id, refId: consent.id });
    return {
      number: doc.loaded.row.number,
      definition: consentForm({
        collaborationName: ctx.collaborationName,
        theme: ctx.theme,
        generatedAt: deps.now(),
        caseNumber: doc.loaded.row.number,
        subject,
        partners: consent.partners.map((p) => nameOf(ctx.partnerNames, p)),
        scope: openCaseText(await optionalCaseKey(deps, trx, caseId), CASE_TEXT_FIELDS.consentScope, consent.scope_enc, consent.scope) ?? '',
        givenAt: consent.given_at,
        obtainedBy: person(consent.obtained_by),
        caseDirector: facts.caseDirector === null ? null : person(facts.caseDirector),
        refused: consent.refused,
        revokedAt: consent.revoked_at,
        contact: ctx.contact,
      }),
    };
  });
  return { fileName: fileName('toestemmingsverklaring', data.number), pdf: await renderPdf(data.definition) };
}
