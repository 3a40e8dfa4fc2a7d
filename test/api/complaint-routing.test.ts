/**
 * Complaints routed to the responsible partner over HTTP (P18; 002-C11, 002-C12, 002-A31): the
 * process director registers a complaint by case number; the partner it was routed to finds it in
 * its inbox, opens it (with who complained) and records its answer; another partner is refused.
 */
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

const V = 'zorgnetwerk-venlo';
type ErrorBody = { error: { rule?: string; reason?: string } };
interface Complaint {
  id: string;
  routedToPartnerId: string;
  status: string;
  complainant?: string | null;
  responseSummary: string | null;
  abilities?: { respond: boolean };
}

describe('002-C11 002-C12 P18 complaints reach the responsible partner', () => {
  it('002-C11 002-C12 P18 the police see a complaint about them in their inbox, open it and answer it; another partner is refused', async () => {
    const pd = await s.login('procesregisseur@venlo');
    const police = s.partnerId(V, 'politie-limburg');
    const created = await s.request('POST', '/api/complaints', pd, { topic: 'processing', summary: 'Vraag waarom politiegegevens zijn gedeeld.', concernsPartnerId: police, complainant: 'Mevrouw P. Janssen, Venlo' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<Complaint>().id;

    const pol = await s.login('politie-limburg@venlo');
    const inbox = (await s.request('GET', '/api/inbox', pol)).json<{ notifications: { kind: string; link: string }[] }>();
    expect(inbox.notifications.some((n) => n.kind === 'complaint_routed' && n.link === `/privacy/complaints/${id}`)).toBe(true);
    const listed = await s.request('GET', '/api/complaints', pol);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<Complaint[]>().map((c) => c.id)).toEqual([id]);
    expect(listed.body).not.toContain('Janssen');

    const opened = await s.request('GET', `/api/complaints/${id}`, pol);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<Complaint>()).toMatchObject({ complainant: 'Mevrouw P. Janssen, Venlo', abilities: { respond: true } });

    const other = await s.login('woonwenz@venlo');
    const refused = await s.request('GET', `/api/complaints/${id}`, other);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error).toMatchObject({ rule: 'P18', reason: 'complaint_not_routed_to_you' });
    expect((await s.request('GET', '/api/complaints', other)).json<Complaint[]>()).toEqual([]);
    expect((await s.request('POST', `/api/complaints/${id}/response`, other, {})).statusCode).toBe(403);
    expect((await s.request('GET', '/api/complaints', await s.login('statisticus@venlo'))).statusCode).toBe(403);

    const answered = await s.request('POST', `/api/complaints/${id}/response`, pol, { summary: 'Uitgelegd op grond van het art. 20-besluit; brief verstuurd.' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<Complaint>()).toMatchObject({ status: 'handled', responseSummary: 'Uitgelegd op grond van het art. 20-besluit; brief verstuurd.' });
    expect((await s.request('POST', `/api/complaints/${id}/response`, pol, {})).statusCode).toBe(409);
  });

  it('002-C11 P18 a complaint registered by case number goes to the lead partner of that case; an unknown number is not found', async () => {
    const pro = await s.login('includio@venlo');
    const created = await s.request('POST', '/api/cases', pro, {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Kees Peeters' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgen over de woonsituatie.', basis: { kind: 'legal_obligation', law: 'WGBO jo. BW art. 7:446 e.v.' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const caseNumber = (await s.request('GET', `/api/cases/${created.json<{ id: string }>().id}`, pro)).json<{ number: string }>().number;
    const pd = await s.login('procesregisseur@venlo');
    const c = await s.request('POST', '/api/complaints', pd, { topic: 'treatment', summary: 'Bejegening bij het huisbezoek.', caseNumber });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json<Complaint>().routedToPartnerId).toBe(s.partnerId(V, 'includio'));
    expect((await s.request('POST', '/api/complaints', pd, { topic: 'treatment', summary: 'x', caseNumber: '2026-9999' })).statusCode).toBe(404);
  });
});
