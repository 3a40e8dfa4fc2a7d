/**
 * Finding L3 across reports (ADR 0127): each report hid its small counts and protected its own
 * breakdowns, but the reports of one collaboration and year were protected each on its own. The
 * management figures count deleted cases and the research statistics do not, so the figures'
 * total minus the statistics' total gave the number of deleted cases, a count the figures hid;
 * and the figures hid phases (to protect that count) that the statistics showed. Reproduced on
 * the shipped Venlo configuration through the HTTP API: thirteen cases at the zorgnetwerk in work
 * area Blerick, six in triage, five in RTO and two deleted. The attacker reads every report
 * (figures and statistics for the collaboration and for the work area, the accountability report)
 * and tries every subtraction of one published number from another; none now gives the 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../api/phases.flow.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const venloCase = {
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: 'Karel Smit' }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'x', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
};

interface Cell { key: unknown; count: number | null }
interface Figures { total: Cell; byPhase: Cell[] }
interface StatRow { section: string; key: string; count: number | null }

/** What one report publishes of the case counts: the total and the count per phase. */
interface Published { readonly name: string; readonly total: number | null; readonly phase: (p: string) => number | null; readonly countsDeleted: boolean }

describe('L3 small counts cannot be worked out by subtracting one report from another', () => {
  it('L3 across reports: figures, statistics (collaboration and work area) and the accountability report of Venlo 2026 do not give away the two deleted cases', async () => {
    const db = s.deps.database.db;
    const venlo = s.collaborationId('zorgnetwerk-venlo');
    expect(await db.selectFrom('cases').select('id').where('collaboration_id', '=', venlo).execute()).toEqual([]);
    const phases = [...Array<string>(6).fill('triage'), ...Array<string>(5).fill('rto'), 'deleted', 'deleted'];
    for (const phase of phases) {
      const c = await register(s, 'gemeente-venlo@venlo', venloCase);
      await db.updateTable('cases').set({ phase }).where('id', '=', c.id).execute();
    }
    const manager = await s.login('manager@venlo');
    const statistician = await s.login('statisticus@venlo');
    const get = async <T>(url: string, session: Awaited<ReturnType<typeof s.login>>): Promise<T> => {
      const res = await s.request('GET', url, session);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<T>();
    };
    const figures = async (query: string): Promise<Published> => {
      const f = await get<Figures>(`/api/reports/figures?year=2026${query}`, manager);
      return { name: `figures${query}`, total: f.total.count, phase: (p) => f.byPhase.find((c) => c.key === p)?.count ?? null, countsDeleted: true };
    };
    const statistics = async (query: string): Promise<Published> => {
      const rows = (await get<{ rows: StatRow[] }>(`/api/reports/statistics?year=2026${query}`, statistician)).rows;
      return {
        name: `statistics${query}`,
        total: rows.find((r) => r.section === 'totals' && r.key === 'cases')?.count ?? null,
        phase: (p) => rows.find((r) => r.section === 'cases_by_phase' && r.key === p)?.count ?? null,
        countsDeleted: false,
      };
    };
    const report = await get<{ cases: { total: number | null; byPhase: Record<string, number | null> } }>('/api/reports/accountability?year=2026', manager);
    const reports: Published[] = [
      await figures(''),
      await figures('&workArea=blerick'),
      await statistics(''),
      await statistics('&workArea=blerick'),
      { name: 'accountability', total: report.cases.total, phase: (p) => report.cases.byPhase[p] ?? null, countsDeleted: true },
    ];
    // The deleted cases are a small count: every report that counts them hides it.
    for (const r of reports.filter((x) => x.countsDeleted)) expect(r.phase('deleted'), r.name).toBeNull();
    // Every number a report shows is true.
    for (const r of reports) {
      const truth = (p: string): number => phases.filter((x) => x === p && (r.countsDeleted || p !== 'deleted')).length;
      if (r.total !== null) expect(r.total, r.name).toBe(r.countsDeleted ? 13 : 11);
      for (const p of ['triage', 'rto']) if (r.phase(p) !== null) expect(r.phase(p), `${r.name} ${p}`).toBe(truth(p));
    }

    // The attacker: the deleted count is a total that counts them minus a total that does not, or
    // minus the other phases, each taken from whichever report shows it.
    const anyShown = (p: string): number | null => reports.map((r) => r.phase(p)).find((n) => n !== null) ?? null;
    const derived: number[] = [];
    for (const a of reports.filter((r) => r.countsDeleted && r.total !== null)) {
      for (const b of reports.filter((r) => !r.countsDeleted && r.total !== null)) derived.push((a.total ?? 0) - (b.total ?? 0));
      const others = ['triage', 'rto'].map(anyShown);
      if (others.every((n) => n !== null)) derived.push((a.total ?? 0) - others.reduce<number>((n, x) => n + (x ?? 0), 0));
    }
    expect(derived).toEqual([]);
  });
});
