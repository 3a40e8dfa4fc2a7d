import type { Action, Actor, ContributionId, Purpose } from '../model.js';
import { decide } from './decide.js';
import type { CaseFacts } from './facts.js';
import type { Decision, Denial } from './reasons.js';

export interface CaseFilterResult {
  /** Contributions the reader may see, in the case's order, with the obligations of each. */
  readonly allowed: readonly { readonly id: ContributionId; readonly decision: Extract<Decision, { allow: true }> }[];
  /** Refusals, by contribution (for the audit log; never shown as content). */
  readonly denied: readonly { readonly id: ContributionId; readonly decision: Denial }[];
}

/**
 * The bulk form of `decide`: filters a whole case for one reader, one purpose and one action.
 * What is not allowed is absent from `allowed` — the UI never receives it.
 */
export function filterCase(actor: Actor, facts: CaseFacts, purpose: Purpose, now: number, action: Action = 'read'): CaseFilterResult {
  const allowed: { id: ContributionId; decision: Extract<Decision, { allow: true }> }[] = [];
  const denied: { id: ContributionId; decision: Denial }[] = [];
  for (const id of facts.contributions.keys()) {
    const decision = decide(actor, facts, { kind: 'contribution', id }, purpose, action, now);
    if (decision.allow) allowed.push({ id, decision });
    else denied.push({ id, decision });
  }
  return { allowed, denied };
}
