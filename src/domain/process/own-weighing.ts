/**
 * Where an organisation stands with its own weighing for sharing without consent in a case
 * (P7), so a form can say before sending that a weighing is needed. `checkSharing` stays the
 * rule; this only reads the same facts.
 */
import type { PartnerId } from '../model.js';
import type { CaseState } from './case-state.js';
import { weighingComplete } from './sharing-guard.js';

export type OwnWeighing = 'missing' | 'incomplete' | 'complete';

export function ownWeighing(state: CaseState, partnerId: PartnerId, now: number): OwnWeighing {
  const own = state.weighings.filter((w) => w.partnerId === partnerId && w.caseId === state.id);
  if (own.length === 0) return 'missing';
  return own.some((w) => weighingComplete(w, now, state.noConsentGrounds)) ? 'complete' : 'incomplete';
}
