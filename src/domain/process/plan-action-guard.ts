/**
 * Who follows up the plan (§3.3, §4): the case director watches the plan and updates its actions;
 * the process director and support staff acting in the case may too. Nobody else, and only while
 * the plan runs (RTO, monitoring, de-escalation step 1).
 */
import type { Phase, UserId } from '../model.js';

export type PlanActionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly rule: 'P2' | 'process'; readonly reason: 'plan_action_not_case_director' | 'plan_not_running' };

export const PLAN_ACTION_MESSAGES = {
  plan_action_not_case_director: { nl: 'Alleen de casusregisseur of de procesregisseur werkt acties van het plan bij.', en: 'Only the case director or the process director updates plan actions.' },
  plan_not_running: { nl: 'Het plan van aanpak loopt niet (meer) in deze fase.', en: 'The plan of approach is not running in this phase.' },
} as const;

const PLAN_PHASES: ReadonlySet<Phase> = new Set<Phase>(['rto', 'monitoring', 'deescalation1']);

export function checkPlanActionUpdate(actor: UserId, caseDirector: UserId | null, actsAsStaff: boolean, phase: Phase): PlanActionCheck {
  if (!PLAN_PHASES.has(phase)) return { ok: false, rule: 'process', reason: 'plan_not_running' };
  return actor === caseDirector || actsAsStaff ? { ok: true } : { ok: false, rule: 'P2', reason: 'plan_action_not_case_director' };
}
