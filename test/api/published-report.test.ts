/**
 * The published yearly accountability report (row 001-17; seed 001 art. 4.4, ADR 0145): once a
 * year has ended, the manager publishes its report; the partners read that version, which stays
 * as published when the counts of that year change later. A year still running, a second
 * publication, another role publishing and a third party reading are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register } from './phases.flow.js';
import { pdfText } from '../support/pdf-text.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Published {
  year: number;
  publishedAt: string;
  publishedBy: string;
  report: { year: number; cases: { total: number | null } };
}
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;

describe('001-17 the published accountability report', () => {
  it('001-17 the manager publishes an ended year once; partners read that version, unchanged when later counts of the year differ', async () => {
    const start = s.deps.now();
    const year = start.getUTCFullYear() - 1;
    // Five cases registered in the year to publish.
    s.setNow(new Date(Date.UTC(year, 5, 1, 9)));
    for (let i = 0; i < 5; i++) await register(s);
    s.setNow(new Date(Date.UTC(year + 1, 0, 15, 9)));

    const manager = await s.login('manager@noord-limburg');
    // A year still running is refused at its field.
    const running = await s.request('POST', '/api/reports/accountability/published', manager, { year: year + 1 });
    expect(running.statusCode, running.body).toBe(400);
    expect(errorOf(running.body).fields?.map((f) => f.field)).toEqual(['year']);
    // Another role may not publish.
    const byPrivacy = await s.request('POST', '/api/reports/accountability/published', await s.login('privacy@noord-limburg'), { year });
    expect(byPrivacy.statusCode).toBe(403);
    expect(errorOf(byPrivacy.body)).toMatchObject({ rule: 'P19', reason: 'role_not_allowed' });

    const live = (await s.request('GET', `/api/reports/accountability?year=${year}`, manager)).json<Published['report']>();
    expect(live.cases.total).toBe(5);
    const published = await s.request('POST', '/api/reports/accountability/published', manager, { year });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json<{ year: number; publishedBy: string }>()).toMatchObject({ year });
    const again = await s.request('POST', '/api/reports/accountability/published', manager, { year });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again.body)).toMatchObject({ rule: 'P19', reason: 'already_published' });

    // A case of that year registered afterwards changes the live report, not the published one.
    s.setNow(new Date(Date.UTC(year, 10, 1, 9)));
    await register(s);
    s.setNow(new Date(Date.UTC(year + 1, 1, 1, 9)));
    const partner = await s.login('woonwenz@noord-limburg');
    const list = await s.request('GET', '/api/reports/accountability/published', partner);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<{ year: number }[]>().map((r) => r.year)).toEqual([year]);
    const read = await s.request('GET', `/api/reports/accountability/published/${year}`, partner);
    expect(read.statusCode, read.body).toBe(200);
    const frozen = read.json<Published>();
    expect(frozen.report).toEqual(live);
    expect(frozen.report.cases.total).toBe(5);
    expect((await s.request('GET', `/api/reports/accountability?year=${year}`, await s.login('manager@noord-limburg'))).json<Published['report']>().cases.total).toBe(6);
    expect((await s.request('GET', `/api/reports/accountability/published/${year - 1}`, partner)).statusCode).toBe(404);

    // Another collaboration does not see it; a third party is refused.
    expect((await s.request('GET', '/api/reports/accountability/published', await s.login('manager@venlo'))).json<unknown[]>()).toEqual([]);
    const third = await s.request('GET', '/api/reports/accountability/published', await s.login('entrea@nijmegen'));
    expect(third.statusCode).toBe(403);
    expect(errorOf(third.body)).toMatchObject({ rule: 'P11', reason: 'role_not_allowed' });
    s.setNow(start);
  });

  it('001-17 the published report is read (JSON, CSV, PDF) by the office roles and by who speaks for a partner; a colleague of an organisation with its own privacy officer, support staff and the admin are refused', async () => {
    const start = s.deps.now();
    const year = start.getUTCFullYear() - 2;
    s.setNow(new Date(Date.UTC(year, 3, 1, 9)));
    for (let i = 0; i < 5; i++) await register(s);
    s.setNow(new Date(Date.UTC(year + 1, 0, 10, 9)));
    expect((await s.request('POST', '/api/reports/accountability/published', await s.login('manager@noord-limburg'), { year })).statusCode).toBe(201);
    // A later registration in that year moves the live count, not the published downloads.
    s.setNow(new Date(Date.UTC(year, 8, 1, 9)));
    await register(s);
    s.setNow(start);

    // Office roles and the only professional of a partner (who speaks for it) read all three forms.
    for (const who of ['privacy@noord-limburg', 'statisticus@noord-limburg', 'woonwenz@noord-limburg']) {
      const cookie = await s.login(who);
      const read = await s.request('GET', `/api/reports/accountability/published/${year}`, cookie);
      expect(read.statusCode, `${who}: ${read.body}`).toBe(200);
      expect(read.json<Published>().report.cases.total).toBe(5);
      const csv = await s.request('GET', `/api/reports/accountability/published.csv?year=${year}`, cookie);
      expect(csv.statusCode, `${who}: ${csv.body}`).toBe(200);
      expect(csv.headers['content-disposition']).toContain(`verantwoording-${year}-gepubliceerd.csv`);
      expect(csv.body).toContain('Casussen,Totaal,5,nee');
      const pdf = await s.request('GET', `/api/documents/published-accountability-report?year=${year}`, cookie);
      expect(pdf.statusCode, `${who}: ${pdf.body}`).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const { text } = await pdfText(pdf.rawPayload);
      expect(text).toContain(`Aangemeld in ${year}: 5.`);
      expect(text).toContain('Gepubliceerd op');
    }
    // The live report counts six by now: the published downloads above did not follow it.
    expect((await s.request('GET', `/api/reports/accountability?year=${year}`, await s.login('manager@noord-limburg'))).json<Published['report']>().cases.total).toBe(6);
    // The menu offers the published reports to the partner's representative, not the live report.
    expect((await s.request('GET', '/api/privacy/menu', await s.login('woonwenz@noord-limburg'))).json()).toMatchObject({ accountability: false, publishedReports: true });

    // Refused: a professional and a process director of the operator, which has its own privacy
    // officer to speak for it; support staff; the admin. Each form of the report is refused alike.
    for (const who of ['gemeente-horst-aan-de-maas@noord-limburg', 'procesregisseur@noord-limburg', 'ondersteuner@noord-limburg', 'beheerder@noord-limburg']) {
      const cookie = await s.login(who);
      for (const url of ['/api/reports/accountability/published', `/api/reports/accountability/published/${year}`, `/api/reports/accountability/published.csv?year=${year}`, `/api/documents/published-accountability-report?year=${year}`]) {
        const refused = await s.request('GET', url, cookie);
        expect(refused.statusCode, `${who} ${url}: ${refused.body}`).toBe(403);
        expect(errorOf(refused.body)).toMatchObject({ rule: 'P19', reason: 'not_a_partner_representative' });
      }
      expect((await s.request('GET', '/api/privacy/menu', cookie)).json()).toMatchObject({ publishedReports: false });
    }
  });
});
