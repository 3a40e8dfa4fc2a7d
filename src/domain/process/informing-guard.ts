/**
 * P10: every subject is informed of the registration at the latest when the case enters
 * triage, by the registrant or by the process director on its behalf; or the informing is
 * postponed with a recorded reason and a planned date that has not yet passed.
 */
import type { SubjectId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { CaseState } from './case-state.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { InformingPostponement } from './records.js';
import { filled } from './text.js';

function subjectInformed(state: CaseState, subjectId: SubjectId, now: number): GuardResult {
  const records = state.informing.filter((r) => {
    const at = parseIso(r.informedAt);
    return r.subjectId === subjectId && r.topic === 'registration' && at !== null && at <= now;
  });
  if (records.some((r) => r.onBehalfOf === state.registrant)) return ALLOWED;
  if (records.length > 0) return refuse('informing_not_on_behalf_of_registrant');

  const postponements = state.postponements.filter((p) => p.subjectId === subjectId && p.topic === 'registration');
  if (postponements.length === 0) return refuse('subject_not_informed');
  const complete = postponements.filter((p) => filled(p.reason) && parseIso(p.plannedAt) !== null);
  if (complete.length === 0) return refuse('postponement_incomplete');
  return complete.some((p) => (parseIso(p.plannedAt) ?? 0) >= now) ? ALLOWED : refuse('postponement_overdue');
}

/** Whether the case may enter triage as far as informing the subjects goes. */
export function checkInformedForTriage(state: CaseState, now: number): GuardResult {
  if (state.subjects.length === 0) return refuse('subject_not_informed');
  for (const subjectId of state.subjects) {
    const result = subjectInformed(state, subjectId, now);
    if (!result.ok) return result;
  }
  return ALLOWED;
}

export interface InformingReminder {
  readonly postponement: InformingPostponement;
  readonly overdue: boolean;
}

/** Postponed informings still open, for the reminder job (P10: the system reminds). */
export function informingReminders(state: CaseState, now: number): readonly InformingReminder[] {
  return state.postponements
    .filter((p) => !state.informing.some((r) => r.subjectId === p.subjectId && r.topic === p.topic))
    .map((postponement) => ({ postponement, overdue: (parseIso(postponement.plannedAt) ?? 0) < now }));
}
