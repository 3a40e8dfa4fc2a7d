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

const NL = 'zvh-noord-limburg';

describe('triage question view tells the asked organisation where its weighing stands (P7, issue 15 item 3)', () => {
  it('P7: "missing" before, "incomplete" for an unfinished weighing, "complete" after a motivated one; a release then passes', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const reg = await s.request('POST', '/api/cases', rn, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Piet Jansen' }],
      registration: { content: 'Overlast en verward gedrag.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      processDirectorId: s.userId('procesregisseur@noord-limburg'),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const { id } = reg.json<{ id: string }>();
    await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
    const pd = await s.login('procesregisseur@noord-limburg');
    const asked = await s.request('POST', `/api/cases/${id}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'politie-limburg')],
      onBehalfOf: s.partnerId(NL, 'reclassering-nederland'),
      task: 'Verkennen',
      purpose: 'Voorbereiden RTO',
      whyNeeded: 'Zicht op risico',
      question: 'Is betrokkene bij u bekend?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const qid = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('POST', `/api/cases/${id}/triage-questions/${qid}/take-up`, pol)).statusCode).toBeLessThan(300);
    const view = async () => (await s.request('GET', `/api/cases/${id}/triage-questions/${qid}`, pol)).json<{ weighing: string }>().weighing;

    expect(await view()).toBe('missing');
    const unfinished = await s.request('POST', `/api/cases/${id}/weighings`, pol, { proportionality: 'Alleen wat nodig is.', complete: false });
    expect(unfinished.statusCode, unfinished.body).toBe(201);
    expect(await view()).toBe('incomplete');
    const done = await s.request('POST', `/api/cases/${id}/weighings`, pol, {
      proportionality: 'Alleen wat nodig is.',
      subsidiarity: 'Toestemming vragen lukte niet.',
      effectiveness: 'Nodig voor het plan.',
      informAfterwardsReason: 'Na het overleg per brief.',
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(await view()).toBe('complete');

    const answer = await s.request('POST', `/api/cases/${id}/triage-questions/${qid}/answers`, pol, {
      content: 'Bekend bij de politie.',
      category: 'thinking_behaviour_skills',
      police: true,
      purposes: ['triage', 'rto'],
      basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit bij het Privacy Protocol Zorg- en Veiligheidshuis Noord-Limburg' },
      releasedForRto: 'all',
    });
    expect(answer.statusCode, answer.body).toBe(201);
  });
});
