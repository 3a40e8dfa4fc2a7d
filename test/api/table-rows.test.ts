/**
 * Rows of seed 000 Bijlage 2 that a table's protocol carries out at runtime: the Netwerkoverleg
 * Huiselijk geweld starts only from a police mutation or care report (000-R75).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import { informSubjects } from './phases.flow.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

/** One sign-in per user for the whole file. */
const login = signInOnce(() => s);

const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur@maastricht';
const HG = 'netwerkoverleg-huiselijk-geweld';
const MUTATION = 'Er is een politiemutatie over ernstig huiselijk geweld';
type ErrorBody = { error: { rule?: string; reason?: string; message?: string } };

async function screenedCase(confirmMutation: boolean): Promise<string> {
  const created = await s.request('POST', '/api/cases', await login('gemeente-maastricht@maastricht'), {
    tableId: HG,
    subjects: [{ name: 'Mieke Huijts', birthDate: '1988-07-08' }],
    registration: { content: 'Zorgmelding van de politie na huiselijk geweld.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    processDirectorId: s.userId(PD),
  });
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string; subjectIds: string[]; number: string; registrationId: string }>();
  await informSubjects(s, c, M, 'gemeente-maastricht', PD);
  const pd = await login(PD);
  const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { text: string; before?: string }[] }>();
  const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
    criteriaMet: [0],
    answers: table.followUpQuestions.map(() => 'Ja.'),
    preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' && (confirmMutation || !p.text.startsWith(MUTATION)) ? [i] : [])),
    assessment: 'De casus past bij het netwerkoverleg.',
  });
  expect(screened.statusCode, screened.body).toBe(200);
  return c.id;
}

describe('seed 000 Bijlage 2 "Randvoorwaarden" of the Netwerkoverleg Huiselijk geweld', () => {
  it('000-R75 the case starts only from a police mutation or care report: unconfirmed, accepting is refused in the table\'s words; confirmed in the screening, it goes to triage', async () => {
    expect(MAASTRICHT_TABLES.find((t) => t.id === HG)?.preconditions.find((p) => p.text.startsWith(MUTATION))?.before).toBe('accept');
    const pd = await login(PD);
    const bare = await screenedCase(false);
    const refused = await s.request('POST', `/api/cases/${bare}/transitions`, pd, { event: 'accept' });
    expect(refused.statusCode, refused.body).toBe(403);
    const error = (JSON.parse(refused.body) as ErrorBody).error;
    expect(error.rule).toBe('table');
    expect(error.message).toContain(MUTATION);
    const confirmed = await screenedCase(true);
    const accepted = await s.request('POST', `/api/cases/${confirmed}/transitions`, pd, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ phase: string }>().phase).toBe('triage');
  });

  it('000-R75 preconditions[].before: when the mutation guards the RTO instead of acceptance, the unconfirmed case goes to triage', async () => {
    await withChangedField(s, M, configField(`tables[${HG}].preconditions[other].before`), 'schedule_rto', async () => {
      const bare = await screenedCase(false);
      const accepted = await s.request('POST', `/api/cases/${bare}/transitions`, await login(PD), { event: 'accept' });
      expect(accepted.statusCode, accepted.body).toBe(200);
    });
  });
});

const NAZORG = 'nazorg-ex-gedetineerden';
const BASIS_RECORDED = 'De grondslag voor de gegevensverwerking van elke partij in het overleg is benoemd en vastgelegd';
const COMPATIBILITY = 'De verenigbaarheidstoets heeft in het individuele geval plaatsgevonden en is vastgelegd';

/** A Nazorg case, informed, with consent, screened confirming every precondition before `accept` except those whose text `leaveOut` names. */
async function nazorgScreened(leaveOut: readonly string[]): Promise<string> {
  const created = await s.request('POST', '/api/cases', await login('humanitas@maastricht'), {
    tableId: NAZORG,
    subjects: [{ name: 'Kees Bours', birthDate: '1980-05-06' }],
    registration: { content: 'Aanmelding vanuit detentie.', basis: { kind: 'vital_interest', motivation: 'Acute dakloosheid na detentie.' } },
    processDirectorId: s.userId(PD),
  });
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string; subjectIds: string[]; number: string; registrationId: string }>();
  await informSubjects(s, c, M, 'humanitas', PD, true);
  const pd = await login(PD);
  const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners: [s.partnerId(M, 'humanitas')], scope: 'Verwerking in het nazorgoverleg', givenAt: s.deps.now().toISOString() });
  expect(consent.statusCode, consent.body).toBe(201);
  const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { text: string; before?: string }[] }>();
  const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
    criteriaMet: [0],
    answers: table.followUpQuestions.map(() => 'Ja.'),
    preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' && !leaveOut.includes(p.text) ? [i] : [])),
    assessment: 'Past bij het nazorgoverleg.',
  });
  expect(screened.statusCode, screened.body).toBe(200);
  return c.id;
}

describe('seed 000 Bijlage 2 "Randvoorwaarden" of Nazorg ex-gedetineerden', () => {
  const accept = async (caseId: string) => s.request('POST', `/api/cases/${caseId}/transitions`, await login(PD), { event: 'accept' });

  it('000-R80 the basis of each party and the compatibility test must be on record before the case goes to triage: each refusal quotes the table, confirmed it goes', async () => {
    const nazorg = MAASTRICHT_TABLES.find((t) => t.id === NAZORG);
    expect(nazorg?.preconditions.filter((p) => p.kind === 'legal_basis_recorded' || p.kind === 'compatibility_assessed').map((p) => p.before)).toEqual(['accept', 'accept']);
    for (const [leaveOut, quoted] of [[[BASIS_RECORDED, COMPATIBILITY], BASIS_RECORDED], [[COMPATIBILITY], COMPATIBILITY]] as const) {
      const caseId = await nazorgScreened(leaveOut);
      const refused = await accept(caseId);
      expect(refused.statusCode, refused.body).toBe(403);
      const error = (JSON.parse(refused.body) as ErrorBody).error;
      expect(error).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
      expect(error.message).toContain(quoted);
      expect((await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', caseId).executeTakeFirstOrThrow()).phase).toBe('screening');
    }
    const accepted = await accept(await nazorgScreened([]));
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ phase: string }>().phase).toBe('triage');
  });

  it('000-R80 preconditions[].before: when the compatibility test guards the RTO instead, the case goes to triage without it', async () => {
    await withChangedField(s, M, configField(`tables[${NAZORG}].preconditions[compatibility_assessed].before`), 'schedule_rto', async () => {
      const accepted = await accept(await nazorgScreened([COMPATIBILITY]));
      expect(accepted.statusCode, accepted.body).toBe(200);
    });
  });
});

describe('seed 000 Bijlage 2 Nazorg ex-gedetineerden: "Betrokkene wordt tijdens de detentie geïnformeerd"', () => {
  const DURING_DETENTION = 'Betrokkene is tijdens de detentie geïnformeerd over de verwerking in dit overleg';

  it('000-R81 informed by letter after release is not enough: accepting is refused in the table\'s words until Humanitas records that it informed the subject during detention', async () => {
    expect(MAASTRICHT_TABLES.find((t) => t.id === NAZORG)?.preconditions.find((p) => p.kind === 'subject_informed_during_detention')).toMatchObject({ text: DURING_DETENTION, before: 'accept' });
    const humanitas = await login('humanitas@maastricht');
    const created = await s.request('POST', '/api/cases', humanitas, {
      tableId: NAZORG,
      subjects: [{ name: 'Jo Vroemen', birthDate: '1979-03-02' }],
      registration: { content: 'Aanmelding vanuit detentie, ontslag over drie weken.', basis: { kind: 'vital_interest', motivation: 'Dakloosheid na detentie dreigt.' } },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    const subjectId = c.subjectIds[0] ?? '';
    const inform = (duringDetention: boolean) =>
      s.request('POST', `/api/cases/${c.id}/informing`, humanitas, { subjectId, topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter', duringDetention });
    expect((await inform(false)).statusCode).toBe(201);
    const pd = await login(PD);
    expect((await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners: [s.partnerId(M, 'humanitas')], scope: 'Verwerking in het nazorgoverleg', givenAt: s.deps.now().toISOString() })).statusCode).toBe(201);
    const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { kind?: string; text: string; before?: string }[] }>();
    const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
      criteriaMet: [0],
      answers: table.followUpQuestions.map(() => 'Ja.'),
      // Confirming the text does not stand in for the record: this precondition is judged from the informing records.
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'Past bij het nazorgoverleg.',
    });
    expect(screened.statusCode, screened.body).toBe(200);
    const refused = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
    expect(refused.statusCode, refused.body).toBe(403);
    const error = (JSON.parse(refused.body) as ErrorBody).error;
    expect(error).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(error.message).toContain(DURING_DETENTION);

    expect((await inform(true)).statusCode).toBe(201);
    const listed = (await s.request('GET', `/api/cases/${c.id}/informing`, pd)).json<{ duringDetention: boolean }[]>();
    expect(listed.map((i) => i.duringDetention).sort()).toEqual([false, true]);
    const accepted = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ phase: string }>().phase).toBe('triage');
  });
});
