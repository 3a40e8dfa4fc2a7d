/**
 * The Venlo and Nijmegen variants as the UI reads them: the asked organisation learns which answer
 * an enrichment question accepts ("known / not known"), the process director reads which of the
 * two came back, and a Nijmegen case page states its pickup with the ability to record one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, informSubjects, register, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const NIJMEGEN = 'regieteams-nijmegen';
const question = { task: 'Verrijken', purpose: 'Voorbereiden van het overleg', whyNeeded: 'Weten wie betrokkene kent', question: 'Is betrokkene bij u bekend?' };
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' };

interface CaseBody {
  abilities: { recordPickup: boolean };
  pickup?: { byPartnerId: string | null; pickedUpAt: string | null };
  contributions: { byPartnerId: string; category: string; content: string; known?: boolean }[];
}
interface ErrorBody {
  error: { rule?: string; reason?: string };
}

async function venloTriage(): Promise<{ caseId: string; pd: string; asked: { partnerId: string; questionId: string }[] }> {
  const c = await register(s, 'gemeente-venlo@venlo', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name: 'Karel Peeters' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Ernstige overlast.', basis },
  });
  await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
  const pd = await s.login('procesregisseur@venlo');
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
  const registrant = s.partnerId(VENLO, 'gemeente-venlo');
  const partners = ['politie-limburg', 'woonwenz'].map((p) => s.partnerId(VENLO, p));
  const res = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners, onBehalfOf: registrant });
  expect(res.statusCode, res.body).toBe(201);
  return { caseId: c.id, pd, asked: res.json<{ asked: { partnerId: string; questionId: string }[] }>().asked };
}

describe('Venlo enrichment in the API the UI reads (seed 002 Bijlage B)', () => {
  it('P2: the asked organisation is told to answer "known / not known"; others do not find the question', async () => {
    const { caseId, asked } = await venloTriage();
    const police = asked.find((a) => a.partnerId === s.partnerId(VENLO, 'politie-limburg'));
    const pol = await s.login('politie-limburg@venlo');
    const view = await s.request('GET', `/api/cases/${caseId}/triage-questions/${police?.questionId ?? ''}`, pol);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ questionId: police?.questionId, task: question.task, answered: false, answer: 'presence' });
    const woon = await s.login('woonwenz@venlo');
    expect((await s.request('GET', `/api/cases/${caseId}/triage-questions/${police?.questionId ?? ''}`, woon)).statusCode).toBe(404);
    const inbox = (await s.request('GET', '/api/triage-inbox', pol)).json<{ questionId: string; answer: string }[]>();
    expect(inbox.find((i) => i.questionId === police?.questionId)?.answer).toBe('presence');
  });

  it('P2: content is refused with its rule; "known" and "not known" are stored and the process director reads which', async () => {
    const { caseId, pd, asked } = await venloTriage();
    const ownBasis: Record<string, object> = { 'politie-limburg': { kind: 'wpg20', decision: 'Art. 20-beslissing "Zorgnetwerk Venlo" van 1 juli 2021' }, woonwenz: { kind: 'legitimate_interest', motivation: 'Overlast in en rond de woning' } };
    const answer = async (who: string, body: object) => {
      const cookie = await s.login(`${who}@venlo`);
      const q = asked.find((a) => a.partnerId === s.partnerId(VENLO, who));
      await s.request('POST', `/api/cases/${caseId}/triage-questions/${q?.questionId ?? ''}/take-up`, cookie);
      return s.request('POST', `/api/cases/${caseId}/triage-questions/${q?.questionId ?? ''}/answers`, cookie, { basis: ownBasis[who], ...body });
    };
    const content = await answer('politie-limburg', { content: 'Bekend bij de wijkagent, meerdere meldingen.' });
    expect(content.statusCode).toBe(403);
    expect(content.json<ErrorBody>().error).toMatchObject({ rule: 'P2', reason: 'presence_answer_only' });
    const known = await answer('politie-limburg', { known: true });
    expect(known.statusCode, known.body).toBe(201);
    expect((await answer('woonwenz', { known: false })).statusCode).toBe(201);

    const view = (await s.request('GET', `/api/cases/${caseId}`, pd)).json<CaseBody>();
    const presence = view.contributions.filter((k) => k.category === 'presence').map((k) => [k.byPartnerId, k.known]);
    expect(presence).toEqual(
      expect.arrayContaining([
        [s.partnerId(VENLO, 'politie-limburg'), true],
        [s.partnerId(VENLO, 'woonwenz'), false],
      ]),
    );
    expect(presence).toHaveLength(2);
    expect(view.pickup).toBeUndefined();
    expect(view.abilities.recordPickup).toBe(false);
  });

  it('closing without a meeting is offered; without the reporter\'s agreement it is refused with its rule, with a criterion and agreement it closes', async () => {
    const { caseId, pd } = await venloTriage();
    const steps = (await s.request('GET', `/api/cases/${caseId}/transitions`, pd)).json<{ events: { event: string; allowed: boolean }[] }>();
    expect(steps.events.find((e) => e.event === 'close_without_meeting')).toMatchObject({ allowed: false, refusal: { reason: 'reporter_not_agreed' } });
    const pickedUpBy = s.partnerId(VENLO, 'woonwenz');
    const refused = await step(s, pd, caseId, { event: 'close_without_meeting', pickedUpBy, criterionId: 'hulpverlening-opgestart' });
    expect(refused.statusCode).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { rule: 'process', reason: 'reporter_not_agreed' } });
    const voice = await s.request('POST', `/api/cases/${caseId}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true });
    expect(voice.statusCode, voice.body).toBe(200);
    const closed = await step(s, pd, caseId, { event: 'close_without_meeting', pickedUpBy, criterionId: 'hulpverlening-opgestart' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().phase).toBe('archived');
  });

  it('a question elsewhere is answered with content', async () => {
    const c = await register(s);
    await informSubjects(s, c);
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await step(s, pd, c.id, ACCEPT)).statusCode).toBe(200);
    const registrant = s.partnerId('zvh-noord-limburg', 'reclassering-nederland');
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId('zvh-noord-limburg', 'politie-limburg')], onBehalfOf: registrant });
    expect(res.statusCode, res.body).toBe(201);
    const [q] = res.json<{ asked: { questionId: string }[] }>().asked;
    const pol = await s.login('politie-limburg@noord-limburg');
    const view = await s.request('GET', `/api/cases/${c.id}/triage-questions/${q?.questionId ?? ''}`, pol);
    expect(view.json()).toMatchObject({ answer: 'contribution' });
    const inbox = (await s.request('GET', '/api/triage-inbox', pol)).json<{ questionId: string; answer: string }[]>();
    expect(inbox.find((i) => i.questionId === q?.questionId)?.answer).toBe('contribution');
  });
});

describe('Nijmegen pickup on the case page (seed 004 Bijlage 3, P12)', () => {
  it('the case page states "not picked up" and offers the pickup to the process director only; after it, by whom', async () => {
    const c = await register(s, 'gemeente-nijmegen@nijmegen', {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Bakker' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['income_debts'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    const pd = await s.login('procesregisseur@nijmegen');
    const prof = await s.login('gemeente-nijmegen@nijmegen');
    const before = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<CaseBody>();
    expect(before.pickup).toEqual({ byPartnerId: null, pickedUpAt: null });
    expect(before.abilities.recordPickup).toBe(true);
    expect((await s.request('GET', `/api/cases/${c.id}`, prof)).json<CaseBody>().abilities.recordPickup).toBe(false);

    const talis = s.partnerId(NIJMEGEN, 'talis');
    expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: talis })).statusCode).toBe(200);
    const after = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<CaseBody>();
    expect(after.pickup?.byPartnerId).toBe(talis);
    expect(after.pickup?.pickedUpAt).not.toBeNull();
    expect(after.abilities.recordPickup).toBe(false);
  });
});
