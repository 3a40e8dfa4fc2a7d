/**
 * The written answer to an access request (P15) as PDF, per subject: built from the same overview
 * as the privacy officer's preview (rights/access-answer.ts: every contribution the engine lets
 * the handler read for `rights_request`, each read audited). Police data is shown, marked not to
 * be copied (P9; art. 27 Wpg). Only the handling privacy officer, while the request is open.
 */
import { renderPdf } from '../../documents/render.js';
import { CATEGORY_NL, LIFE_DOMAIN_NL, labelOf, PURPOSE_NL } from '../../documents/labels.js';
import { accessAnswer } from '../../documents/templates/access-answer.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { buildAccessOverview } from '../rights/access-answer.js';
import { loadRequest, P15_MESSAGES } from '../rights/rights-request-records.js';
import { fileName, userNames } from './case-documents.js';
import { documentContext, nameOf, recordExport } from './document-context.js';
import type { RenderedDocument } from './document-context.js';

const MEETING_ITEM_NL = { meeting_reason: 'Aanleiding overleg', meeting_note: 'Notitie overleg', plan_goal: 'Doel', plan_action: 'Actie' } as const;

export async function accessAnswerDocument(deps: ServiceDeps, actor: SessionActor, requestId: string): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'document.access_answer.download', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', entry);
    const row = await loadRequest(trx, actor.collaborationId, requestId);
    const scoped = { ...entry, caseId: row.case_id, subjectId: row.subject_id };
    if (row.status !== 'open') refuse(scoped, { rule: 'P15', reason: 'P15_request_closed', messages: P15_MESSAGES.P15_request_closed });
    const overview = await buildAccessOverview(deps, trx, actor, row, scoped);
    const caseId = row.case_id ?? '';
    const subject = await trx.selectFrom('subjects').select(['id', 'name_enc']).where('id', '=', row.subject_id ?? '').executeTakeFirst();
    const key = await optionalCaseKey(deps, trx, caseId);
    if (subject === undefined || key === undefined) throw notFound({ nl: 'Betrokkene', en: 'Subject' });
    const c = await trx.selectFrom('cases').select('number').where('id', '=', caseId).executeTakeFirstOrThrow();
    const ctx = await documentContext(deps, trx, actor.collaborationId);
    const handler = (await userNames(trx, [row.handler_user_id])).get(row.handler_user_id);
    const a = overview.answer;
    await recordExport(deps, trx, actor, { kind: 'access_answer', caseId, subjectId: subject.id, refId: row.id });
    return {
      number: c.number,
      definition: accessAnswer({
        collaborationName: ctx.collaborationName,
        theme: ctx.theme,
        generatedAt: deps.now(),
        subjectName: decryptField(key, 'subject.name', subject.name_enc),
        caseNumber: c.number,
        receivedAt: row.registered_at,
        deadlineAt: row.extended_until ?? row.deadline_at,
        items: a.data.map((i) => ({ source: nameOf(ctx.partnerNames, i.source), category: labelOf(CATEGORY_NL, i.category), special: i.special, police: !i.copyable, content: i.content })),
        meetingItems: a.meetingData.map((m) => ({ date: new Date(m.date), kind: MEETING_ITEM_NL[m.kind], domain: m.domain === null ? '—' : labelOf(LIFE_DOMAIN_NL, m.domain), text: m.text })),
        purposes: a.purposes.map((x) => labelOf(PURPOSE_NL, x)),
        categories: a.categories.map((x) => labelOf(CATEGORY_NL, x)),
        recipients: a.recipients.map((x) => nameOf(ctx.partnerNames, x)),
        sources: a.sources.map((x) => nameOf(ctx.partnerNames, x)),
        retentionRule: a.retention.rule,
        deleteAt: a.retention.deleteAt === null ? null : new Date(a.retention.deleteAt),
        withheld: overview.withheld,
        handler: handler === undefined ? 'de functionaris gegevensbescherming' : `${handler.name} (${nameOf(ctx.partnerNames, handler.partnerId)})`,
      }),
    };
  });
  return { fileName: fileName('inzageverzoek', data.number), pdf: await renderPdf(data.definition) };
}
