/** The organisations a release names must be organisations of the collaboration; errors name the field. */
import type { RtoRelease } from '../../domain/model.js';
import type { CaseState } from '../../domain/process/case-state.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';

export function validateRecipients(state: CaseState, released: RtoRelease, excluded: readonly string[]): void {
  const known = new Set(state.partners.map((p) => p.id));
  const issues: FieldIssue[] = [];
  if (released !== 'all' && released !== 'none') {
    released.forEach((p: string, i: number) => {
      if (!known.has(p)) issues.push({ field: `releasedForRto.${i}`, message: 'unknown organisation of this collaboration' });
    });
  }
  excluded.forEach((p, i) => {
    if (!known.has(p)) issues.push({ field: `excluded.${i}`, message: 'unknown organisation of this collaboration' });
  });
  if (issues.length > 0) throw validationFailed(issues);
}

/** Who a release discloses to now: the listed organisations, or every other involved one; never the excluded. */
export function recipientsOf(state: CaseState, contributor: string, released: RtoRelease, excluded: readonly string[]): string[] {
  if (released === 'none') return [];
  const to = released === 'all' ? [...state.involvedPartners, ...state.thirdParties.map((t) => t.partnerId)] : [...released];
  return [...new Set(to)].filter((p) => p !== contributor && !excluded.includes(p));
}
