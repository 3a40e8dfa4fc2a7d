/**
 * What a partner shares at a table (seed 000 Bijlage 2 "Gedeelde informatie"): at the Netwerkoverleg
 * risicojeugd the Jeugd-GGZ tells only whether the youth is known to it (000-R73), though the
 * collaboration asks selected partners for content elsewhere. Walked over HTTP from the shipped
 * configuration by its own demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
}, 180_000);
afterAll(async () => {
  await s.close();
});

/** One sign-in per user for the whole file. */
const login = signInOnce(() => s);

const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur@maastricht';
const NWO = 'netwerkoverleg-risicojeugd';
const GGZ = 'virenze-riagg';
const REGISTRANT = 'bureau-jeugdzorg-limburg';

/** A basis from the partner's own catalogue (P5): a law it works under, else the vital interest. */
function basisOf(slug: string): object {
  const catalogue = MAASTRICHT_HEUVELLAND.partners.find((p) => p.id === slug)?.legalBasisCatalogue ?? [];
  const law = catalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  if (law !== undefined) return { kind: 'public_task', law: law.law };
  const wpg = catalogue.find((e) => e.kind === 'wpg20');
  if (wpg !== undefined) return { kind: 'wpg20', decision: wpg.law ?? wpg.description ?? '' };
  return { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel voor de jeugdige.' };
}
type ErrorBody = { error: { rule?: string; reason?: string; message?: string } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

/** A Nwo RJ case registered, informed, screened and in triage, with a question to `asked`; returns the case and question ids. */
async function askedAtNwo(asked: string): Promise<{ caseId: string; questionId: string }> {
  const reg = await login(`${REGISTRANT}@maastricht`);
  const created = await s.request('POST', '/api/cases', reg, {
    tableId: NWO,
    subjects: [{ name: 'Noah Bemelmans', birthDate: '2011-04-05' }],
    registration: { content: 'Aanmelding: herhaaldelijke overlast en schoolverzuim.', basis: basisOf(REGISTRANT) },
    processDirectorId: s.userId(PD),
  });
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string; subjectIds: string[] }>();
  const informed = await s.request('POST', `/api/cases/${c.id}/informing`, reg, { subjectId: c.subjectIds[0], topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter' });
  expect(informed.statusCode, informed.body).toBe(201);
  const pd = await login(PD);
  const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { before?: string }[] }>();
  const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
    criteriaMet: [1],
    answers: table.followUpQuestions.map(() => 'Ja.'),
    preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
    assessment: 'Past bij het netwerkoverleg risicojeugd.',
  });
  expect(screened.statusCode, screened.body).toBe(200);
  const accepted = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const question = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
    partners: [s.partnerId(M, asked)],
    onBehalfOf: s.partnerId(M, REGISTRANT),
    task: 'Triage',
    purpose: 'Voorbereiden netwerkoverleg',
    whyNeeded: 'Zicht op lopende hulp',
    question: 'Wat is er bij u bekend over deze jeugdige?',
  });
  expect(question.statusCode, question.body).toBe(201);
  return { caseId: c.id, questionId: question.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '' };
}

describe('seed 000 Nwo RJ "Gedeelde informatie": a partner that tells only whether the youth is known', () => {
  it('000-R73 the Jeugd-GGZ is told to answer "known / not known"; content is refused (P3), "known" is stored; the police at the same table answers with content', async () => {
    expect(MAASTRICHT_TABLES.find((t) => t.id === NWO)?.sharedInformation.find((i) => i.partnerId === GGZ)?.knownOnly).toBe(true);
    const { caseId, questionId } = await askedAtNwo(GGZ);
    const ggz = await login(`${GGZ}@maastricht`);
    const view = await s.request('GET', `/api/cases/${caseId}/triage-questions/${questionId}`, ggz);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<{ answer: string }>().answer).toBe('presence');

    const content = await s.request('POST', `/api/cases/${caseId}/triage-questions/${questionId}/answers`, ggz, { content: 'In behandeling sinds 2024 wegens angststoornis.', category: 'mental_functioning', basis: basisOf(GGZ) });
    expect(content.statusCode, content.body).toBe(403);
    expect(errorOf(content.body)).toMatchObject({ rule: 'P3', reason: 'known_or_not_known_only' });
    const known = await s.request('POST', `/api/cases/${caseId}/triage-questions/${questionId}/answers`, ggz, { known: true, basis: basisOf(GGZ) });
    expect(known.statusCode, known.body).toBe(201);

    const police = await askedAtNwo('politie-limburg');
    const politie = await login('politie-limburg@maastricht');
    expect((await s.request('GET', `/api/cases/${police.caseId}/triage-questions/${police.questionId}`, politie)).json<{ answer: string }>().answer).toBe('contribution');
    const answered = await s.request('POST', `/api/cases/${police.caseId}/triage-questions/${police.questionId}/answers`, politie, {
      content: 'Twee meldingen van overlast.',
      category: 'risicos-negen-leefgebieden',
      basis: basisOf('politie-limburg'),
    });
    expect(answered.statusCode, answered.body).toBe(201);
  }, 60_000);

  it('000-R73 sharedInformation[].knownOnly: without it the Jeugd-GGZ answers with content like any partner', async () => {
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].sharedInformation[virenze-riagg].knownOnly'), false, async () => {
      const { caseId, questionId } = await askedAtNwo(GGZ);
      const ggz = await login(`${GGZ}@maastricht`);
      expect((await s.request('GET', `/api/cases/${caseId}/triage-questions/${questionId}`, ggz)).json<{ answer: string }>().answer).toBe('contribution');
      const content = await s.request('POST', `/api/cases/${caseId}/triage-questions/${questionId}/answers`, ggz, { content: 'Bekend; behandeling afgerond.', category: 'mental_functioning', basis: basisOf(GGZ) });
      expect(content.statusCode, content.body).toBe(201);
    });
  }, 60_000);
});
