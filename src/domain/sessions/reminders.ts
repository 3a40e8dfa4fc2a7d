/**
 * Reminders after a session (ADR 0050, seed 002 Bijlage B §2 "maandelijks geëvalueerd"): open
 * actions due soon or overdue, follow-up discussions coming up, and running cases whose
 * evaluation is due. Pure: `now` is passed in.
 */
import { DAY_MS } from '../time/date-math.js';

/** An action is announced a week before its due date, as the action list is sent within a week. */
export const ACTION_REMINDER_DAYS = 7;
/** A follow-up discussion is announced a week before the session. */
export const FOLLOW_UP_REMINDER_DAYS = 7;

export interface OpenAction {
  readonly id: string;
  readonly caseId: string;
  readonly dueAt: number | null;
  readonly status: string;
}

export interface PlannedFollowUp {
  readonly meetingId: string;
  readonly caseId: string;
  readonly scheduledAt: number;
}

export interface RunningCase {
  readonly caseId: string;
  readonly phase: string;
  readonly lastDiscussedAt: number | null;
  readonly meetingPlanned: boolean;
}

export type SessionReminderKind = 'action_due' | 'action_overdue' | 'follow_up' | 'evaluation_due';

export interface SessionReminder {
  readonly kind: SessionReminderKind;
  readonly caseId: string;
  readonly refId: string;
  /** ISO time the thing is due. */
  readonly dueAt: number;
}

export function sessionReminders(now: number, input: { readonly actions: readonly OpenAction[]; readonly followUps: readonly PlannedFollowUp[]; readonly running: readonly RunningCase[]; readonly evaluateEveryDays: number | null }): SessionReminder[] {
  const out: SessionReminder[] = [];
  for (const a of input.actions) {
    if (a.status !== 'open' || a.dueAt === null) continue;
    if (now > a.dueAt) out.push({ kind: 'action_overdue', caseId: a.caseId, refId: a.id, dueAt: a.dueAt });
    else if (now >= a.dueAt - ACTION_REMINDER_DAYS * DAY_MS) out.push({ kind: 'action_due', caseId: a.caseId, refId: a.id, dueAt: a.dueAt });
  }
  for (const f of input.followUps) {
    if (now <= f.scheduledAt && now >= f.scheduledAt - FOLLOW_UP_REMINDER_DAYS * DAY_MS) out.push({ kind: 'follow_up', caseId: f.caseId, refId: f.meetingId, dueAt: f.scheduledAt });
  }
  const every = input.evaluateEveryDays;
  if (every !== null) {
    for (const c of input.running) {
      if (c.phase !== 'monitoring' || c.meetingPlanned || c.lastDiscussedAt === null) continue;
      const due = c.lastDiscussedAt + every * DAY_MS;
      if (now >= due) out.push({ kind: 'evaluation_due', caseId: c.caseId, refId: c.caseId, dueAt: due });
    }
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.refId.localeCompare(b.refId));
}
