/**
 * The record and the action list of an RTO as PDF (seed 003 fase 3; §3.3). Both are exports: the
 * reader must be able to read the meeting (staff, invited participants, the case director), the
 * subjects' identity passes the access gate, and the action list carries a contribution only when
 * the engine allows this reader to take it along (P4: the contributor's grant) — each such
 * take-along decided and audited; what the reader may not take along is not in its list.
 */
import { detailsAsText } from '../../domain/process/registration-details.js';
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
import { ACTION_LIST_DUE_DAYS } from '../../domain/process/meeting.js';
import type { MeetingNote, PlanGoal } from '../../domain/process/meeting.js';
import { addDays } from '../../domain/time/date-math.js';
import { renderPdf } from '../../documents/render.js';
import { actionList, meetingRecord } from '../../documents/templates/meeting.js';
import type { PlanActionLine, TakenAlong } from '../../documents/templates/meeting.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { gate, withActor, wouldAllow } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { readContributionRow } from '../cases/view-case.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { gateCaseRead, requireMeeting } from '../meetings/meeting-access.js';
import { PLAN_ACTION_FIELD } from '../meetings/save-meeting-record.js';
import { fileName, loadDocumentCase, readSubjects, userNames } from './case-documents.js';
import type { DocumentCase } from './case-documents.js';
import { documentContext, nameOf, recordExport } from './document-context.js';
import type { RenderedDocument } from './document-context.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';

const STATUS_NL: Readonly<Record<string, string>> = { planned: 'gepland', held: 'gehouden', cancelled: 'geannuleerd' };

async function planActions(deps: ServiceDeps, trx: Trx, doc: DocumentCase, meetingId: string, partnerNames: ReadonlyMap<string, string>): Promise<PlanActionLine[]> {
  const key = await optionalCaseKey(deps, trx, doc.loaded.row.id);
  const rows = await trx.selectFrom('plan_actions').selectAll().where('meeting_id', '=', meetingId).where('restricted_at', 'is', null).where('erased_at', 'is', null).orderBy('due_at').orderBy('id').execute();
  const owners = await userNames(trx, rows.flatMap((r) => (r.owner_user_id === null ? [] : [r.owner_user_id])));
  return rows.map((a) => {
    const partner = nameOf(partnerNames, a.owner_partner_id);
    const user = a.owner_user_id === null ? undefined : owners.get(a.owner_user_id);
    return {
      id: a.id,
      description: key === undefined ? '' : decryptField(key, PLAN_ACTION_FIELD, a.description_enc),
      owner: user === undefined ? partner : `${user.name} (${partner})`,
      lifeDomain: a.life_domain,
      dueAt: a.due_at,
      status: a.status,
    };
  });
}

async function header(deps: ServiceDeps, trx: Trx, actor: SessionActor, doc: DocumentCase, kind: string, meetingId: string) {
  const meeting = await requireMeeting(trx, doc.loaded.row.id, meetingId);
  const ctx = await documentContext(deps, trx, doc.loaded.row.collaborationId);
  const config = await deps.collaborationConfig(trx, doc.loaded.row.collaborationId);
  const subjects = await readSubjects(deps, trx, actor, doc, kind);
  return {
    meeting,
    ctx,
    head: {
      collaborationName: ctx.collaborationName,
      theme: ctx.theme,
      generatedAt: deps.now(),
      caseNumber: doc.loaded.row.number,
      tableName: config.tables.find((t) => t.id === meeting.table_id)?.name ?? meeting.table_id,
      subjects: subjects.map((s) => s.name),
      heldAt: meeting.held_at ?? meeting.scheduled_at,
    },
  };
}

export async function meetingRecordDocument(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    const doc = await loadDocumentCase(deps, trx, actor, caseId, 'meeting_record');
    await gateCaseRead(deps, trx, actor, doc.loaded, 'meeting.read', meetingId);
    const { meeting, ctx, head } = await header(deps, trx, actor, doc, 'meeting_record', meetingId);
    const key = await optionalCaseKey(deps, trx, caseId);
    const stored = key !== undefined && meeting.record_enc !== null ? (decryptJson(key, MEETING_RECORD_FIELD, meeting.record_enc) as { reason?: string; status?: string; notes?: MeetingNote[]; plan?: { goals?: PlanGoal[] } }) : null;
    const attendance = await trx.selectFrom('meeting_attendance').select('user_id').where('meeting_id', '=', meetingId).where('present', '=', true).execute();
    const people = await userNames(trx, [...attendance.map((a) => a.user_id), ...(doc.loaded.facts.caseDirector === null ? [] : [doc.loaded.facts.caseDirector])]);
    const person = (id: string): string => {
      const u = people.get(id);
      return u === undefined ? 'betrokkene of vertegenwoordiger' : `${u.name} (${nameOf(ctx.partnerNames, u.partnerId)})`;
    };
    await recordExport(deps, trx, actor, { kind: 'meeting_record', caseId, phase: doc.loaded.facts.phase, refId: meetingId });
    return { number: doc.loaded.row.number, definition: meetingRecord({
      ...head,
      status: STATUS_NL[stored?.status ?? meeting.status] ?? meeting.status,
      reason: stored?.reason ?? '',
      stateOfAffairs: (stored?.notes ?? []).filter((n) => n.kind === 'state_of_affairs').map((n) => n.text),
      present: attendance.map((a) => person(a.user_id)),
      goals: stored?.plan?.goals ?? [],
      actions: await planActions(deps, trx, doc, meetingId, ctx.partnerNames),
      caseDirector: doc.loaded.facts.caseDirector === null ? null : person(doc.loaded.facts.caseDirector),
    }) };
  });
  return { fileName: fileName('verslag-rto', data.number), pdf: await renderPdf(data.definition) };
}

export async function actionListDocument(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    const doc = await loadDocumentCase(deps, trx, actor, caseId, 'action_list');
    await gateCaseRead(deps, trx, actor, doc.loaded, 'meeting.action_list.read', meetingId);
    const { meeting, ctx, head } = await header(deps, trx, actor, doc, 'action_list', meetingId);
    const actions = await planActions(deps, trx, doc, meetingId, ctx.partnerNames);
    const facts = doc.loaded.facts;
    const groups = new Map<string, TakenAlong['items'][number][]>();
    // The reader's own grants; the plan action each names is sealed under the case key (ADR 0122).
    const key = await optionalCaseKey(deps, trx, caseId);
    const myGrants = await trx
      .selectFrom('take_along_grants')
      .select(['contribution_id', 'plan_action', 'plan_action_enc'])
      .where('case_id', '=', caseId)
      .where('to_user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .orderBy('granted_at')
      .orderBy('id')
      .execute();
    let notForReader = 0;
    for (const c of facts.contributions.values()) {
      if (c.withdrawn) continue;
      const resource = { kind: 'contribution', id: c.id } as const;
      if (!wouldAllow(deps, actor, facts, resource, 'plan_execution', 'take_along')) {
        if (wouldAllow(deps, actor, facts, resource, 'plan_execution', 'read')) notForReader++;
        continue;
      }
      const decision = await gate(deps, trx, actor, facts, { resource, purpose: 'plan_execution', action: 'take_along', auditAction: 'contribution.take_along' });
      const view = await readContributionRow(deps, trx, doc.loaded, c.id, decision.obligations);
      for (const g of myGrants.filter((x) => x.contribution_id === c.id)) {
        const planAction = openCaseText(key, CASE_TEXT_FIELDS.grantPlanAction, g.plan_action_enc, g.plan_action) ?? '';
        const label = actions.find((a) => a.id === planAction)?.description ?? planAction;
        const list = groups.get(label) ?? [];
        list.push({ by: nameOf(ctx.partnerNames, view.byPartnerId), category: view.category, content: [view.content, detailsAsText(view.details)].filter((x) => x !== '').join('\n') });
        groups.set(label, list);
      }
    }
    const me = (await userNames(trx, [actor.userId])).get(actor.userId);
    await recordExport(deps, trx, actor, { kind: 'action_list', caseId, phase: facts.phase, refId: meetingId });
    return { number: doc.loaded.row.number, definition: actionList({
      ...head,
      reader: { name: me?.name ?? actor.displayName, partner: nameOf(ctx.partnerNames, actor.partnerId) },
      sendBy: meeting.held_at === null ? null : new Date(addDays(meeting.held_at.getTime(), ACTION_LIST_DUE_DAYS)),
      sentAt: meeting.action_list_sent_at,
      actions,
      takenAlong: [...groups].map(([actionLabel, items]) => ({ actionLabel, items })),
      notForReader,
    }) };
  });
  return { fileName: fileName('actielijst', data.number), pdf: await renderPdf(data.definition) };
}
