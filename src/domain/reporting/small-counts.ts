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

/** A breakdown of a published total, with every count as it may be shown. */
export interface ProtectedBreakdown<K> {
  readonly cells: FigureCell<K>[];
  /** The total must be hidden too: nothing else can be hidden to protect the small counts. */
  readonly totalSuppressed: boolean;
}

/**
 * Finding L3 (differencing): a breakdown whose total is shown gives away what it hides when the
 * total minus the shown cells pins the hidden ones down: one hidden cell (it is the difference),
 * or hidden cells that can only all be 1 or all be 4 (the pentest saw total 10, rejected 5 and
 * five hidden phases: each 1). Then every count of the breakdown but zero is hidden (a single
 * secondary cell chosen by a known rule can itself be pinned by the shown ones); checked
 * exhaustively for small breakdowns in small-counts.test.ts. With fewer than two counts to hide,
 * or a total of 1 to 4, everything is hidden, zeros and the total too. Only within one breakdown: sums across breakdowns
 * of the same total (phase × table) are covered by the breakdowns each being protected.
 */
export function protectBreakdown<K>(rows: readonly { readonly key: K; readonly count: number }[], total: number): ProtectedBreakdown<K> {
  const cells = suppressSmallCounts(rows);
  // A hidden total with its zeros shown would still tell how many counts share 1 to 4.
  const everything = { cells: rows.map((r) => ({ key: r.key, count: null, suppressed: true })), totalSuppressed: true };
  if (publishableCount(total) === null) return everything;
  const hidden = rows.filter((_, i) => cells[i]?.suppressed === true);
  if (hidden.length === 0) return { cells, totalSuppressed: false };
  const difference = total - rows.reduce((n, r, i) => n + (cells[i]?.suppressed === true ? 0 : r.count), 0);
  const k = hidden.length;
  const pinned = k === 1 || difference === k || difference === (SMALL_COUNT_THRESHOLD - 1) * k;
  if (!pinned) return { cells, totalSuppressed: false };
  // Hiding one more count is not enough when the rule that chose it is known (the largest shown
  // is bounded by the others, the smallest likewise): every count but zero is hidden.
  if (rows.filter((r) => r.count > 0).length < 2) return everything;
  return { cells: rows.map((r) => ({ key: r.key, count: r.count === 0 ? 0 : null, suppressed: r.count !== 0 })), totalSuppressed: false };
}

/**
 * The case counts of the figures and the accountability report, protected the same way: the
 * total, per phase and per table (each a breakdown of the total), and per phase × table (each
 * phase's row a breakdown of the phase's count). When one breakdown needs the total hidden, both
 * hide everything. Not covered: a table's column of phase × table cells against the table's
 * count (docs/security.md, L3).
 */
export function protectCaseCounts<P, T>(
  total: number,
  byPhase: readonly { readonly key: P; readonly count: number }[],
  byTable: readonly { readonly key: T; readonly count: number }[],
  byPhaseAndTable: readonly { readonly key: { readonly phase: P; readonly tableId: T }; readonly count: number }[],
): { total: FigureCell<'all'>; byPhase: FigureCell<P>[]; byTable: FigureCell<T>[]; byPhaseAndTable: FigureCell<{ readonly phase: P; readonly tableId: T }>[] } {
  const hideAll = <K>(cells: readonly { readonly key: K }[]): FigureCell<K>[] => cells.map((c) => ({ key: c.key, count: null, suppressed: true }));
  const phases = protectBreakdown(byPhase, total);
  const tables = protectBreakdown(byTable, total);
  if (phases.totalSuppressed || tables.totalSuppressed) {
    return { total: { key: 'all', count: null, suppressed: true }, byPhase: hideAll(byPhase), byTable: hideAll(byTable), byPhaseAndTable: hideAll(byPhaseAndTable) };
  }
  const cells = byPhaseAndTable.map(() => null as FigureCell<{ readonly phase: P; readonly tableId: T }> | null);
  byPhase.forEach((phase, i) => {
    const members = byPhaseAndTable.map((c, j) => ({ c, j })).filter(({ c }) => c.key.phase === phase.key);
    const row = phases.cells[i]?.suppressed === false ? protectBreakdown(members.map(({ c }) => c), phase.count).cells : hideAll(members.map(({ c }) => c));
    members.forEach(({ j }, m) => {
      cells[j] = row[m] ?? null;
    });
  });
  return {
    total: { key: 'all', count: total, suppressed: false },
    byPhase: phases.cells,
    byTable: tables.cells,
    byPhaseAndTable: byPhaseAndTable.map((c, j) => cells[j] ?? { key: c.key, count: null, suppressed: true }),
  };
}
