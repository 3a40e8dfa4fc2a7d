/**
 * Data has subjects (household cases): a contribution is about the subjects it names, or about
 * the case as a whole (every subject) when it names none.
 */
import type { SubjectId } from '../model.js';

/** Whether an item is about `subjectId`: it names that subject, or it names none. */
export function concernsSubject(item: { readonly subjects: ReadonlySet<SubjectId> }, subjectId: SubjectId): boolean {
  return item.subjects.size === 0 || item.subjects.has(subjectId);
}

/** The one subject an item is about, for the audit record; null for several or the whole case. */
export function soleSubject(item: { readonly subjects: ReadonlySet<SubjectId> }): SubjectId | null {
  if (item.subjects.size !== 1) return null;
  for (const s of item.subjects) return s;
  return null;
}
