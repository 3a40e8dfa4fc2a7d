/**
 * Closing a case where the collaboration requires it (Venlo, seed 002 Bijlage B §5; Nijmegen
 * step 8, seed 004 Bijlage 3): a recorded closing criterion from the configured list, and, when
 * the reporter has a decisive voice, the agreement the registering partner recorded itself. The
 * canonical process configures neither, so nothing is required there.
 */
import type { CaseState } from './case-state.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { ProcessVariant } from './variant.js';

export function checkClosing(state: CaseState, variant: Pick<ProcessVariant, 'closingCriteria' | 'reporterDecisiveInClosing'>): GuardResult {
  const closing = state.closing;
  if (variant.closingCriteria.length > 0) {
    const known = closing !== null && variant.closingCriteria.some((c) => c.id === closing.criterionId);
    if (!known) return refuse('closing_criterion_missing');
  }
  if (variant.reporterDecisiveInClosing) {
    const voice = state.reporterVoice;
    if (voice === null || voice.partnerId !== state.registrant) return refuse('reporter_not_agreed');
    if (!voice.agrees) return refuse('reporter_disagrees');
  }
  return ALLOWED;
}
