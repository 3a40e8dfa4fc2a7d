/**
 * P10: every subject is informed of the registration by the phase the covenant names (at
 * registration, or by triage), on behalf of the party responsible for informing; or, where the
 * covenant allows it, the informing is postponed with a recorded reason and a planned date that
 * has not yet passed.
 */
import type { SubjectId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { CaseState } from './case-state.js';
import { CANONICAL_INFORMING_RULES, responsiblePartners } from './informing-rules.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { InformingPostponement } from './records.js';
import { filled } from './text.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The last millisecond of the (UTC) calendar day of `ms`. */
const endOfDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS - 1;

function subjectInformed(state: CaseState, subjectId: SubjectId, now: number): GuardResult {
  const rules = state.informingRules ?? CANONICAL_INFORMING_RULES;
  const responsible = responsiblePartners(rules, state.registrant, state.leadPartner);
  // By the start of the configured phase: at registration for `screening` (on the day of the
  // registration, so the reporter can record it right after), else by this step.
  const registeredAt = state.registeredAt === undefined ? null : parseIso(state.registeredAt);
  const deadline = rules.latestAtPhase === 'screening' && registeredAt !== null ? endOfDay(registeredAt) : now;
  const records = state.informing.filter((r) => {
    const at = parseIso(r.informedAt);
    return r.subjectId === subjectId && r.topic === 'registration' && at !== null && at <= now;
  });
  const onBehalf = records.filter((r) => responsible.includes(r.onBehalfOf));
  if (onBehalf.some((r) => (parseIso(r.informedAt) ?? Infinity) <= deadline)) return ALLOWED;
  if (records.length > 0 && onBehalf.length === 0) return refuse('informing_not_on_behalf_of_registrant');

  const postponements = state.postponements.filter((p) => p.subjectId === subjectId && p.topic === 'registration');
  if (postponements.length > 0 && !rules.postponementAllowed) return refuse('postponement_not_allowed');
  if (postponements.length === 0) return refuse(onBehalf.length > 0 ? 'subject_informed_after_deadline' : 'subject_not_informed');
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
