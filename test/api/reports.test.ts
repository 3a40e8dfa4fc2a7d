import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  const rn = await s.login('reclassering-nederland@noord-limburg');
  for (let i = 0; i < 6; i++) {
    const res = await s.request('POST', '/api/cases', rn, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Jan de Vries', bsn: '111222333' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Overlast en schulden.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const pol = await s.login('politie-limburg@venlo');
  for (let i = 0; i < 2; i++) {
    const res = await s.request('POST', '/api/cases', pol, {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Marie Venlo' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Meldingen.', police: true, basis: { kind: 'wpg20', decision: 'Art. 20-beslissing' } },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { code: string; rule?: string } };
interface Cell {
  key: unknown;
  count: number | null;
  suppressed: boolean;
}
interface Figures {
  total: Cell;
  byPhase: Cell[];
  byTable: Cell[];
  anySuppressed: boolean;
  suppression: { threshold: number; note: { nl: string; en: string } };
}

describe('P19 management figures and the yearly report over HTTP', () => {
  it('P19 figures: the manager sees counts per phase and table; a statistician too; a professional and an admin are refused', async () => {
    const manager = await s.login('manager@noord-limburg');
    const res = await s.request('GET', '/api/reports/figures', manager);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json<Figures>();
    expect(f.total.count).toBe(6);
    expect(f.byPhase.find((c) => c.key === 'screening')).toEqual({ key: 'screening', count: 6, suppressed: false });
    expect(f.byTable).toEqual([{ key: 'rto-complexe-casuistiek', count: 6, suppressed: false }]);
    expect(res.body).not.toContain('Jan de Vries');
    expect((await s.request('GET', '/api/reports/figures?year=2026', await s.login('statisticus@noord-limburg'))).statusCode).toBe(200);
    for (const who of ['reclassering-nederland@noord-limburg', 'beheerder@noord-limburg']) {
      const refused = await s.request('GET', '/api/reports/figures', await s.login(who));
      expect(refused.statusCode).toBe(403);
      expect(refused.json<ErrorBody>().error.rule).toBe('P19');
    }
  });

  it('P19 small counts: below five they are suppressed and the answer says so', async () => {
    const manager = await s.login('manager@venlo');
    const f = (await s.request('GET', '/api/reports/figures', manager)).json<Figures>();
    expect(f.total).toEqual({ key: 'all', count: null, suppressed: true });
    expect(f.byPhase.find((c) => c.key === 'screening')?.suppressed).toBe(true);
    // L3: with a total of 1 to 4 the zeros are hidden too (shown, they would tell how many phases share it).
    expect(f.byPhase.find((c) => c.key === 'rto')).toEqual({ key: 'rto', count: null, suppressed: true });
    expect(f.anySuppressed).toBe(true);
    expect(f.suppression.threshold).toBe(5);
    expect(f.suppression.note.nl).toMatch(/weggelaten/);
  });

  it('P19 accountability report: cases, provisions, bases, consent, rights requests and incidents as counts; no subject name or BSN appears', async () => {
    const po = await s.login('privacy@noord-limburg');
    await s.request('POST', '/api/rights-requests', po, { kind: 'information', requester: 'Jan de Vries, 06-12345678' });
    await s.request('POST', '/api/incidents', po, { discoveredAt: '2026-06-01T08:00:00Z', summary: 'Verkeerd gemaild.' });
    const manager = await s.login('manager@noord-limburg');
    const res = await s.request('GET', '/api/reports/accountability?year=2026', manager);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{
      cases: { total: number; byPhase: Record<string, number> };
      provisions: { total: number; byPartner: { partnerId: string; count: number }[] };
      bases: Record<string, number>;
      consent: { withConsent: number; withoutConsent: number };
      rightsRequests: { total: { received: number | null } };
      incidents: { registered: number | null };
    }>();
    expect(report.cases.total).toBe(6);
    expect(report.cases.byPhase.screening).toBe(6);
    expect(report.provisions.byPartner).toEqual([{ partnerId: s.partnerId('zvh-noord-limburg', 'reclassering-nederland'), count: 6, police: 0 }]);
    expect(report.bases.public_task).toBe(6);
    expect(report.consent).toMatchObject({ withConsent: 0, withoutConsent: 6 });
    // One request and one incident: counts under five are suppressed, as in the figures.
    expect(report.rightsRequests.total.received).toBeNull();
    expect(report.incidents.registered).toBeNull();
    for (const personal of ['Jan de Vries', '111222333', '06-12345678', 'Overlast']) expect(res.body).not.toContain(personal);
    const refused = await s.request('GET', '/api/reports/accountability?year=2026', await s.login('reclassering-nederland@noord-limburg'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P19');
    const noYear = await s.request('GET', '/api/reports/accountability', manager);
    expect(noYear.statusCode).toBe(400);
  });

  it('13.16 small counts (L3): the accountability report suppresses the counts the figures suppress, for the same role and collaboration', async () => {
    const manager = await s.login('manager@venlo');
    const f = (await s.request('GET', '/api/reports/figures?year=2026', manager)).json<Figures>();
    const res = await s.request('GET', '/api/reports/accountability?year=2026', manager);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{ cases: { total: number | null; byPhase: Record<string, number | null> }; provisions: { total: number | null }; anySuppressed: boolean; suppression: Figures['suppression'] }>();
    expect(f.total.count).toBeNull();
    expect(report.cases.total).toBe(f.total.count);
    for (const cell of f.byPhase) expect(report.cases.byPhase[cell.key as string], String(cell.key)).toBe(cell.count);
    expect(report.provisions.total).toBeNull();
    expect(report.anySuppressed).toBe(true);
    expect(report.suppression).toEqual(f.suppression);
  });

  it('P19 accountability report as CSV: one row per count with the same suppression, registered as an export; a professional is refused', async () => {
    const manager = await s.login('manager@noord-limburg');
    const res = await s.request('GET', '/api/reports/accountability.csv?year=2026', manager);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="verantwoording-2026.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Onderdeel,Onderwerp,Aantal,Weggelaten (1 tot en met 4)');
    expect(lines).toContain('Casussen,Totaal,6,nee');
    expect(lines.some((l) => l.startsWith('Verstrekkingen per partner,Reclassering'))).toBe(true);
    expect(res.body).not.toContain('Jan de Vries');
    const downloads = await s.deps.database.db.selectFrom('document_downloads').select('kind').where('user_id', '=', s.userId('manager@noord-limburg')).execute();
    expect(downloads.map((d) => d.kind)).toContain('accountability_report_csv');
    const venlo = await s.request('GET', '/api/reports/accountability.csv?year=2026', await s.login('privacy@venlo'));
    expect(venlo.body).toMatch(/Casussen,Totaal,,ja/);
    const refused = await s.request('GET', '/api/reports/accountability.csv?year=2026', await s.login('reclassering-nederland@noord-limburg'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P19');
  });
});
