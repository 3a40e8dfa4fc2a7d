/**
 * The agenda per meeting date (§7, Venlo per work area, Nijmegen per team): the meetings of the
 * actor's collaboration in a period, optionally for one table or work area. It names cases by
 * id and number only, never by person; `mayOpen` says whether the actor may open the case now.
 * Row-Level Security narrows the meetings to the cases the actor acts in.
 */
import { caseRelation } from '../../domain/access/decide.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import { domainActor, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';

export interface AgendaQuery {
  readonly from: string;
  readonly to: string;
  readonly tableId?: string | undefined;
  readonly workArea?: string | undefined;
}

export interface AgendaItem {
  readonly meetingId: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly tableId: string;
  readonly workArea: string | null;
  readonly scheduledAt: string;
  readonly status: string;
  readonly mayOpen: boolean;
}

export async function meetingAgenda(deps: ServiceDeps, actor: SessionActor, query: AgendaQuery): Promise<AgendaItem[]> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  if (to.getTime() < from.getTime()) throw validationFailed([{ field: 'query.to', message: 'must not be before from' }]);
  return withActor(deps, actor, async (trx) => {
    let q = trx
      .selectFrom('meetings')
      .innerJoin('cases', 'cases.id', 'meetings.case_id')
      .select(['meetings.id', 'meetings.case_id', 'meetings.table_id', 'meetings.scheduled_at', 'meetings.status', 'cases.number', 'cases.work_area'])
      .where('meetings.collaboration_id', '=', actor.collaborationId)
      .where('meetings.scheduled_at', '>=', from)
      .where('meetings.scheduled_at', '<=', to)
      .where('meetings.status', '!=', 'cancelled');
    if (query.tableId !== undefined) q = q.where('meetings.table_id', '=', query.tableId);
    if (query.workArea !== undefined) q = q.where('cases.work_area', '=', query.workArea);
    const rows = await q.orderBy('meetings.scheduled_at').orderBy('cases.number').limit(500).execute();
    const now = deps.now().getTime();
    const items: AgendaItem[] = [];
    for (const r of rows) {
      const loaded = await loadCaseFacts(trx, r.case_id);
      const purpose = loaded === null ? null : defaultPurpose(loaded.facts.phase);
      const mayOpen = loaded !== null && purpose !== null && caseRelation(domainActor(actor), loaded.facts, purpose, now) === null;
      items.push({ meetingId: r.id, caseId: r.case_id, caseNumber: r.number, tableId: r.table_id, workArea: r.work_area, scheduledAt: r.scheduled_at.toISOString(), status: r.status, mayOpen });
    }
    return items;
  });
}
