/**
 * Session reminders for the signed-in user (ADR 0050, ADR 0080): its open actions (or its
 * organisation's) due within a week or overdue, follow-up discussions it takes part in the coming
 * week, the evaluation due for the staff of a case in a collaboration with standing meetings, and
 * the action list still to be sent. The same reminders are part of `/api/reminders`; this list
 * adds the case number. The service gathers what the user's transaction may see; the domain
 * decides what is due and for whom.
 */
import { reminderConcerns } from '../../domain/reporting/reminder-audience.js';
import { sessionReminders } from '../../domain/sessions/reminders.js';
import type { SessionReminderKind } from '../../domain/sessions/reminders.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { sessionReminderSources } from '../reminders/session-reminder-sources.js';

export interface SessionReminderView {
  readonly kind: SessionReminderKind;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly refId: string;
  readonly dueAt: string;
}

export async function mySessionReminders(deps: ServiceDeps, actor: SessionActor): Promise<SessionReminderView[]> {
  return withActor(deps, actor, async (trx) => {
    const sources = await sessionReminderSources(deps, trx, actor.collaborationId);
    const due = sessionReminders(deps.now().getTime(), sources).filter((r) => reminderConcerns(r.concerns, actor));
    const caseIds = [...new Set(due.map((d) => d.caseId))];
    const numbers = caseIds.length === 0 ? [] : await trx.selectFrom('cases').select(['id', 'number']).where('id', 'in', caseIds).execute();
    return due.map((d) => ({ kind: d.kind, caseId: d.caseId, caseNumber: numbers.find((n) => n.id === d.caseId)?.number ?? '', refId: d.refId, dueAt: new Date(d.dueAt).toISOString() }));
  });
}
