/**
 * Reminders around sessions (ADR 0050, ADR 0080; seed 002 Bijlage B §2 "maandelijks
 * geëvalueerd", §3.3 "binnen een week"): open actions due soon or overdue, follow-up discussions
 * coming up, running cases whose evaluation is due, and action lists not yet sent a week after
 * the meeting. They are reminders like the others (reporting/reminders.ts): shown in
 * `/api/reminders` to whom they concern, recorded by the reminders job and told by the notices
 * job. Pure: `now` is passed in.
 */
import { ACTION_LIST_DUE_DAYS } from '../process/meeting.js';
import type { Reminder, ReminderConcerns } from '../reporting/reminders.js';
import { DAY_MS } from '../time/date-math.js';

/** An action is announced a week before its due date, as the action list is sent within a week. */
export const ACTION_REMINDER_DAYS = 7;
/** A follow-up discussion is announced a week before the session. */
export const FOLLOW_UP_REMINDER_DAYS = 7;
/** An action list not yet sent is recalled three days before its week ends. */
export const ACTION_LIST_REMINDER_DAYS = 3;

export const SESSION_REMINDER_KINDS = ['action_due', 'action_overdue', 'follow_up', 'evaluation_due', 'action_list_due'] as const;
export type SessionReminderKind = (typeof SESSION_REMINDER_KINDS)[number];

export interface OpenAction {
  readonly id: string;
  readonly caseId: string;
  readonly dueAt: number | null;
  readonly status: string;
  readonly ownerPartnerId: string;
  readonly ownerUserId: string | null;
}

export interface PlannedFollowUp {
  readonly meetingId: string;
  readonly caseId: string;
  readonly scheduledAt: number;
  /** The invited professionals and the staff of the case. */
  readonly users: readonly string[];
}

export interface RunningCase {
  readonly caseId: string;
  readonly phase: string;
  readonly lastDiscussedAt: number | null;
  readonly meetingPlanned: boolean;
  /** The process directors and support of the case. */
  readonly staff: readonly string[];
  /** The interval the case's last meeting set (000-R70), else the collaboration's standing-meeting interval (`process.meetingEveryDays`); null: no evaluation reminder. */
  readonly evaluateEveryDays: number | null;
}

export interface HeldMeeting {
  readonly meetingId: string;
  readonly caseId: string;
  readonly heldAt: number;
  readonly actionListSentAt: number | null;
  /** The case's process director, who sends the list; null: every process director is reminded. */
  readonly director: string | null;
}

export interface SessionReminderSources {
  readonly actions: readonly OpenAction[];
  readonly followUps: readonly PlannedFollowUp[];
  readonly running: readonly RunningCase[];
  readonly held: readonly HeldMeeting[];
}

/**
 * Phases in which a running case is evaluated at the collaboration's interval once it has been
 * discussed: in treatment in the standing meeting (`rto`, Venlo step 2: "Er wordt maandelijks
 * geëvalueerd naar de voortgang en wordt de volgende stap in het proces besproken", 002-B11) and
 * with its plan running (`monitoring`).
 */
export const EVALUATED_PHASES: readonly string[] = ['rto', 'monitoring'];

type SessionReminder = Reminder & { readonly kind: SessionReminderKind; readonly caseId: string };

/** Every session reminder shown at `now`; a reminder for several people is one per person. */
export function sessionReminders(now: number, input: SessionReminderSources): SessionReminder[] {
  const out: SessionReminder[] = [];
  const push = (kind: SessionReminderKind, caseId: string, refId: string, dueAt: number, remindFrom: number, overdue: boolean, concerns: ReminderConcerns): void => {
    out.push({ kind, caseId, refId, dueAt, remindFrom, overdue, concerns });
  };
  for (const a of input.actions) {
    if (a.status !== 'open' || a.dueAt === null) continue;
    // The owner, or the owning organisation when no one is named.
    const concerns: ReminderConcerns = a.ownerUserId === null ? { partnerId: a.ownerPartnerId } : { userId: a.ownerUserId, partnerId: a.ownerPartnerId };
    if (now > a.dueAt) push('action_overdue', a.caseId, a.id, a.dueAt, a.dueAt, true, concerns);
    else if (now >= a.dueAt - ACTION_REMINDER_DAYS * DAY_MS) push('action_due', a.caseId, a.id, a.dueAt, a.dueAt - ACTION_REMINDER_DAYS * DAY_MS, false, concerns);
  }
  for (const f of input.followUps) {
    const from = f.scheduledAt - FOLLOW_UP_REMINDER_DAYS * DAY_MS;
    if (now > f.scheduledAt || now < from) continue;
    for (const userId of new Set(f.users)) push('follow_up', f.caseId, f.meetingId, f.scheduledAt, from, false, { userId });
  }
  for (const c of input.running) {
    const every = c.evaluateEveryDays;
    if (every === null || !EVALUATED_PHASES.includes(c.phase) || c.meetingPlanned || c.lastDiscussedAt === null) continue;
    const due = c.lastDiscussedAt + every * DAY_MS;
    if (now < due) continue;
    for (const userId of new Set(c.staff)) push('evaluation_due', c.caseId, c.caseId, due, due, false, { userId });
  }
  for (const m of input.held) {
    if (m.actionListSentAt !== null) continue;
    const due = m.heldAt + ACTION_LIST_DUE_DAYS * DAY_MS;
    const from = due - ACTION_LIST_REMINDER_DAYS * DAY_MS;
    if (now < from) continue;
    push('action_list_due', m.caseId, m.meetingId, due, from, now > due, m.director === null ? { role: 'process_director' } : { userId: m.director });
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.refId.localeCompare(b.refId) || a.kind.localeCompare(b.kind));
}
