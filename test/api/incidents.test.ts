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

type ErrorBody = { error: { code: string; rule?: string; fields?: { field: string }[] } };
interface Notice {
  state: string;
  dueAt: string;
  late: boolean;
}
interface Incident {
  id: string;
  status: { partnerNotice: Notice & { missing: string[] }; dpaNotice: Notice };
}

describe('P17 security incidents over HTTP', () => {
  it('P17 register: a professional reports with the moment of discovery; 24h partner and 72h DPA deadlines; a statistician is refused', async () => {
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('POST', '/api/incidents', pro, { discoveredAt: '2026-06-01T07:00:00Z', summary: 'Een lijst met casusnummers is naar een verkeerd adres gemaild.', severity: 'high' });
    expect(res.statusCode, res.body).toBe(201);
    const incident = res.json<Incident>();
    expect(incident.status.partnerNotice).toMatchObject({ state: 'open', dueAt: '2026-06-02T07:00:00.000Z' });
    expect(incident.status.dpaNotice).toMatchObject({ state: 'open', dueAt: '2026-06-04T07:00:00.000Z' });
    expect(incident.status.partnerNotice.missing).not.toContain(s.partnerId('zvh-noord-limburg', 'reclassering-nederland'));

    const stat = await s.login('statisticus@noord-limburg');
    const refused = await s.request('POST', '/api/incidents', stat, { discoveredAt: '2026-06-01T07:00:00Z', summary: 'x' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P17');
  });

  it('P17 tracking: the partner notice turns overdue after 24h; recorded late it is done and late; the DPA notice within 72h is on time', async () => {
    const po = await s.login('privacy@noord-limburg');
    const { id } = (await s.request('POST', '/api/incidents', po, { discoveredAt: '2026-06-01T08:00:00Z', summary: 'Laptop gestolen.' })).json<Incident>();
    s.advance(25 * 3_600_000);
    const po2 = await s.login('privacy@noord-limburg');
    const listed = (await s.request('GET', '/api/incidents', po2)).json<Incident[]>().find((i) => i.id === id);
    expect(listed?.status.partnerNotice.state).toBe('overdue');

    const pro = await s.login('reclassering-nederland@noord-limburg');
    const notAllowed = await s.request('POST', `/api/incidents/${id}/notices`, pro, { kind: 'partners' });
    expect(notAllowed.statusCode).toBe(403);
    expect(notAllowed.json<ErrorBody>().error.rule).toBe('P17');

    const partners = (await s.request('POST', `/api/incidents/${id}/notices`, po2, { kind: 'partners' })).json<Incident>();
    expect(partners.status.partnerNotice).toMatchObject({ state: 'done', late: true, missing: [] });
    const dpa = (await s.request('POST', `/api/incidents/${id}/notices`, po2, { kind: 'dpa' })).json<Incident>();
    expect(dpa.status.dpaNotice).toMatchObject({ state: 'done', late: false });
  });

  it('P17 validation: a discovery in the future is refused naming the field', async () => {
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('POST', '/api/incidents', pro, { discoveredAt: '2030-01-01T00:00:00Z', summary: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['discoveredAt']);
  });
});
