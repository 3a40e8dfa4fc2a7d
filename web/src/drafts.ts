/**
 * Drafts of long forms kept while the user steps away inside the app (e.g. to record a weighing
 * and come back). Held in memory only: never in browser storage, gone on reload or sign-out.
 */
import { useState } from 'react';

const drafts = new Map<string, unknown>();

/** A form's state that survives leaving and re-opening the screen; `clear` after a successful send. */
export function useDraft<T extends object>(key: string, initial: T): [T, (patch: Partial<T>) => void, () => void] {
  const [value, setValue] = useState<T>(() => ({ ...initial, ...(drafts.get(key) as Partial<T> | undefined) }));
  const update = (patch: Partial<T>): void => {
    setValue((v) => {
      const next = { ...v, ...patch };
      drafts.set(key, next);
      return next;
    });
  };
  const clear = (): void => {
    drafts.delete(key);
  };
  return [value, update, clear];
}

/** Forgets every draft (on sign-out). */
export function clearDrafts(): void {
  drafts.clear();
}
