import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
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
const registration = {
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name: 'Piet Jansen', birthDate: '1975-01-02' }],
  registration: { content: 'Overlast en verward gedrag.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
};
const question = { task: 'Verkennen van de hulpvraag', purpose: 'Voorbereiden RTO', whyNeeded: 'Zicht op lopende hulp en risico', question: 'Is betrokkene bij u bekend en wat kunt u inbrengen?' };

/** Registers a case and moves it to triage (the phase endpoints belong to the phase machine's own tests). */
async function caseInTriage(): Promise<{ id: string; registrant: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, { ...registration, processDirectorId: s.userId('procesregisseur@noord-limburg') });
  expect(res.statusCode, res.body).toBe(201);
  const { id } = res.json<{ id: string }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
  return { id, registrant: s.partnerId(NL, 'reclassering-nederland') };
}

const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;

describe('triage questions and answers (§3.2, HTTP)', () => {
  it('P2 need to know: asking every core partner without a recorded justification is refused and audited; with one it is allowed', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const all = (await s.deps.database.db.selectFrom('partners').select('id').where('collaboration_id', '=', s.collaborationId(NL)).where('member', '=', true).execute())
      .map((p) => p.id)
      .filter((p) => p !== c.registrant);
    const refused = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: all, onBehalfOf: c.registrant });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'all_partners_asked_without_justification' });
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['action', 'rule']).where('case_id', '=', c.id).where('outcome', '=', 'deny').execute();
    expect(audited).toEqual([{ action: 'triage.ask', rule: 'P2' }]);
    expect(await s.deps.database.db.selectFrom('triage_questions').select('id').where('case_id', '=', c.id).execute()).toEqual([]);

    const justified = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: all, onBehalfOf: c.registrant, allPartnersJustification: 'Onbekend bij wie betrokkene in beeld is; acuut risico.' });
    expect(justified.statusCode, justified.body).toBe(201);
  });

  it('13.10 ask everyone per case (HTTP): the request completing nearly everyone is refused; the share is read at runtime from the stored configuration', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const core = (await s.deps.database.db.selectFrom('partners').select('id').where('collaboration_id', '=', s.collaborationId(NL)).where('member', '=', true).orderBy('id').execute())
      .map((p) => p.id)
      .filter((p) => p !== c.registrant);
    const ask = (partners: string[]) => s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners, onBehalfOf: c.registrant });
    const half = Math.floor(core.length / 2);
    expect((await ask(core.slice(0, half))).statusCode).toBe(201);
    const completing = await ask(core.slice(half, -1));
    expect(completing.statusCode, completing.body).toBe(403);
    expect(errorOf(completing.body)).toMatchObject({ rule: 'P2', reason: 'all_partners_asked_without_justification' });

    // The same request in a copy of the shipped configuration that counts only literally all.
    const allowed = await withChangedField(s, NL, configField('process.nearlyAllPartnersShare'), 1, () => ask(core.slice(half, -1)));
    expect(allowed.statusCode, allowed.body).toBe(201);
  });

  it('P2: only the process director acting in the case asks; the registrant is refused', async () => {
    const c = await caseInTriage();
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions`, rn, { ...question, partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: c.registrant });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ rule: 'P2', reason: 'not_acting_in_case' });
  });

  it('§3.2: a question is asked on behalf of the registrant, and states task, purpose and why', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const behalf = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'woonwenz') });
    expect(errorOf(behalf.body)).toMatchObject({ rule: 'process', reason: 'triage_not_on_behalf_of_registrant' });
    const missing = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, whyNeeded: ' ', partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: c.registrant });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing.body).fields?.map((f) => f.field)).toEqual(['whyNeeded']);
  });

  it('P2: asking designates nobody; the addressee reads its question once designated by answering; contributors never see each other\'s answers', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const politie = s.partnerId(NL, 'politie-limburg');
    const vvg = s.partnerId(NL, 'vincent-van-gogh');
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [politie, vvg], onBehalfOf: c.registrant });
    expect(asked.statusCode, asked.body).toBe(201);
    const rows = asked.json<{ asked: { partnerId: string; questionId: string; contributionId: string }[] }>().asked;
    const toPolice = rows.find((r) => r.partnerId === politie)!;
    const toVvg = rows.find((r) => r.partnerId === vvg)!;

    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}`, pol)).statusCode).toBe(404);

    const pa = await s.request('POST', `/api/cases/${c.id}/triage-questions/${toPolice.questionId}/answers`, pol, {
      content: 'Drie meldingen overlast in 2026.',
      category: 'police_justice',
      police: true,
      basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' },
    });
    expect(pa.statusCode, pa.body).toBe(201);
    const vv = await s.login('vincent-van-gogh@noord-limburg');
    const va = await s.request('POST', `/api/cases/${c.id}/triage-questions/${toVvg.questionId}/answers`, vv, {
      content: 'In zorg bij de FACT-unit.',
      category: 'mental_functioning',
      special: true,
      basis: { kind: 'conflict_of_duties', motivation: 'Acuut gevaar voor betrokkene en omgeving.' },
    });
    expect(va.statusCode, va.body).toBe(201);
    const policeAnswer = pa.json<{ contributionId: string }>().contributionId;
    const vvgAnswer = va.json<{ contributionId: string }>().contributionId;

    const read = (cookie: string, id: string) => s.request('GET', `/api/cases/${c.id}/contributions/${id}?purpose=triage`, cookie);
    // The addressee reads the question put to it, and its own answer.
    const q = await read(pol, toPolice.contributionId);
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json<{ content: string }>().content).toContain('Is betrokkene bij u bekend');
    expect((await read(pol, policeAnswer)).statusCode).toBe(200);
    // ...but not the question to another partner, nor another contributor's answer.
    const other = await read(pol, vvgAnswer);
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body).rule).toBe('P2');
    expect((await read(pol, toVvg.contributionId)).statusCode).toBe(403);
    expect((await read(vv, policeAnswer)).statusCode).toBe(403);
    // The registrant and the process director see every triage answer.
    const rn = await s.login('reclassering-nederland@noord-limburg');
    expect((await read(rn, policeAnswer)).statusCode).toBe(200);
    expect((await read(rn, vvgAnswer)).statusCode).toBe(200);
    expect((await read(pd, vvgAnswer)).statusCode).toBe(200);
    const view = (await s.request('GET', `/api/cases/${c.id}`, pol)).json<{ contributions: { id: string }[] }>();
    expect(view.contributions.map((x) => x.id).sort()).toEqual([toPolice.contributionId, policeAnswer].sort());
  });

  it('P2: an organisation that was not asked cannot answer, and is not left designated', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const asked = (await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: c.registrant })).json<{ asked: { questionId: string }[] }>().asked;
    const om = await s.login('om-limburg@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, om, { content: 'x', basis: { kind: 'public_task', law: 'Wjsg art. 39f en 8a' } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ rule: 'P2', reason: 'partner_not_asked' });
    const involved = await s.deps.database.db.selectFrom('involvement').select('partner_id').where('case_id', '=', c.id).execute();
    expect(involved.map((i) => i.partner_id)).toEqual([c.registrant]);
  });

  it('P5 legal basis: an answer on a basis outside the partner\'s catalogue is not stored', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const asked = (await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(NL, 'woonwenz')], onBehalfOf: c.registrant })).json<{ asked: { questionId: string }[] }>().asked;
    const woon = await s.login('woonwenz@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, woon, { content: 'Huurachterstand.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160' } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ rule: 'P5', reason: 'basis_not_in_catalogue' });
    const ok = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, woon, { content: 'Huurachterstand.', category: 'housing', basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging: huurachterstand weegt zwaarder dan de inbreuk' } });
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, woon, { content: 'Nog iets.', basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging vastgelegd' } });
    expect(errorOf(again.body).reason).toBe('question_already_answered');
  });
});
