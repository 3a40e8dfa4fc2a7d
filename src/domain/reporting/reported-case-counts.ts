/**
 * Finding L3 across reports (ADR 0127): the management figures, the accountability report and the
 * research statistics each publish case counts of the same collaboration and period, for the
 * whole collaboration or one work area. Protected each on its own, one report could show what
 * another hides, or two totals of nested populations could give away their small difference: the
 * figures count deleted cases and the statistics do not, so "figures total 13, statistics total
 * 11" told that 2 cases were deleted, a count the figures hid.
 *
 * The rule: every report takes its case counts from one joint protection over every count any of
 * them publishes for that collaboration and period, and over the links between their populations:
 * - populations: the whole collaboration and each configured work area (plus the cases in no
 *   configured area), each as all cases (figures, accountability report) and as the cases the
 *   statistics count (not deleted; where the covenant says so, registered by a municipal partner),
 *   plus the cases the statistics leave out;
 * - counts per population: the total, per phase, per table and per phase × table;
 * - lines: within a population, the total is the sum of its phases and of its tables, a phase the
 *   sum of its row, a table the sum of its column; across populations, a count of all cases is the
 *   count the statistics show plus the count they leave out, and a count of the collaboration is
 *   the sum of its work areas plus the rest.
 * The counts nobody publishes (the left-out cases, the rest) take part as ordinary counts: a
 * difference of 1 to 4 is hidden, so the lines that would give it away hide their other members.
 * Each population first gets the protection of one report (`protectCaseCounts`). The statistics'
 * populations are then checked together on their own, so nothing they leave out changes them (seed
 * 004 Bijlage 2: Nijmegen's export is the same whatever non-municipal partners enter), and fixed;
 * then all lines are checked together (`protectLines`), hiding the figures' counts where a line
 * would give a hidden count away, until nothing changes. Treating every count of the joint
 * table as known to the reader is more than any one reader learns, so a report that shows a
 * subset of it, with this pattern, gives nothing more away. Pure.
 */
import { protectCaseCounts, protectLines, publishableCount } from './small-counts.js';
import type { CountLine } from './small-counts.js';

export interface CaseCountRow {
  readonly phase: string;
  readonly tableId: string;
  readonly workArea: string | null;
  /** Counted by the research statistics: not deleted and, where the covenant says so, registered by a municipal partner. */
  readonly inStatistics: boolean;
  readonly count: number;
}

/** Which cases a report counts: of the whole collaboration (null) or one work area; all cases, or those the statistics count. */
export interface CasePopulation {
  readonly workArea: string | null;
  readonly statistics: boolean;
}

/** A population's counts as they may be shown: null where hidden. */
export interface ProtectedCaseView {
  readonly total: number | null;
  readonly phase: (phase: string) => number | null;
  readonly table: (tableId: string) => number | null;
  readonly cell: (phase: string, tableId: string) => number | null;
}

const REST_AREA = '\u0000rest';
type Kind = 'all' | 'statistics' | 'left_out';

export function protectReportedCaseCounts(rows: readonly CaseCountRow[], phases: readonly string[], workAreas: readonly string[]): (population: CasePopulation) => ProtectedCaseView {
  const tables = [...new Set(rows.map((r) => r.tableId))].sort();
  const areaOf = (r: CaseCountRow): string => (r.workArea !== null && workAreas.includes(r.workArea) ? r.workArea : REST_AREA);
  const areas: (string | null)[] = [null, ...workAreas, REST_AREA];
  const kinds: Kind[] = ['all', 'statistics', 'left_out'];
  const inKind = (r: CaseCountRow, kind: Kind): boolean => kind === 'all' || (kind === 'statistics') === r.inStatistics;

  const counts: number[] = [];
  const initial: boolean[] = [];
  const index = new Map<string, number>();
  const keyOf = (area: string | null, kind: Kind, item: string): string => JSON.stringify([area, kind, item]);
  const at = (area: string | null, kind: Kind, item: string): number => index.get(keyOf(area, kind, item)) ?? -1;
  const lines: CountLine[] = [];
  const items = ['total', ...phases.map((p) => `p:${p}`), ...tables.map((t) => `t:${t}`), ...phases.flatMap((p) => tables.map((t) => `c:${p}:${t}`))];

  for (const area of areas) {
    for (const kind of kinds) {
      const of = rows.filter((r) => (area === null || areaOf(r) === area) && inKind(r, kind));
      const sum = (pick: (r: CaseCountRow) => boolean): number => of.filter(pick).reduce((n, r) => n + r.count, 0);
      const byPhase = phases.map((p) => ({ key: p, count: sum((r) => r.phase === p) }));
      const byTable = tables.map((t) => ({ key: t, count: sum((r) => r.tableId === t) }));
      const byCell = phases.flatMap((p) => tables.map((t) => ({ key: { phase: p, tableId: t }, count: sum((r) => r.phase === p && r.tableId === t) })));
      // The protection one report gives this population on its own.
      const own = protectCaseCounts(sum(() => true), byPhase, byTable, byCell);
      const add = (item: string, count: number, hidden: boolean): void => {
        index.set(keyOf(area, kind, item), counts.length);
        counts.push(count);
        initial.push(hidden);
      };
      add('total', sum(() => true), own.total.suppressed);
      byPhase.forEach((c, i) => add(`p:${c.key}`, c.count, own.byPhase[i]?.suppressed ?? true));
      byTable.forEach((c, i) => add(`t:${c.key}`, c.count, own.byTable[i]?.suppressed ?? true));
      byCell.forEach((c, i) => add(`c:${c.key.phase}:${c.key.tableId}`, c.count, own.byPhaseAndTable[i]?.suppressed ?? true));
      lines.push(
        { total: at(area, kind, 'total'), members: phases.map((p) => at(area, kind, `p:${p}`)) },
        { total: at(area, kind, 'total'), members: tables.map((t) => at(area, kind, `t:${t}`)) },
        ...phases.map((p) => ({ total: at(area, kind, `p:${p}`), members: tables.map((t) => at(area, kind, `c:${p}:${t}`)) })),
        ...tables.map((t) => ({ total: at(area, kind, `t:${t}`), members: phases.map((p) => at(area, kind, `c:${p}:${t}`)) })),
      );
    }
  }
  for (const item of items) {
    // All cases are those the statistics count plus those they leave out.
    for (const area of areas) lines.push({ total: at(area, 'all', item), members: [at(area, 'statistics', item), at(area, 'left_out', item)] });
    // The collaboration is its work areas plus the cases in none of them.
    for (const kind of kinds) lines.push({ total: at(null, kind, item), members: areas.filter((a) => a !== null).map((a) => at(a, kind, item)) });
  }
  // First the statistics on their own: what they hide may depend only on what they count, so
  // that data they leave out (deleted cases; Nijmegen: what non-municipal partners registered)
  // never changes them (seed 004 Bijlage 2). Then every count, the statistics' ones locked: a
  // line that would give a hidden count away hides the figures' counts instead.
  const isStatistics = counts.map(() => false);
  for (const area of areas) for (const item of items) isStatistics[at(area, 'statistics', item)] = true;
  const statisticsLines = lines.filter((l) => isStatistics[l.total] === true && l.members.every((m) => isStatistics[m] === true));
  const statisticsHidden = protectLines(counts, statisticsLines, initial.map((h, i) => h && isStatistics[i] === true));
  // The counts no report publishes (the cases the statistics leave out, the cases in no
  // configured work area) are fixed too: hidden when small, else taken as known to the reader.
  const unpublished = counts.map(() => false);
  for (const item of items) {
    for (const area of areas) unpublished[at(area, 'left_out', item)] = true;
    for (const kind of kinds) unpublished[at(REST_AREA, kind, item)] = true;
  }
  const hidden = protectLines(
    counts,
    lines,
    initial.map((h, i) => (isStatistics[i] === true ? statisticsHidden[i] === true : unpublished[i] === true ? publishableCount(counts[i] ?? 0) === null : h)),
    counts.map((_, i) => isStatistics[i] === true || unpublished[i] === true),
  );
  return (population) => {
    const kind: Kind = population.statistics ? 'statistics' : 'all';
    const area = population.workArea === null ? null : workAreas.includes(population.workArea) ? population.workArea : REST_AREA;
    const totalHidden = hidden[at(area, kind, 'total')] === true;
    // A hidden total hides its whole breakdown, as each report always did.
    const show = (item: string): number | null => {
      const i = at(area, kind, item);
      if (i < 0) return 0;
      return totalHidden || hidden[i] === true ? null : (counts[i] ?? 0);
    };
    return {
      total: show('total'),
      phase: (p) => show(`p:${p}`),
      table: (t) => show(`t:${t}`),
      cell: (p, t) => show(`c:${p}:${t}`),
    };
  };
}
