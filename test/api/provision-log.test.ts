/**
 * The Wpg art. 32 provision log over HTTP (P9; 002-A24): the police read the provisions of the data
 * they provided, per period and per case number, and export them as CSV; the privacy officer reads
 * them all; another partner's professional and the statistician are refused. The log keeps the
 * case number and the provider with each row.
 */
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

interface Provision {
  providedAt: string;
  caseNumber: string | null;
  provider: string | null;
  recipient: string;
  recipientUser: string | null;
  description: string;
  purpose: string;
  collaborationName: string;
  legalBasis: string;
  decisionReference: string | null;
}
type ErrorBody = { error: { rule?: string; fields?: { field: string }[] } };

describe('002-A24 P9 the provision log as the police and the privacy officer read it', () => {
  it('002-A24 P9 a police answer read by another partner appears in the police log with case number, recipient, date, description, purpose and collaboration; exportable as CSV', async () => {
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
    const rn = await s.login('reclassering-nederland@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${answerId}?purpose=triage`, rn)).statusCode).toBe(200);

    const number = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ number: string }>().number;
    const log = await s.request('GET', `/api/provisions?caseNumber=${number}`, pol);
    expect(log.statusCode, log.body).toBe(200);
    const rows = log.json<Provision[]>();
    // The process director read the answer too when it opened the case: two provisions, one per recipient.
    expect(rows.map((r) => r.recipient).sort()).toEqual(['Gemeente Horst aan de Maas', 'Reclassering Nederland']);
    const toRn = rows.find((r) => r.recipient === 'Reclassering Nederland');
    expect(toRn).toMatchObject({
      caseNumber: number,
      provider: 'Politie Eenheid Limburg',
      purpose: 'triage',
      collaborationName: 'Zorg- en Veiligheidshuis Noord-Limburg',
      legalBasis: 'art. 20 Wpg',
      decisionReference: 'Art. 20 Wpg-besluit ZVH Noord-Limburg',
    });
    expect(toRn?.recipientUser).toBe('Professional Reclassering Nederland');
    expect(toRn?.description).not.toContain('overlast');

    // Per period: a period that ends before the provision holds nothing of it.
    const before = await s.request('GET', `/api/provisions?caseNumber=${number}&to=2026-01-01`, pol);
    expect(before.json<Provision[]>()).toEqual([]);
    const wrong = await s.request('GET', '/api/provisions?from=2026-06-02&to=2026-06-01', pol);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['to']);
    expect((await s.request('GET', '/api/provisions?caseNumber=0007', pol)).statusCode).toBe(400);

    const csv = await s.request('GET', `/api/provisions/export?caseNumber=${number}`, pol);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="verstrekkingen-art32-wpg-/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Datum,Casusnummer,Verstrekkende partner,Ontvanger,Ontvangende medewerker,Omschrijving van de gegevens,Doel,Samenwerkingsverband,Grondslag,Besluit,Mondeling,Vernietigd');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(number);

    const po = await s.login('privacy@noord-limburg');
    const all = (await s.request('GET', '/api/provisions', po)).json<Provision[]>();
    expect(all.some((r) => r.caseNumber === number)).toBe(true);

    for (const who of ['vincent-van-gogh@noord-limburg', 'statisticus@noord-limburg']) {
      const refused = await s.request('GET', '/api/provisions', await s.login(who));
      expect(refused.statusCode, who).toBe(403);
      expect(refused.json<ErrorBody>().error.rule).toBe('P9');
    }
    // Reading and exporting are audited.
    const audited = await s.deps.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'provision_log.%').execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(new Set(['provision_log.read', 'provision_log.export']));
  });
});
