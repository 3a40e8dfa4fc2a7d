/**
 * Which subjects of the case a new contribution is about (household cases). Named subjects
 * must belong to the case; without a choice, a case with one subject records that subject and
 * a household case records the case as a whole ([]), which every member's request reaches.
 */
import type { CaseFacts } from '../../domain/access/facts.js';
import { validationFailed } from '../app-error.js';

export function contributionSubjects(facts: CaseFacts, requested: readonly string[] | undefined): string[] {
  if (requested !== undefined && requested.length > 0) {
    const unknown = requested.filter((id) => !facts.subjects.has(id));
    if (unknown.length > 0) throw validationFailed([{ field: 'subjects', message: 'betrokkene hoort niet bij deze casus / not a subject of this case' }]);
    return [...new Set(requested)];
  }
  return facts.subjects.size === 1 ? [...facts.subjects.keys()] : [];
}
