/**
 * Session reminders for the signed-in user (ADR 0050): its organisation's open actions due within
 * a week or overdue, follow-up discussions it is invited to in the coming week, and — for the
 * staff of a case in a collaboration with standing meetings — the evaluation that is due. The
 * service gathers what the user's transaction may see; the domain decides what is due.
 */
import { sessionReminders } from '../../domain/sessions/reminders.js';
import type { SessionReminderKind } from '../../domain/sessions/reminders.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';

export interface SessionReminderView {
  readonly kind: SessionReminderKind;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly refId: string;
  readonly dueAt: string;
}

export async function mySessionReminders(deps: ServiceDeps, actor: SessionActor): Promise<SessionReminderView[]> {
  return withActor(deps, actor, async (trx) => {
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const staffOf = (await trx.selectFrom('case_staff').select('case_id').where('user_id', '=', actor.userId).where('ended_at', 'is', null).execute()).map((r) => r.case_id);
    const actions = await trx
      .selectFrom('plan_actions')
      .select(['id', 'case_id', 'due_at', 'status'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('owner_partner_id', '=', actor.partnerId), eb('owner_user_id', '=', actor.userId)]))
      .execute();
    const planned = await trx
      .selectFrom('meetings')
      .leftJoin('meeting_invitations', (j) => j.onRef('meeting_invitations.meeting_id', '=', 'meetings.id').on('meeting_invitations.user_id', '=', actor.userId))
      .select(['meetings.id', 'meetings.case_id', 'meetings.scheduled_at', 'meeting_invitations.user_id'])
      .where('meetings.collaboration_id', '=', actor.collaborationId)
      .where('meetings.status', '=', 'planned')
      .execute();
    const held = await trx.selectFrom('meetings').select(['case_id', 'held_at', 'scheduled_at']).where('collaboration_id', '=', actor.collaborationId).where('status', '=', 'held').execute();
    const lastHeld = new Map<string, number>();
    for (const h of held) lastHeld.set(h.case_id, Math.max(lastHeld.get(h.case_id) ?? 0, (h.held_at ?? h.scheduled_at).getTime()));
    // A follow-up: a planned discussion of a case that was discussed before, for whom is invited or staff.
    const followUps = planned
      .filter((m) => lastHeld.has(m.case_id) && (m.user_id !== null || staffOf.includes(m.case_id)))
      .map((m) => ({ meetingId: m.id, caseId: m.case_id, scheduledAt: m.scheduled_at.getTime() }));
    const running = staffOf.length === 0 ? [] : await trx.selectFrom('cases').select(['id', 'phase']).where('id', 'in', staffOf).execute();
    const due = sessionReminders(deps.now().getTime(), {
      actions: actions.map((a) => ({ id: a.id, caseId: a.case_id, dueAt: a.due_at?.getTime() ?? null, status: a.status })),
      followUps,
      running: running.map((c) => ({ caseId: c.id, phase: c.phase, lastDiscussedAt: lastHeld.get(c.id) ?? null, meetingPlanned: planned.some((m) => m.case_id === c.id) })),
      // The monthly evaluation exists where the covenant meets on a cadence (Venlo, Nijmegen).
      evaluateEveryDays: config.process.meetingEveryDays,
    });
    const caseIds = [...new Set(due.map((d) => d.caseId))];
    const numbers = caseIds.length === 0 ? [] : await trx.selectFrom('cases').select(['id', 'number']).where('id', 'in', caseIds).execute();
    return due.map((d) => ({ kind: d.kind, caseId: d.caseId, caseNumber: numbers.find((n) => n.id === d.caseId)?.number ?? '', refId: d.refId, dueAt: new Date(d.dueAt).toISOString() }));
  });
}
