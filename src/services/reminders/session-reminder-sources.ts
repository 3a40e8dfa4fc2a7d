/**
 * Gathers what the session reminders need (domain/sessions/reminders.ts): open actions, planned
 * follow-up discussions with their invitees and staff, running cases with their last discussion,
 * and held meetings whose action list was not sent. In a user's transaction Row-Level Security
 * limits this to what the user may see (`/api/reminders`); in the system context of the reminders
 * job it covers every collaboration. Only cases that are running are considered: a closed or
 * deleted case reminds of nothing.
 */
import type { SessionReminderSources } from '../../domain/sessions/reminders.js';
import type { ServiceDeps, Trx } from '../ports.js';

/** Phases in which a case's plan runs and its discussions continue. */
export const RUNNING_PHASES = ['rto', 'monitoring', 'deescalation1'] as const;

export async function sessionReminderSources(deps: ServiceDeps, trx: Trx, collaborationId: string | null): Promise<SessionReminderSources> {
  let casesQ = trx.selectFrom('cases').select(['id', 'collaboration_id', 'phase']).where('phase', 'in', [...RUNNING_PHASES]);
  if (collaborationId !== null) casesQ = casesQ.where('collaboration_id', '=', collaborationId);
  const cases = await casesQ.execute();
  if (cases.length === 0) return { actions: [], followUps: [], running: [], held: [] };
  const ids = cases.map((c) => c.id);
  const [actions, meetings, staff] = await Promise.all([
    trx.selectFrom('plan_actions').select(['id', 'case_id', 'due_at', 'status', 'owner_partner_id', 'owner_user_id']).where('case_id', 'in', ids).where('status', '=', 'open').where('due_at', 'is not', null).where('restricted_at', 'is', null).where('erased_at', 'is', null).execute(),
    trx.selectFrom('meetings').select(['id', 'case_id', 'status', 'scheduled_at', 'held_at', 'action_list_sent_at', 'follow_up_days']).where('case_id', 'in', ids).where('status', 'in', ['planned', 'held']).execute(),
    trx.selectFrom('case_staff').select(['case_id', 'user_id', 'role']).where('case_id', 'in', ids).where('ended_at', 'is', null).execute(),
  ]);
  const planned = meetings.filter((m) => m.status === 'planned');
  const invitations = planned.length === 0 ? [] : await trx.selectFrom('meeting_invitations').select(['meeting_id', 'user_id']).where('meeting_id', 'in', planned.map((m) => m.id)).execute();
  const lastHeld = new Map<string, number>();
  // The interval the last held meeting set for its case (000-R70) wins over the collaboration's.
  const caseInterval = new Map<string, number | null>();
  for (const m of meetings) {
    if (m.status !== 'held') continue;
    const at = (m.held_at ?? m.scheduled_at).getTime();
    if (at < (lastHeld.get(m.case_id) ?? 0)) continue;
    lastHeld.set(m.case_id, at);
    caseInterval.set(m.case_id, m.follow_up_days);
  }
  const staffOf = (caseId: string): string[] => staff.filter((s) => s.case_id === caseId).map((s) => s.user_id);
  const every = new Map<string, number | null>();
  for (const c of new Set(cases.map((x) => x.collaboration_id))) every.set(c, (await deps.collaborationConfig(trx, c)).process.meetingEveryDays);
  return {
    actions: actions.map((a) => ({ id: a.id, caseId: a.case_id, dueAt: a.due_at?.getTime() ?? null, status: a.status, ownerPartnerId: a.owner_partner_id, ownerUserId: a.owner_user_id })),
    // A follow-up: a planned discussion of a case that was discussed before.
    followUps: planned
      .filter((m) => lastHeld.has(m.case_id))
      .map((m) => ({ meetingId: m.id, caseId: m.case_id, scheduledAt: m.scheduled_at.getTime(), users: [...invitations.filter((i) => i.meeting_id === m.id).map((i) => i.user_id), ...staffOf(m.case_id)] })),
    running: cases.map((c) => ({
      caseId: c.id,
      phase: c.phase,
      lastDiscussedAt: lastHeld.get(c.id) ?? null,
      meetingPlanned: planned.some((m) => m.case_id === c.id),
      staff: staffOf(c.id),
      evaluateEveryDays: caseInterval.get(c.id) ?? every.get(c.collaboration_id) ?? null,
    })),
    held: meetings.flatMap((m) =>
      m.status === 'held' && m.held_at !== null
        ? [{ meetingId: m.id, caseId: m.case_id, heldAt: m.held_at.getTime(), actionListSentAt: m.action_list_sent_at?.getTime() ?? null, director: staff.find((s) => s.case_id === m.case_id && s.role === 'process_director')?.user_id ?? null }]
        : [],
    ),
  };
}
