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

describe('P9 police data: every provision is logged with the Wpg art. 32 fields', () => {
  it('P9: the registrant reading the police answer writes one provision record; the police reading its own writes none', async () => {
    const { c, pd } = await toTriage(s);
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      task: 'Verkennen',
      purpose: 'Voorbereiden RTO',
      whyNeeded: 'Zicht op veiligheidsrisico',
      question: 'Is betrokkene bij u bekend?',
      partners: [s.partnerId(NL, 'politie-limburg')],
      onBehalfOf: s.partnerId(NL, 'reclassering-nederland'),
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]!.questionId;
    const pol = await s.login('politie-limburg@noord-limburg');
    const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, pol, {
      content: 'Drie meldingen van overlast in 2026.',
      category: 'police_justice',
      police: true,
      basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const answerId = answered.json<{ contributionId: string }>().contributionId;
    const provisions = () => s.deps.database.db.selectFrom('police_provisions').selectAll().where('contribution_id', '=', answerId).execute();

    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${answerId}?purpose=triage`, pol)).statusCode).toBe(200);
    expect(await provisions()).toEqual([]);

    const rn = await s.login('reclassering-nederland@noord-limburg');
    const read = await s.request('GET', `/api/cases/${c.id}/contributions/${answerId}?purpose=triage`, rn);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ obligations: string[] }>().obligations).toEqual(['police_provision_log']);
    const logged = await provisions();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      recipient_partner_id: s.partnerId(NL, 'reclassering-nederland'),
      recipient_user_id: s.userId('reclassering-nederland@noord-limburg'),
      purpose: 'triage',
      collaboration_name: 'Zorg- en Veiligheidshuis Noord-Limburg',
      legal_basis: 'art. 20 Wpg',
      decision_reference: 'Art. 20 Wpg-besluit ZVH Noord-Limburg',
    });
    // The log describes the data by kind, never by content.
    expect(logged[0]!.data_description).not.toContain('overlast');
  });
});
