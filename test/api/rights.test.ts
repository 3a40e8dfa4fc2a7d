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
interface RequestView {
  id: string;
  status: string;
  dueAt: string;
  deadlineAt: string;
  routedTo: string[];
  refusalGround: string | null;
  routing: { to: string[]; policeInvolved: boolean };
}
interface Answer {
  data: { contributionId: string; content: string; copyable: boolean; source: string }[];
  purposes: string[];
  categories: string[];
  recipients: string[];
  retention: { rule: string };
  sources: string[];
  policeShownNotCopied: boolean;
  freeOfCharge: boolean;
}

async function registerCase(who: string, tableId: string, basis: unknown, police: boolean, workArea?: string): Promise<{ id: string; subjectIds: string[]; registrationId: string }> {
  const res = await s.request('POST', '/api/cases', await s.login(who), {
    tableId,
    ...(workArea === undefined ? {} : { workArea }),
    subjects: [{ name: 'Jan de Vries', birthDate: '1980-04-02' }],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    lifeDomains: ['housing'],
    registration: { content: police ? 'Meerdere meldingen van overlast bij de politie.' : 'Overlast en schulden.', police, basis },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const probation = () => registerCase('reclassering-nederland@noord-limburg', 'rto-complexe-casuistiek', { kind: 'public_task', law: 'Reclasseringsregeling 1995' }, false);
// In Venlo: case numbers count what the registrant can see, so one registrant per collaboration here.
const policeCase = () => registerCase('politie-limburg@venlo', 'zorgnetwerk-overleg', { kind: 'wpg20', decision: 'Art. 20-beslissing Zorgnetwerk Venlo' }, true, 'blerick');

describe('P15 data-subject rights over HTTP', () => {
  it('P15 register: the privacy officer registers an access request with its deadline and routing; a process director is refused', async () => {
    const c = await probation();
    const po = await s.login('privacy@noord-limburg');
    const res = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: c.subjectIds[0], requester: 'Jan de Vries, Markt 1' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json<RequestView>();
    expect(r.deadlineAt).toBe('2026-07-01T09:00:00.000Z');
    expect(r.status).toBe('open');
    expect(r.routedTo).toEqual([s.partnerId('zvh-noord-limburg', 'reclassering-nederland')]);
    expect(res.body).not.toContain('Markt 1');

    const pd = await s.login('procesregisseur@noord-limburg');
    const refused = await s.request('POST', '/api/rights-requests', pd, { kind: 'access', caseId: c.id, requester: 'X' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P15');
  });

  it('P15 engine: the privacy officer reads case content only within an open request it handles', async () => {
    const c = await probation();
    const po = await s.login('privacy@noord-limburg');
    const url = `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=rights_request`;
    expect((await s.request('GET', url, po)).statusCode).toBe(403);
    const req = (await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: c.subjectIds[0], requester: 'J.' })).json<RequestView>();
    const read = await s.request('GET', url, po);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ content: string }>().content).toBe('Overlast en schulden.');
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=screening`, po)).statusCode).toBe(403);
    expect((await s.request('POST', `/api/rights-requests/${req.id}/answer`, po)).statusCode).toBe(200);
    expect((await s.request('GET', url, po)).statusCode).toBe(403);
  });

  it('P15 access answer lists data, purposes, categories, recipients, retention and sources; P9 police data is shown but not copied', async () => {
    const c = await policeCase();
    const po = await s.login('privacy@venlo');
    const req = (await s.request('POST', '/api/rights-requests', po, { kind: 'access', subjectId: c.subjectIds[0], requester: 'J.' })).json<RequestView>();
    expect(req.routing.policeInvolved).toBe(true);
    const preview = await s.request('GET', `/api/rights-requests/${req.id}/access-answer`, po);
    expect(preview.statusCode, preview.body).toBe(200);
    const { answer, copy, missingSections } = preview.json<{ answer: Answer; copy: Answer; missingSections: string[] }>();
    expect(Object.keys(answer)).toEqual(expect.arrayContaining(['data', 'purposes', 'categories', 'recipients', 'retention', 'sources']));
    expect(answer.data).toEqual([expect.objectContaining({ contributionId: c.registrationId, content: 'Meerdere meldingen van overlast bij de politie.', copyable: false })]);
    expect(answer.sources).toEqual([s.partnerId('zorgnetwerk-venlo', 'politie-limburg')]);
    expect(answer.categories).toEqual(['registration']);
    expect(answer.retention.rule).toMatch(/maanden/);
    expect(answer.policeShownNotCopied).toBe(true);
    expect(answer.freeOfCharge).toBe(true);
    expect(copy.data).toEqual([]);
    expect(missingSections).toEqual([]);
    const answered = await s.request('POST', `/api/rights-requests/${req.id}/answer`, po);
    expect(answered.json<{ request: RequestView }>().request.status).toBe('answered');
  });

  it('P15 extension: at most two months and with a reason; a longer one is refused naming P15', async () => {
    const c = await probation();
    const po = await s.login('privacy@noord-limburg');
    const req = (await s.request('POST', '/api/rights-requests', po, { kind: 'rectification', caseId: c.id, requester: 'J.' })).json<RequestView>();
    const tooLong = await s.request('POST', `/api/rights-requests/${req.id}/extend`, po, { months: 3, reason: 'Complex' });
    expect(tooLong.statusCode).toBe(403);
    expect(tooLong.json<ErrorBody>().error).toMatchObject({ rule: 'P15', reason: 'P15_extension_too_long' });
    const noReason = await s.request('POST', `/api/rights-requests/${req.id}/extend`, po, { months: 1, reason: ' ' });
    expect(noReason.json<ErrorBody>().error.reason).toBe('P15_extension_without_reason');
    const ok = await s.request('POST', `/api/rights-requests/${req.id}/extend`, po, { months: 2, reason: 'Vijf partners betrokken' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<RequestView>().dueAt).toBe('2026-09-01T09:00:00.000Z');
  });

  it('P15 refusal cites its ground: a Wpg ground for AVG data is refused; art. 41 UAVG with a motivation is recorded', async () => {
    const c = await probation();
    const po = await s.login('privacy@noord-limburg');
    const req = (await s.request('POST', '/api/rights-requests', po, { kind: 'erasure', caseId: c.id, requester: 'J.' })).json<RequestView>();
    const wrong = await s.request('POST', `/api/rights-requests/${req.id}/refuse`, po, { regime: 'avg', ground: 'wpg27_a', motivation: 'Lopend onderzoek' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json<ErrorBody>().error).toMatchObject({ rule: 'P15', reason: 'P15_ground_of_other_regime' });
    const refused = await s.request('POST', `/api/rights-requests/${req.id}/refuse`, po, { regime: 'avg', ground: 'uavg41_i', motivation: 'Bescherming van de kinderen in het gezin' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json<RequestView>()).toMatchObject({ status: 'refused', refusalGround: 'art. 41 lid 1 sub i UAVG' });
    const list = (await s.request('GET', '/api/rights-requests', po)).json<RequestView[]>();
    expect(list.find((r) => r.id === req.id)?.status).toBe('refused');
  });
});
