/**
 * Entering monitoring after an RTO (§3.3): a case director of an active partner is appointed
 * and a meeting record holds a plan of approach with goals and actions (owner, due date).
 */
import { isActiveMember } from '../membership/active.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import { planIsComplete } from './meeting.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';

export function checkMonitoringReady(state: CaseState, now: number): GuardResult {
  const director = state.caseDirector;
  if (director === null || director.endedAt !== null) return refuse('no_case_director');
  const partner = findPartner(state, director.partnerId);
  if (partner === undefined || !isActiveMember(partner, now)) return refuse('case_director_partner_inactive');
  const hasPlan = state.meetings.some((m) => m.record !== null && planIsComplete(m.record.plan));
  return hasPlan ? ALLOWED : refuse('no_plan');
}
