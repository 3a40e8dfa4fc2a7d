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

type ErrorBody = { error: { code: string; rule?: string; reason?: string } };
interface Complaint {
  id: string;
  routedToPartnerId: string;
  routing: string;
  status: string;
}

describe('P18 complaints over HTTP', () => {
  it('P18 routing: the process director routes to the partner the complaint concerns, else to the lead partner of the case', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (
      await s.request('POST', '/api/cases', rn, {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: 'Jan de Vries' }],
        complexCriteria: ['multi_problem'],
        lifeDomains: ['housing'],
        registration: { content: 'Overlast.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      })
    ).json<{ id: string }>();
    const pd = await s.login('procesregisseur@noord-limburg');
    const police = s.partnerId('zvh-noord-limburg', 'politie-limburg');
    const concerned = await s.request('POST', '/api/complaints', pd, { topic: 'treatment', summary: 'Bejegening tijdens huisbezoek.', concernsPartnerId: police, complainant: 'Jan de Vries' });
    expect(concerned.statusCode, concerned.body).toBe(201);
    expect(concerned.json<Complaint>()).toMatchObject({ routedToPartnerId: police, routing: 'concerned_partner', status: 'routed' });
    expect(concerned.body).not.toContain('Jan de Vries');

    const lead = await s.request('POST', '/api/complaints', pd, { topic: 'processing', summary: 'Vraag over gegevensverwerking.', caseId: created.id });
    expect(lead.json<Complaint>()).toMatchObject({ routedToPartnerId: s.partnerId('zvh-noord-limburg', 'reclassering-nederland'), routing: 'lead_partner' });
    const answered = await s.request('POST', `/api/complaints/${lead.json<Complaint>().id}/response`, pd);
    expect(answered.json<Complaint>().status).toBe('handled');
  });

  it('P18 only the process director routes: a professional is refused, naming P18', async () => {
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('POST', '/api/complaints', pro, { topic: 'treatment', summary: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error).toMatchObject({ rule: 'P18', reason: 'P18_only_process_director_routes' });
  });

  it('P18 evaluation: counts per topic and partner for the manager, without personal data; a professional is refused', async () => {
    const manager = await s.login('manager@noord-limburg');
    const res = await s.request('GET', '/api/complaints/evaluation?from=2026-01-01&to=2027-01-01', manager);
    expect(res.statusCode, res.body).toBe(200);
    const evaluation = res.json<{ received: number; byTopic: Record<string, number>; responded: number; awaitingResponse: number }>();
    expect(evaluation).toMatchObject({ received: 2, byTopic: { treatment: 1, help_content: 0, processing: 1 }, responded: 1, awaitingResponse: 1 });
    expect(res.body).not.toContain('Jan de Vries');
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const refused = await s.request('GET', '/api/complaints/evaluation?from=2026-01-01&to=2027-01-01', pro);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P18');
  });
});
