/**
 * Seed 003 Fase 3 ("Uitsluitend de deelnemers aan het RTO"): access in the RTO and in
 * monitoring follows the current plan, i.e. the current RTO — the latest meeting of the case
 * that was not cancelled. Being invited to an earlier RTO gives no reading in a later one.
 */
export interface RtoSummary<K> {
  readonly id: string;
  readonly scheduledAt: number;
  readonly createdAt: number;
  /** What this RTO kept available for monitoring (null: no choice recorded). */
  readonly monitoringKept: K;
}

/** The current RTO of a case: the latest by planned time, then by creation; undefined when none. */
export function currentRto<K>(meetings: readonly RtoSummary<K>[]): RtoSummary<K> | undefined {
  let best: RtoSummary<K> | undefined;
  for (const m of meetings) {
    if (best === undefined || m.scheduledAt > best.scheduledAt || (m.scheduledAt === best.scheduledAt && m.createdAt > best.createdAt)) best = m;
  }
  return best;
}
