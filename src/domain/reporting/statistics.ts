/**
 * The statistics of a collaboration for research and statistics (seed 004 Bijlage 2 "Toegang"):
 * non-identifying counts only — cases per phase and per table, contributions per category —
 * with small counts suppressed, and the cells a shown total would give away hidden too (L3,
 * `protectLines`). Where the covenant says so (Nijmegen), nothing a non-municipal
 * partner entered is counted: neither the cases it registered nor its contributions. No case
 * number, lead partner or any per-case row is an output. Pure: the service passes the rows.
 */
import { PHASES } from '../model.js';
import { protectLines, SMALL_COUNT_THRESHOLD } from './small-counts.js';
import type { CountLine } from './small-counts.js';
import type { ProtectedCaseView } from './reported-case-counts.js';

export interface StatisticsInput {
  readonly year: number | null;
  /** Null: every partner counts; else only these (the municipal partners). */
  readonly countedPartners: readonly string[] | null;
  readonly cases: readonly { readonly phase: string; readonly tableId: string; readonly registrantPartnerId: string; readonly count: number }[];
  readonly contributions: readonly { readonly category: string; readonly byPartnerId: string; readonly count: number }[];
  /**
   * The case counts as every report of the collaboration and period may show them (ADR 0127,
   * `protectReportedCaseCounts` for the statistics' population): what they hide is hidden here too.
   */
  readonly protectedCases?: ProtectedCaseView | undefined;
}

export interface StatisticsRow {
  readonly section: 'cases_by_phase' | 'cases_by_table' | 'contributions_by_category' | 'totals';
  readonly key: string;
  readonly count: number | null;
}

export interface Statistics {
  readonly year: number | null;
  readonly onlyMunicipal: boolean;
  readonly threshold: number;
  readonly rows: readonly StatisticsRow[];
}

function sumBy<T>(items: readonly T[], key: (t: T) => string, count: (t: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + count(i));
  return out;
}

export function buildStatistics(input: StatisticsInput): Statistics {
  const counted = input.countedPartners === null ? null : new Set(input.countedPartners);
  const cases = input.cases.filter((c) => counted === null || counted.has(c.registrantPartnerId));
  const contributions = input.contributions.filter((c) => counted === null || counted.has(c.byPartnerId));
  const byPhase = sumBy(cases, (c) => c.phase, (c) => c.count);
  const byTable = sumBy(cases, (c) => c.tableId, (c) => c.count);
  const byCategory = sumBy(contributions, (c) => c.category, (c) => c.count);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const rows: { readonly section: StatisticsRow['section']; readonly key: string; readonly count: number }[] = [
    { section: 'totals', key: 'cases', count: total(byPhase) },
    { section: 'totals', key: 'contributions', count: total(byCategory) },
    ...PHASES.filter((p) => p !== 'deleted').map((p) => ({ section: 'cases_by_phase' as const, key: p, count: byPhase.get(p) ?? 0 })),
    ...[...byTable.keys()].sort().map((t) => ({ section: 'cases_by_table' as const, key: t, count: byTable.get(t) ?? 0 })),
    ...[...byCategory.keys()].sort().map((c) => ({ section: 'contributions_by_category' as const, key: c, count: byCategory.get(c) ?? 0 })),
  ];
  // Finding L3: the phases and the tables each add up to the cases total, the categories to the
  // contributions total; a shown total minus the shown cells must not give the hidden ones away.
  const at = (section: StatisticsRow['section']): number[] => rows.flatMap((r, i) => (r.section === section ? [i] : []));
  const lines: CountLine[] = [
    { total: 0, members: at('cases_by_phase') },
    { total: 0, members: at('cases_by_table') },
    { total: 1, members: at('contributions_by_category') },
  ];
  const jointly = input.protectedCases;
  const hiddenAcrossReports = (r: (typeof rows)[number]): boolean =>
    jointly !== undefined &&
    ((r.section === 'totals' && r.key === 'cases' && jointly.total === null) || (r.section === 'cases_by_phase' && jointly.phase(r.key) === null) || (r.section === 'cases_by_table' && jointly.table(r.key) === null));
  const hidden = protectLines(
    rows.map((r) => r.count),
    lines,
    rows.map(hiddenAcrossReports),
  );
  // A total hidden to protect its cells hides the whole breakdown, as in the management figures.
  for (const line of lines) if (hidden[line.total] === true) for (const m of line.members) hidden[m] = true;
  if (hidden[0] === true) for (const m of [...at('cases_by_phase'), ...at('cases_by_table')]) hidden[m] = true;
  return {
    year: input.year,
    onlyMunicipal: counted !== null,
    threshold: SMALL_COUNT_THRESHOLD,
    rows: rows.map((r, i) => ({ section: r.section, key: r.key, count: hidden[i] === true ? null : r.count })),
  };
}
