/**
 * Issue 16 item 7 over HTTP, on the shipped Nijmegen configuration (seed 004 Bijlage 2 "Toegang"):
 * the statistician's export (CSV and XLSX) holds non-identifying counts only, is unchanged when a
 * non-municipal partner adds data, changes when the municipality does, and the statistician sees
 * no case numbers. Small counts are suppressed; other roles are refused.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const signal = (name: string, basis: object): object => ({ tableId: 'regieteam', subjects: [{ name }], complexCriteria: ['multi_problem'], lifeDomains: ['housing'], registration: { basis } });

async function csvOf(): Promise<string> {
  const res = await s.request('GET', '/api/reports/statistics.csv', await s.login('statisticus@nijmegen'));
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
}

async function register(user: string, name: string, basis: object): Promise<{ number: string }> {
  const res = await s.request('POST', '/api/cases', await s.login(user), { ...signal(name, basis), processDirectorId: s.userId('procesregisseur@nijmegen') });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('004 Bijlage 2 statistics for research and statistics', () => {
  it('004-B2 004-R10 004-R08 the Nijmegen export (CSV and Excel) is unchanged when a non-municipal partner adds data, changes when the municipality does, and names no case', async () => {
    const before = await csvOf();
    expect(before.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Onderdeel,Onderwerp,Aantal,Weggelaten (1 tot en met 4)');
    const other = await register('sterker-sociaal-werk@nijmegen', 'Huishouden De Wit', { kind: 'vital_interest', motivation: 'Acute dreiging van huisuitzetting met kinderen.' });
    expect(await csvOf()).toBe(before);

    const numbers = [other.number];
    for (let i = 0; i < 5; i++) numbers.push((await register('gemeente-nijmegen@nijmegen', `Huishouden Jansen ${i}`, { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' })).number);
    const after = await csvOf();
    expect(after).not.toBe(before);
    expect(after).toContain('Totalen,Casussen,5,nee');
    for (const n of numbers) expect(after).not.toContain(n);
    expect(after).not.toMatch(/Jansen|De Wit|Sterker/);

    // The statistician's own case list is empty: no case numbers, no lead partners.
    const list = await s.request('GET', '/api/cases', await s.login('statisticus@nijmegen'));
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([]);

    // The XLSX workbook holds the same rows and the note on what is counted.
    const xlsx = await s.request('GET', '/api/reports/statistics.xlsx', await s.login('statisticus@nijmegen'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Statistiek');
    const rows: string[] = [];
    sheet?.eachRow((row) => rows.push((row.values as (string | number | null | undefined)[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))).join(',')));
    expect(rows).toEqual(after.replace(/^\uFEFF/, '').trim().split('\r\n'));
    const note: string[] = [];
    book.getWorksheet('Toelichting')?.eachRow((row) => note.push(row.getCell(1).text));
    expect(note.join(' ')).toMatch(/gemeentelijke partners/);
    const downloads = await s.deps.database.db.selectFrom('document_downloads').select('kind').where('user_id', '=', s.userId('statisticus@nijmegen')).execute();
    expect(downloads.map((d) => d.kind)).toEqual(expect.arrayContaining(['statistics_csv', 'statistics_xlsx']));
  });

  it('004-B2 outside Nijmegen every partner counts; small counts are suppressed; a professional and a privacy officer are refused', async () => {
    const stat = await s.login('statisticus@venlo');
    const json = await s.request('GET', '/api/reports/statistics', stat);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ onlyMunicipal: false, threshold: 5 });
    for (const who of ['politie-limburg@venlo', 'privacy@venlo']) {
      const refused = await s.request('GET', '/api/reports/statistics.csv', await s.login(who));
      expect(refused.statusCode).toBe(403);
      expect((JSON.parse(refused.body) as { error: { rule: string } }).error.rule).toBe('P19');
    }
  });
});

describe('004-R08 management reports without personal data (seed 004 Bijlage 2 Toegang)', () => {
  it('004-R08 the management report the statistician reads has no personal data: in a year with two signals its case counts are suppressed, it names no case and no household', async () => {
    const start = s.deps.now();
    try {
      s.setNow(new Date('2029-03-01T09:00:00Z'));
      const numbers: string[] = [];
      for (const name of ['Huishouden Rutten', 'Huishouden Peeters']) numbers.push((await register('gemeente-nijmegen@nijmegen', name, { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' })).number);
      const res = await s.request('GET', '/api/reports/accountability?year=2029', await s.login('statisticus@nijmegen'));
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json<{ anySuppressed: boolean; cases: { total: number | null; byPhase: Record<string, number | null> } }>();
      expect(report.cases.total).toBeNull();
      expect(report.cases.byPhase.screening).toBeNull();
      expect(report.anySuppressed).toBe(true);
      for (const n of numbers) expect(res.body).not.toContain(n);
      expect(res.body).not.toMatch(/Rutten|Peeters/);
    } finally {
      s.setNow(start);
    }
  });
});
