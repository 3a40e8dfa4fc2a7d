/**
 * Whether a contribution is processed across care domains (Nijmegen step 4): it is when the
 * case involves an organisation of another kind than the contributor. Conservative: in a case
 * with several kinds of partners every contribution counts as domain-crossing.
 */
import type { CaseState } from '../../domain/process/case-state.js';
import { findPartner } from '../../domain/process/case-state.js';

export function crossesDomains(state: CaseState, contributor: string): boolean {
  const own = findPartner(state, contributor)?.type;
  return state.involvedPartners.some((p) => p !== contributor && findPartner(state, p)?.type !== own);
}
