/**
 * Closing a case where the collaboration requires it (Venlo, seed 002 Bijlage B §5): a recorded
 * closing criterion from the configured list, and the reporter's agreement when the reporter
 * has a decisive voice. The canonical process configures neither, so nothing is required there.
 */
import type { CaseState } from './case-state.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { ProcessVariant } from './variant.js';

export function checkClosing(state: CaseState, variant: ProcessVariant): GuardResult {
  const closing = state.closing;
  if (variant.closingCriteria.length > 0) {
    const known = closing !== null && variant.closingCriteria.some((c) => c.id === closing.criterionId);
    if (!known) return refuse('closing_criterion_missing');
  }
  if (variant.reporterDecisiveInClosing && (closing === null || closing.reporterAgreedAt === null)) {
    return refuse('reporter_not_agreed');
  }
  return ALLOWED;
}
