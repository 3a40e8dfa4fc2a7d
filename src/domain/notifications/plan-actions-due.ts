/**
 * Actions of a plan that are due soon or overdue (§3.3, §7): the owner is told in its inbox a few
 * days before the due date, and once more when the date has passed. Pure: the job passes the open
 * actions with their owners and `now`.
 */
import type { CaseId, PartnerId, UserId } from '../model.js';
import { addDays } from '../time/date-math.js';

/** Days before the due date that the owner is reminded. */
export const PLAN_ACTION_REMIND_DAYS = 3;

export interface OpenPlanAction {
  readonly id: string;
  readonly caseId: CaseId;
  readonly meetingId: string | null;
  readonly ownerPartnerId: PartnerId;
  readonly ownerUserId: UserId | null;
  readonly dueAt: number | null;
}

export interface PlanActionNotice {
  readonly kind: 'plan_action_due' | 'plan_action_overdue';
  readonly action: OpenPlanAction;
  /** The owner; without one, the owning partner's professionals designated in the case. */
  readonly to: readonly UserId[];
}

/**
 * The notices for the open actions at `now`. `designated` gives, per case and partner, the
 * professionals designated in the case: they stand in for an action without a named owner.
 */
export function planActionNotices(actions: readonly OpenPlanAction[], designated: (caseId: CaseId, partnerId: PartnerId) => readonly UserId[], now: number): PlanActionNotice[] {
  const out: PlanActionNotice[] = [];
  for (const a of actions) {
    if (a.dueAt === null || now < addDays(a.dueAt, -PLAN_ACTION_REMIND_DAYS)) continue;
    const to = a.ownerUserId !== null ? [a.ownerUserId] : [...designated(a.caseId, a.ownerPartnerId)];
    if (to.length === 0) continue;
    out.push({ kind: now > a.dueAt ? 'plan_action_overdue' : 'plan_action_due', action: a, to });
  }
  return out;
}
