/**
 * Management figures hold counts only, and a small count can point at a person (a table with
 * two cases in a small municipality). Counts from 1 to 4 are suppressed: shown as null, with a
 * note that they were. Zero stays zero: it points at nobody.
 */
export const SMALL_COUNT_THRESHOLD = 5;

/** The count as it may be shown, or null when it is suppressed. */
export function publishableCount(count: number): number | null {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? null : count;
}

export interface FigureCell<K> {
  readonly key: K;
  readonly count: number | null;
  readonly suppressed: boolean;
}

export function suppressSmallCounts<K>(rows: readonly { readonly key: K; readonly count: number }[]): FigureCell<K>[] {
  return rows.map((r) => {
    const count = publishableCount(r.count);
    return { key: r.key, count, suppressed: count === null };
  });
}
