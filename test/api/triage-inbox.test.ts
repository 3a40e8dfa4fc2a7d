import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const question = { task: 'Verkennen van de hulpvraag', purpose: 'Voorbereiden RTO', whyNeeded: 'Zicht op lopende hulp', question: 'Is betrokkene bij u bekend?' };

describe('the asked organisation takes a triage question up (§3.2)', () => {
  it('P2: the asked housing corporation sees the question in its inbox, takes it up and reads only the question; a partner not asked sees nothing', async () => {
    const { c, pd } = await toTriage(s);
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      ...question,
      partners: [s.partnerId(NL, 'woonwenz'), s.partnerId(NL, 'politie-limburg')],
      onBehalfOf: s.partnerId(NL, 'reclassering-nederland'),
    });
    expect(asked.statusCode, asked.body).toBe(201);

    const woon = await s.login('woonwenz@noord-limburg');
    const inbox = (await s.request('GET', '/api/triage-inbox', woon)).json<{ questionId: string; caseId: string }[]>();
    const mine = inbox.find((q) => q.caseId === c.id);
    expect(mine).toBeDefined();
    expect((await s.request('GET', `/api/cases/${c.id}`, woon)).statusCode).toBe(404);

    const taken = await s.request('POST', `/api/cases/${c.id}/triage-questions/${mine!.questionId}/take-up`, woon);
    expect(taken.statusCode, taken.body).toBe(200);
    const view = (await s.request('GET', `/api/cases/${c.id}`, woon)).json<{ contributions: { content: string; category: string }[] }>();
    expect(view.contributions.map((x) => x.category)).toEqual(['triage_question']);
    expect(view.contributions[0]!.content).toContain('Is betrokkene bij u bekend?');

    const ggz = await s.login('vincent-van-gogh@noord-limburg');
    expect((await s.request('GET', '/api/triage-inbox', ggz)).json<unknown[]>()).toEqual([]);
    const refused = await s.request('POST', `/api/cases/${c.id}/triage-questions/${mine!.questionId}/take-up`, ggz);
    expect(refused.statusCode).toBe(404);
  });

  it('P2: the police cannot take up a question addressed to the housing corporation, and nothing of the case becomes visible to it', async () => {
    const { c, pd } = await toTriage(s);
    await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(NL, 'woonwenz')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland') });
    const q = await s.deps.database.db.selectFrom('triage_questions').select('id').where('case_id', '=', c.id).executeTakeFirstOrThrow();
    const pol = await s.login('politie-limburg@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions/${q.id}/take-up`, pol);
    expect(res.statusCode).toBe(404);
    expect((await s.request('GET', `/api/cases/${c.id}`, pol)).statusCode).toBe(404);
  });

  it('§6: every signed-in user gets the directory of partners and people, without usernames', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const dir = (await s.request('GET', '/api/directory', pd)).json<{ partners: { slug: string }[]; people: Record<string, unknown>[]; me: { partnerSlug: string } }>();
    expect(dir.partners.map((p) => p.slug)).toContain('woonwenz');
    expect(dir.people.length).toBeGreaterThan(10);
    expect(Object.keys(dir.people[0]!).sort()).toEqual(['displayName', 'id', 'partnerId', 'role']);
    expect(dir.me.partnerSlug.length).toBeGreaterThan(0);
    expect((await s.request('GET', '/api/directory')).statusCode).toBe(401);
  });
});
