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
});
