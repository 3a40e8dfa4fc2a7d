/**
 * The team's work queue of every kind for process directors (issue 15 item 5): new registrations
 * of the pool (the team queue: case number and holder only, see team-queue.ts), and, of the cases
 * the director may see, triage answers in, meetings to prepare, actions overdue and reminders due.
 *
 * Only what the user may see: everything but the pool's new registrations is read in the user's own
 * transaction (Row-Level Security narrows the rows) and each case is decided by the access engine
 * for the purpose of its phase, as My work and My actions are; a case the engine refuses is left
 * out, not refused. The subject's name is shown (and searched) only for cases the engine allows,
 * and each such read is audited as My work's titles are. The domain orders, filters and pages
 * (domain/process/work-queue.ts).
 */
import { caseRelation } from '../../domain/access/decide.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import type { Purpose } from '../../domain/model.js';
import { workPage } from '../../domain/process/work-queue.js';
import type { WorkItem, WorkPage, WorkQuery } from '../../domain/process/work-queue.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import { auditEntry, domainActor, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { NOTICE_LINKS, reminderLink } from '../notifications/notices.js';
import { myReminders } from '../reminders/my-reminders.js';
import { caseKey } from './case-context.js';
import { listTeamQueue } from './team-queue.js';

/** Phases whose cases can have work in the queue (a closed, rejected or deleted case has none). */
const OPEN_PHASES = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'deescalation2'] as const;

interface ReadableCase {
  readonly number: string;
  readonly title: string | null;
}

/** The cases of the ids the engine lets the actor read now, with their number and first subject's name. */
async function readableCases(deps: ServiceDeps, trx: Trx, actor: SessionActor, ids: ReadonlySet<string>): Promise<Map<string, ReadableCase>> {
  const now = deps.now().getTime();
  const out = new Map<string, ReadableCase>();
  for (const id of ids) {
    const loaded = await loadCaseFacts(trx, id);
    if (loaded === null) continue;
    const purpose: Purpose | null = defaultPurpose(loaded.facts.phase);
    if (purpose === null || caseRelation(domainActor(actor), loaded.facts, purpose, now) !== null) continue;
    const row = await trx.selectFrom('cases').select('number').where('id', '=', id).executeTakeFirst();
    if (row === undefined) continue;
    const subject = await trx.selectFrom('subjects').select(['id', 'name_enc']).where('case_id', '=', id).orderBy('created_at').limit(1).executeTakeFirst();
    let title: string | null = null;
    if (subject !== undefined) {
      title = decryptField(await caseKey(deps, trx, id), 'subject.name', subject.name_enc);
      await deps.audit.append(trx, auditEntry(deps, actor, { action: 'case.list_title', caseId: id, subjectId: subject.id, purpose, onBehalfOfPartnerId: loaded.facts.leadPartner }));
    }
    out.set(id, { number: row.number, title });
  }
  return out;
}

type Draft = Omit<WorkItem, 'caseNumber' | 'title'> & { readonly caseId: string };

async function caseWork(deps: ServiceDeps, trx: Trx, actor: SessionActor): Promise<Draft[]> {
  const now = deps.now();
  const answered = await trx
    .selectFrom('triage_questions')
    .innerJoin('cases', 'cases.id', 'triage_questions.case_id')
    .select(['triage_questions.id', 'triage_questions.case_id', 'triage_questions.answered_at'])
    .where('triage_questions.collaboration_id', '=', actor.collaborationId)
    .where('triage_questions.answered_at', 'is not', null)
    .where('cases.phase', '=', 'triage')
    .execute();
  const meetings = await trx
    .selectFrom('meetings')
    .innerJoin('cases', 'cases.id', 'meetings.case_id')
    .select(['meetings.id', 'meetings.case_id', 'meetings.scheduled_at'])
    .where('meetings.collaboration_id', '=', actor.collaborationId)
    .where('meetings.status', '=', 'planned')
    .where('cases.phase', 'in', [...OPEN_PHASES])
    .execute();
  const actions = await trx
    .selectFrom('plan_actions')
    .innerJoin('cases', 'cases.id', 'plan_actions.case_id')
    .select(['plan_actions.id', 'plan_actions.case_id', 'plan_actions.meeting_id', 'plan_actions.due_at'])
    .where('plan_actions.collaboration_id', '=', actor.collaborationId)
    .where('plan_actions.status', '=', 'open')
    .where('plan_actions.due_at', '<', now)
    .where('plan_actions.restricted_at', 'is', null)
    .where('plan_actions.erased_at', 'is', null)
    .where('cases.phase', 'in', [...OPEN_PHASES])
    .execute();
  return [
    ...answered.map((q) => ({ kind: 'triage_answer' as const, id: `triage_answer:${q.id}`, caseId: q.case_id, detail: null, dueAt: (q.answered_at ?? now).getTime(), overdue: false, link: `/cases/${q.case_id}` })),
    ...meetings.map((m) => ({
      kind: 'meeting_to_prepare' as const,
      id: `meeting_to_prepare:${m.id}`,
      caseId: m.case_id,
      detail: null,
      dueAt: m.scheduled_at.getTime(),
      overdue: m.scheduled_at.getTime() < now.getTime(),
      link: NOTICE_LINKS.meeting(m.case_id, m.id),
    })),
    ...actions.map((a) => ({
      kind: 'action_overdue' as const,
      id: `action_overdue:${a.id}`,
      caseId: a.case_id,
      detail: null,
      dueAt: (a.due_at ?? now).getTime(),
      overdue: true,
      link: a.meeting_id === null ? `/cases/${a.case_id}` : NOTICE_LINKS.actionList(a.case_id, a.meeting_id),
    })),
  ];
}

/** The page of the queue asked for; other roles than process directors have no team queue. */
export async function workQueue(deps: ServiceDeps, actor: SessionActor, query: WorkQuery): Promise<WorkPage> {
  if (actor.role !== 'process_director') return workPage([], query);
  const now = deps.now().getTime();
  const pool = await listTeamQueue(deps, actor);
  // Reminders as `/api/reminders` gives them (Row-Level Security and who they concern); an overdue
  // action is listed as such, so its reminder is not listed twice.
  const reminders = (await myReminders(deps, actor)).filter((r) => r.kind !== 'action_overdue' && Date.parse(r.remindFrom) <= now);
  return withActor(deps, actor, async (trx) => {
    const drafts = await caseWork(deps, trx, actor);
    const ids = new Set<string>([...drafts.map((d) => d.caseId), ...reminders.flatMap((r) => (r.caseId === null ? [] : [r.caseId]))]);
    const readable = await readableCases(deps, trx, actor, ids);
    const items: WorkItem[] = pool.map((q) => ({
      kind: 'new_registration',
      id: `new_registration:${q.id}`,
      caseId: q.id,
      caseNumber: q.number,
      title: null,
      detail: q.heldBy,
      dueAt: Date.parse(q.registeredAt),
      overdue: false,
      link: `/cases/${q.id}`,
    }));
    for (const d of drafts) {
      const c = readable.get(d.caseId);
      if (c !== undefined) items.push({ ...d, caseNumber: c.number, title: c.title });
    }
    for (const r of reminders) {
      const c = r.caseId === null ? null : readable.get(r.caseId);
      if (c === undefined) continue;
      items.push({
        kind: 'reminder',
        id: `reminder:${r.kind}:${r.refId}`,
        caseId: r.caseId,
        caseNumber: c?.number ?? null,
        title: c?.title ?? null,
        detail: r.kind,
        dueAt: Date.parse(r.dueAt),
        overdue: r.overdue,
        link: reminderLink(r.kind, r.caseId, r.refId),
      });
    }
    await deps.audit.append(trx, auditEntry(deps, actor, { action: 'case.work_queue.list' }));
    return workPage(items, query);
  });
}
