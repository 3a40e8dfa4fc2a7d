/**
 * Police data keeps a retention of its own (seed 002 Bijlage A art. 12.2: "Voor de politiegegevens
 * verwerkt op grond van artikel 8 en 13 Wpg gelden de bewaartermijnen genoemd in artikel 8 lid 6 en
 * artikel 14 lid 1 Wpg"; ADR 0108). Where the configuration sets `retention.policeData`, each item
 * of police data in a case is removed `deleteAfterMonths` after it was provided in the case,
 * whatever the case's own retention; the case's deletion still removes it earlier when that comes
 * first. Pure: the retention job gathers the items and removes what this returns.
 */
import { addMonths } from '../time/date-math.js';

export interface PoliceDataRetention {
  /** Months after its provision in the case when an item of police data is removed. */
  readonly deleteAfterMonths: number;
}

export interface StoredItem {
  readonly id: string;
  readonly police: boolean;
  /** When it was provided in the case (epoch ms): the first processing this system knows of. */
  readonly providedAt: number;
}

/** When this item of police data is removed; null for data that is not police data or without a rule. */
export function policeDataEnd(item: StoredItem, rule: PoliceDataRetention | undefined): number | null {
  if (!item.police || rule === undefined) return null;
  return addMonths(item.providedAt, rule.deleteAfterMonths);
}

/** The items whose police-data retention has ended at `now`. */
export function policeDataDue(items: readonly StoredItem[], rule: PoliceDataRetention | undefined, now: number): string[] {
  return items.flatMap((item) => {
    const end = policeDataEnd(item, rule);
    return end !== null && end <= now ? [item.id] : [];
  });
}
