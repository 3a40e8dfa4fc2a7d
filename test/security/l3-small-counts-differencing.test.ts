/**
 * Finding L3 (penetration test 2026-12-06): the figures hid counts from 1 to 4, but "total 10
 * and rejected 5 with five suppressed cells" let the hidden cells be worked out (each was 1),
 * and the accountability report showed the small counts outright. Reproduced on the shipped
 * Venlo configuration: ten cases, one in each of five phases and five rejected. Neither the
 * figures nor the accountability report now let a hidden count be derived from what they show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { protectCaseCounts } from '../../src/domain/reporting/small-counts.js';
import { buildStatistics } from '../../src/domain/reporting/statistics.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register } from '../api/phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Cell { key: unknown; count: number | null; suppressed: boolean }
interface Figures { total: Cell; byPhase: Cell[]; byTable: Cell[]; byPhaseAndTable: Cell[] }

const venloCase = {
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: 'Karel Smit' }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'x', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
};

/** Whether the shown total minus the shown cells pins the hidden cells (one hidden, or all 1, or all 4). */
function pinned(total: number | null, cells: readonly Cell[], truth: (c: Cell) => number): boolean {
  if (total === null) return false;
  const hidden = cells.filter((c) => c.count === null);
  if (hidden.length === 0) return false;
  const difference = total - cells.reduce((n, c) => n + (c.count ?? 0), 0);
  expect(difference).toBe(hidden.reduce((n, c) => n + truth(c), 0));
  return hidden.length === 1 || difference === hidden.length || difference === 4 * hidden.length;
}

describe('L3 small counts cannot be worked out by differencing', () => {
  it('L3 the reproduction: total 10, rejected 5 and five phases of 1: the figures and the accountability report hide rejected too, and no hidden count follows from the rest', async () => {
    const db = s.deps.database.db;
    const existing = await db.selectFrom('cases').select('id').where('collaboration_id', '=', s.collaborationId('zorgnetwerk-venlo')).execute();
    expect(existing).toEqual([]);
    const phases = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected'];
    for (const phase of phases) {
      const c = await register(s, 'gemeente-venlo@venlo', venloCase);
      await db.updateTable('cases').set({ phase }).where('id', '=', c.id).execute();
    }
    const manager = await s.login('manager@venlo');
    const res = await s.request('GET', '/api/reports/figures?year=2026', manager);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json<Figures>();
    const truth = (c: Cell): number => phases.filter((p) => p === c.key).length;
    expect(f.total.count).toBe(10);
    expect(f.byPhase.find((c) => c.key === 'rejected')?.count).toBeNull();
    for (const c of f.byPhase) if (c.count !== null) expect(c.count).toBe(truth(c));
    expect(pinned(f.total.count, f.byPhase, truth)).toBe(false);

    const report = (await s.request('GET', '/api/reports/accountability?year=2026', manager)).json<{ cases: { total: number | null; byPhase: Record<string, number | null> } }>();
    expect(report.cases.total).toBe(10);
    expect(report.cases.byPhase['rejected']).toBeNull();
    const reportCells = Object.entries(report.cases.byPhase).map(([key, count]) => ({ key, count, suppressed: count === null }));
    expect(pinned(report.cases.total, reportCells, truth)).toBe(false);
    for (const c of reportCells) if (c.count !== null) expect(c.count).toBe(truth(c));
  });

  it('L3 research statistics: the same ten cases give the statistician no hidden count by differencing either (phases, tables, categories)', async () => {
    const db = s.deps.database.db;
    const venlo = s.collaborationId('zorgnetwerk-venlo');
    const phases = (await db.selectFrom('cases').select('phase').where('collaboration_id', '=', venlo).execute()).map((c) => c.phase);
    if (phases.length === 0) {
      for (const phase of ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected']) {
        const c = await register(s, 'gemeente-venlo@venlo', venloCase);
        await db.updateTable('cases').set({ phase }).where('id', '=', c.id).execute();
        phases.push(phase);
      }
    }
    const res = await s.request('GET', '/api/reports/statistics?year=2026', await s.login('statisticus@venlo'));
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json<{ rows: { section: string; key: string; count: number | null }[] }>().rows;
    const cases = rows.find((r) => r.section === 'totals' && r.key === 'cases');
    expect(cases?.count).toBe(10);
    const byPhase = rows.filter((r) => r.section === 'cases_by_phase').map((r) => ({ key: r.key, count: r.count, suppressed: r.count === null }));
    expect(byPhase.find((c) => c.key === 'rejected')?.count).toBeNull();
    const truth = (c: Cell): number => phases.filter((p) => p === c.key).length;
    expect(pinned(cases?.count ?? null, byPhase, truth)).toBe(false);
    for (const c of byPhase) if (c.count !== null) expect(c.count).toBe(truth(c));
  });

  it('L3 research statistics: a category total that would give away its one hidden category hides the shown ones too', () => {
    const stats = buildStatistics({
      year: 2026,
      countedPartners: null,
      cases: [{ phase: 'rto', tableId: 'A', registrantPartnerId: 'p', count: 12 }],
      contributions: [
        { category: 'housing', byPartnerId: 'p', count: 9 },
        { category: 'income_debts', byPartnerId: 'p', count: 2 },
        { category: 'police_justice', byPartnerId: 'q', count: 7 },
      ],
    });
    const at = (section: string) => stats.rows.filter((r) => r.section === section);
    const total = stats.rows.find((r) => r.section === 'totals' && r.key === 'contributions')?.count ?? null;
    const categories = at('contributions_by_category').map((r) => ({ key: r.key, count: r.count, suppressed: r.count === null }));
    const truth = (c: Cell): number => ({ housing: 9, income_debts: 2, police_justice: 7 })[c.key as string] ?? 0;
    expect(total).toBe(18);
    expect(pinned(total, categories, truth)).toBe(false);
    // The phases: rto 12 alone is the total; nothing hidden, nothing to give away.
    expect(at('cases_by_phase').find((r) => r.key === 'rto')?.count).toBe(12);
  });

  it('L3 a table\'s column of phase × table cells does not give away a hidden cell: rows that pin nothing, columns that would', () => {
    // Phase x: A 2, B 3, C 10 (15); phase y: A 10, B 2, C 3 (15). No row pins its hidden cells, but
    // table A (12) shown with y/A 10 shown gave x/A = 2, and table C (13) with x/C 10 gave y/C = 3.
    const cells = [
      { key: { phase: 'x', tableId: 'A' }, count: 2 },
      { key: { phase: 'x', tableId: 'B' }, count: 3 },
      { key: { phase: 'x', tableId: 'C' }, count: 10 },
      { key: { phase: 'y', tableId: 'A' }, count: 10 },
      { key: { phase: 'y', tableId: 'B' }, count: 2 },
      { key: { phase: 'y', tableId: 'C' }, count: 3 },
    ];
    const tables = [
      { key: 'A', count: 12 },
      { key: 'B', count: 5 },
      { key: 'C', count: 13 },
    ];
    const out = protectCaseCounts(30, [{ key: 'x', count: 15 }, { key: 'y', count: 15 }], tables, cells);
    const shown = (phase: string, table: string) => out.byPhaseAndTable.find((c) => c.key.phase === phase && c.key.tableId === table)?.count ?? null;
    expect(shown('x', 'A')).toBeNull();
    expect(shown('y', 'C')).toBeNull();
    // Every line with a shown total: the hidden cells are not pinned by the difference.
    const lines = [
      ...['x', 'y'].map((phase) => ({ total: out.byPhase.find((c) => c.key === phase)?.count ?? null, members: out.byPhaseAndTable.filter((c) => c.key.phase === phase) })),
      ...['A', 'B', 'C'].map((table) => ({ total: out.byTable.find((c) => c.key === table)?.count ?? null, members: out.byPhaseAndTable.filter((c) => c.key.tableId === table) })),
    ];
    for (const line of lines) {
      if (line.total === null) continue;
      const hidden = line.members.filter((c) => c.suppressed);
      if (hidden.length === 0) continue;
      const difference = line.total - line.members.reduce((n, c) => n + (c.count ?? 0), 0);
      expect(hidden.length).toBeGreaterThan(1);
      expect([0, hidden.length, 4 * hidden.length]).not.toContain(difference);
    }
  });
});
