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

/** A published total and the counts that add up to it, as indexes into one list of counts. */
export interface CountLine {
  readonly total: number;
  readonly members: readonly number[];
}

/**
 * Finding L3 across breakdowns: one count may be a cell of one breakdown and the total of another
 * (a phase's count in the per-phase breakdown and in its phase × table row; a table's count and
 * its column), or the same figure may be published twice. Starting from what is hidden already,
 * every line whose shown total pins its hidden members down (one hidden; all could only be 1, or
 * all 4, or all 0) hides all its non-zero members; a line still pinned with all of them hidden
 * hides its total, which is then rechecked in the lines it belongs to, and a hidden total whose
 * members are all shown hides them (their sum would be the total), until nothing changes. It
 * only hides more (safe); it checks lines one by one, not the solutions of all lines together.
 */
export function protectLines(counts: readonly number[], lines: readonly CountLine[], hidden0: readonly boolean[], locked: readonly boolean[] = []): boolean[] {
  const hidden = counts.map((n, i) => hidden0[i] === true || (locked[i] !== true && publishableCount(n) === null));
  for (let changed = true; changed; ) {
    changed = false;
    // A locked count keeps the state it was given (ADR 0127: what another protection decided).
    const hide = (i: number): void => {
      if (hidden[i] !== true && locked[i] !== true) {
        hidden[i] = true;
        changed = true;
      }
    };
    for (const line of lines) {
      if (hidden[line.total] === true) {
        // A total of 1 to 4 hides its members, zeros too (a shown zero says the rest is small).
        if (publishableCount(counts[line.total] ?? 0) === null) line.members.forEach(hide);
        // A hidden total whose members are all shown is their sum (ADR 0127: a total hidden in
        // one line may be the total of another): its non-zero members are hidden.
        else if (line.members.every((m) => hidden[m] !== true)) line.members.filter((m) => (counts[m] ?? 0) > 0 && locked[m] !== true).forEach(hide);
        continue;
      }
      const hid = line.members.filter((m) => hidden[m] === true);
      if (hid.length === 0) continue;
      const difference = (counts[line.total] ?? 0) - line.members.reduce((n, m) => n + (hidden[m] === true ? 0 : (counts[m] ?? 0)), 0);
      const k = hid.length;
      const pinned = k === 1 || difference === 0 || difference === k || difference === (SMALL_COUNT_THRESHOLD - 1) * k;
      if (!pinned) continue;
      const shownNonZero = line.members.filter((m) => hidden[m] !== true && locked[m] !== true && (counts[m] ?? 0) > 0);
      if (shownNonZero.length > 0) shownNonZero.forEach(hide);
      else hide(line.total);
    }
  }
  return hidden;
}

/**
 * The case counts of the figures and the accountability report, protected the same way: the
 * total, per phase and per table (each a breakdown of the total), and per phase × table (each
 * phase's row a breakdown of the phase's count, each table's column a breakdown of the table's
 * count). When one breakdown needs the total hidden, both hide everything. The rows, columns
 * and breakdowns are then checked together (`protectLines`).
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
  const firstPass = {
    byPhase: phases.cells,
    byTable: tables.cells,
    byPhaseAndTable: byPhaseAndTable.map((c, j) => cells[j] ?? { key: c.key, count: null, suppressed: true }),
  };
  // One list of counts: the total, the phases, the tables, the phase × table cells.
  const p0 = 1;
  const t0 = p0 + byPhase.length;
  const c0 = t0 + byTable.length;
  const counts = [total, ...byPhase.map((r) => r.count), ...byTable.map((r) => r.count), ...byPhaseAndTable.map((r) => r.count)];
  const before = [false, ...firstPass.byPhase.map((c) => c.suppressed), ...firstPass.byTable.map((c) => c.suppressed), ...firstPass.byPhaseAndTable.map((c) => c.suppressed)];
  const lines: CountLine[] = [
    { total: 0, members: byPhase.map((_, i) => p0 + i) },
    { total: 0, members: byTable.map((_, i) => t0 + i) },
    ...byPhase.map((phase, i) => ({ total: p0 + i, members: byPhaseAndTable.flatMap((c, j) => (c.key.phase === phase.key ? [c0 + j] : [])) })),
    ...byTable.map((table, i) => ({ total: t0 + i, members: byPhaseAndTable.flatMap((c, j) => (c.key.tableId === table.key ? [c0 + j] : [])) })),
  ];
  const hidden = protectLines(counts, lines, before);
  if (hidden[0] === true) {
    return { total: { key: 'all', count: null, suppressed: true }, byPhase: hideAll(byPhase), byTable: hideAll(byTable), byPhaseAndTable: hideAll(byPhaseAndTable) };
  }
  const cell = <K>(key: K, i: number): FigureCell<K> => (hidden[i] === true ? { key, count: null, suppressed: true } : { key, count: counts[i] ?? 0, suppressed: false });
  return {
    total: { key: 'all', count: total, suppressed: false },
    byPhase: byPhase.map((r, i) => cell(r.key, p0 + i)),
    byTable: byTable.map((r, i) => cell(r.key, t0 + i)),
    byPhaseAndTable: byPhaseAndTable.map((r, j) => cell(r.key, c0 + j)),
  };
}
