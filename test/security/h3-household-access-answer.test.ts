/**
 * Finding H3 (penetration test 2026-12-06): an access request for one household member handed
 * over the other members' data. The reproduction, step by step, on the shipped Noord-Limburg
 * configuration: a household case with parent Alfa and child Beta, a contribution only about
 * Beta (mental functioning, youth protection), an access request for Alfa. Now neither the answer
 * nor the copy handed to Alfa holds Beta's data, the privacy officer cannot read it under Alfa's
 * request, and the audit names the subject whose data was read. Beta's own request does get it.
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

const BASIS = { kind: 'public_task', law: 'Reclasseringsregeling 1995' };
const BETA_ONLY = 'ALLEEN OVER BETA KIND: ggz-behandeling en jeugdbeschermingsmaatregel; Beta wil niet dat vader dit weet.';

interface Answer {
  data: { contributionId: string; content: string; copyable: boolean }[];
}
interface Overview {
  answer: Answer;
  copy: Answer;
  withheld: number;
}

describe('H3 household data does not leak through an access request', () => {
  it('H3 13.1 the answer and the copy for Alfa hold no Beta-only data; the direct read under Alfa’s request is refused; the audit names the right subject', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const reg = await s.request('POST', '/api/cases', rn, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [
        { name: 'Alfa Ouder', relation: 'ouder' },
        { name: 'Beta Kind', relation: 'kind' },
      ],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      registration: { content: 'Zorgen over het huishouden als geheel.', basis: BASIS },
      processDirectorId: s.userId('procesregisseur@noord-limburg'),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const c = reg.json<{ id: string; subjectIds: [string, string]; registrationId: string }>();
    const [alfa, beta] = c.subjectIds;
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, rn, { content: BETA_ONLY, category: 'mental_functioning', purposes: ['screening'], basis: BASIS, subjects: [beta] });
    expect(added.statusCode, added.body).toBe(201);
    const betaContribution = added.json<{ id: string }>().id;

    // Step 3: the privacy officer registers Alfa's access request.
    const po = await s.login('privacy@noord-limburg');
    const req = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: alfa, requester: 'Alfa Ouder zelf' });
    expect(req.statusCode, req.body).toBe(201);
    const requestId = req.json<{ id: string }>().id;

    // Step 4: answer and copy hold the case-wide registration, not Beta's contribution.
    const preview = await s.request('GET', `/api/rights-requests/${requestId}/access-answer`, po);
    expect(preview.statusCode, preview.body).toBe(200);
    const overview = preview.json<Overview>();
    expect(overview.answer.data.map((d) => d.contributionId)).toEqual([c.registrationId]);
    expect(overview.copy.data.map((d) => d.contributionId)).toEqual([c.registrationId]);
    expect(preview.body).not.toContain('BETA KIND');
    expect(preview.body).not.toContain(betaContribution);

    // Step 5: the direct read of Beta's contribution under Alfa's request is refused, naming the rule.
    const direct = await s.request('GET', `/api/cases/${c.id}/contributions/${betaContribution}?purpose=rights_request`, po);
    expect(direct.statusCode).toBe(403);
    expect(direct.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P2', reason: 'request_of_other_subject' });
    expect(direct.body).not.toContain('BETA KIND');

    // Step 6: every allowed read by the privacy officer names Alfa and Alfa's data only.
    const reads = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['subject_id', 'contribution_id', 'outcome'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'contribution.read')
      .where('user_id', '=', s.userId('privacy@noord-limburg'))
      .execute();
    const allowed = reads.filter((r) => r.outcome === 'allow');
    expect(allowed.length).toBeGreaterThan(0);
    for (const r of allowed) expect(r).toEqual({ subject_id: alfa, contribution_id: c.registrationId, outcome: 'allow' });
    expect(reads.filter((r) => r.outcome === 'deny' && r.contribution_id === betaContribution)).toHaveLength(1);

    // Beta's own request does hold it: the filter is by subject, not a blanket refusal.
    const betaReq = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: beta, requester: 'Beta Kind, via jeugdbeschermer' });
    expect(betaReq.statusCode, betaReq.body).toBe(201);
    const betaAnswer = (await s.request('GET', `/api/rights-requests/${betaReq.json<{ id: string }>().id}/access-answer`, po)).json<Overview>();
    expect(betaAnswer.answer.data.map((d) => d.contributionId).sort()).toEqual([c.registrationId, betaContribution].sort());
  });
});
