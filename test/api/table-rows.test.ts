/**
 * Rows of seed 000 that a table's protocol carries out at runtime: the Netwerkoverleg Huiselijk
 * geweld starts only from a police mutation or care report (000-R75), Nazorg's preconditions
 * (000-R80, 000-R81); and rows of the covenant articles and annexes shown on Maastricht cases: the
 * processing's registered name in the Wpg provision log (000-R04, 000-R40), the consent form and
 * the information letter with the rights and the contact of Bijlage 5 (000-R94, 000-R31, 000-R92).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
import { pdfText } from '../support/pdf-text.js';
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

/** A JCO case in triage, registered by the municipality, for the police to answer and the registrant to read. */
async function jcoInTriage(name: string): Promise<{ id: string; subjectIds: string[]; number: string }> {
  const created = await s.request('POST', '/api/cases', await login('gemeente-maastricht@maastricht'), {
    tableId: 'jco-huiselijk-geweld',
    subjects: [{ name, birthDate: '1984-01-02' }],
    registration: { content: 'Huiselijk geweld; strafrechtelijk traject loopt.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    processDirectorId: s.userId(PD),
  });
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string; subjectIds: string[]; number: string }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
  return c;
}

/** A JCO case whose police answer (art. 20 Wpg) the municipality reads: one provision to log. */
async function policeAnswerReadByMunicipality(name: string): Promise<{ id: string; number: string }> {
  const c = await jcoInTriage(name);
  const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, await login(PD), {
    task: 'Triage', purpose: 'Voorbereiden JCO', whyNeeded: 'Zicht op het strafrechtelijk verleden', question: 'Is betrokkene bij u bekend?',
    partners: [s.partnerId(M, 'politie-limburg')], onBehalfOf: s.partnerId(M, 'gemeente-maastricht'),
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
  const pol = await login('politie-limburg@maastricht');
  const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, pol, {
    content: 'Twee meldingen van huiselijk geweld in 2026.', category: 'risicos-negen-leefgebieden', police: true,
    basis: { kind: 'wpg20', decision: 'Besluit art. 20 lid 1 en 2 Wpg (convenant art. 11.3)' },
  });
  expect(answered.statusCode, answered.body).toBe(201);
  const answerId = answered.json<{ contributionId: string }>().contributionId;
  const gem = await login('gemeente-maastricht@maastricht');
  expect((await s.request('GET', `/api/cases/${c.id}/contributions/${answerId}?purpose=triage`, gem)).statusCode).toBe(200);
  return c;
}

describe('seed 000 art. 4.1 and 11.3: police provisions logged under the registered name of the processing', () => {
  it('000-R04 000-R40 a police answer read by the municipality is in the Wpg log for the police and for the controller\'s privacy officer, naming the processing as art. 4.1 does', async () => {
    const registered = MAASTRICHT_HEUVELLAND.source.registeredName ?? '-';
    expect(registered).toContain('integrale persoon-/systeem gerichte aanpak Maastricht-Heuvelland');
    const c = await policeAnswerReadByMunicipality('Ron Bemelmans');
    for (const reader of ['politie-limburg@maastricht', 'privacy@maastricht']) {
      const log = await s.request('GET', `/api/provisions?caseNumber=${c.number}`, await login(reader));
      expect(log.statusCode, log.body).toBe(200);
      const rows = log.json<{ recipient: string; collaborationName: string; legalBasis: string }[]>();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ collaborationName: registered, legalBasis: 'art. 20 Wpg' });
    }
    // Another partner's professional does not read the police's log.
    expect((await s.request('GET', `/api/provisions?caseNumber=${c.number}`, await login('gemeente-maastricht@maastricht'))).statusCode).toBe(403);
  });

  it('000-R04 source.registeredName: with another registered name in a copy of the configuration, the next provision is logged under that name', async () => {
    const renamed = 'Verwerking Zorg- en Veiligheidshuis (gewijzigde melding)';
    const c = await withChangedField(s, M, configField('source.registeredName'), renamed, () => policeAnswerReadByMunicipality('Iris Bemelmans'));
    const log = await s.request('GET', `/api/provisions?caseNumber=${c.number}`, await login('politie-limburg@maastricht'));
    expect(log.statusCode, log.body).toBe(200);
    expect(log.json<{ collaborationName: string }[]>().map((r) => r.collaborationName)).toEqual([renamed]);
  });
});

describe('seed 000 Bijlage 5 and art. 9.2: the consent form and the information letter of a Maastricht case', () => {
  it('000-R94 000-R92 000-R31 the consent form names the subject, each partner it covers, the procesmanager for the length of the trajectory, the revocation right and the Bijlage 5 contact; the letter states the rights', async () => {
    const c = await jcoInTriage('Noor Lemmens');
    const pd = await login(PD);
    const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, {
      subjectId: c.subjectIds[0], partners: [s.partnerId(M, 'gemeente-maastricht'), s.partnerId(M, 'om-limburg')], scope: 'Het JCO Huiselijk Geweld', givenAt: s.deps.now().toISOString(),
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const form = await s.request('GET', `/api/cases/${c.id}/documents/consent-forms/${consent.json<{ id: string }>().id}`, pd);
    expect(form.statusCode).toBe(200);
    const text = (await pdfText(form.rawPayload)).text;
    const names = await s.deps.database.db.selectFrom('partners').select(['slug', 'name']).where('collaboration_id', '=', s.collaborationId(M)).execute();
    const nameOf = (slug: string) => names.find((n) => n.slug === slug)?.name ?? slug;
    expect(text).toContain('Noor Lemmens');
    expect(text).toContain(nameOf('gemeente-maastricht'));
    expect(text).toContain(nameOf('om-limburg'));
    expect(text).not.toContain(nameOf('politie-limburg'));
    expect(text).toContain('procesregisseur van Veiligheidshuis Maastricht-Heuvelland');
    expect(text).toContain('gedurende de looptijd van het traject');
    expect(text).toMatch(/toestemming op ieder moment intrekken/);
    expect(text).toContain('veiligheidshuis@maastricht.nl');

    const letter = await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=registration`, pd);
    expect(letter.statusCode).toBe(200);
    const letterText = (await pdfText(letter.rawPayload)).text;
    expect(letterText).toMatch(/Inzage: u mag weten/);
    expect(letterText).toContain('veiligheidshuis@maastricht.nl');
  });

  it('000-R94 controller.rightsContact: with another contact in a copy of the configuration, the letter gives that address instead', async () => {
    const c = await jcoInTriage('Lotte Lemmens');
    const pd = await login(PD);
    const text = await withChangedField(s, M, configField('controller.rightsContact'), 'privacy@vhmh.example', async () => {
      const letter = await s.request('GET', `/api/cases/${c.id}/documents/information-letters/${c.subjectIds[0]}?topic=registration`, pd);
      expect(letter.statusCode).toBe(200);
      return (await pdfText(letter.rawPayload)).text;
    });
    expect(text).toContain('privacy@vhmh.example');
    expect(text).not.toContain('veiligheidshuis@maastricht.nl');
  });
});

describe('seed 000 Bijlage 2 Netwerkoverleg stadsdelen "Randvoorwaarden": the registering organisation informs', () => {
  it('000-R77 the house may not inform on behalf of itself instead of the registering housing corporation (P10), and uninformed the case is not accepted; once Woonpunt records its own informing it goes to triage', async () => {
    const woonpunt = await login('woonpunt@maastricht');
    const created = await s.request('POST', '/api/cases', woonpunt, {
      tableId: 'netwerkoverleg-stadsdelen',
      subjects: [{ name: 'Ingrid Pluijmen', birthDate: '1969-11-12' }],
      registration: { content: 'Huurachterstand, vervuiling en overlast in de portiek.', basis: { kind: 'legitimate_interest', law: 'AVG art. 6 lid 1 onder f jo. Woningwet art. 45 lid 2 onder f en BTIV 2015 art. 51', motivation: 'Dreigende ontruiming weegt zwaarder.' } },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    const subjectId = c.subjectIds[0] ?? '';
    const pd = await login(PD);
    const byHouse = await s.request('POST', `/api/cases/${c.id}/informing`, pd, { subjectId, topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'phone', onBehalfOf: s.partnerId(M, 'gemeente-maastricht') });
    expect(byHouse.statusCode, byHouse.body).toBe(403);
    expect((JSON.parse(byHouse.body) as ErrorBody).error).toMatchObject({ rule: 'P10', reason: 'informing_partner_not_responsible' });
    const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { before?: string }[] }>();
    const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
      criteriaMet: [0, 1],
      answers: table.followUpQuestions.map(() => 'Ja.'),
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'Past bij het netwerkoverleg.',
    });
    expect(screened.statusCode, screened.body).toBe(200);
    const refused = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
    expect(refused.statusCode, refused.body).toBe(403);
    const error = (JSON.parse(refused.body) as ErrorBody).error;
    expect(error).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(error.message).toContain('Betrokkenen zijn door de aanmeldende organisatie op de hoogte gebracht van de aanmelding');
    const byRegistrant = await s.request('POST', `/api/cases/${c.id}/informing`, woonpunt, { subjectId, topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter' });
    expect(byRegistrant.statusCode, byRegistrant.body).toBe(201);
    const accepted = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ phase: string }>().phase).toBe('triage');
  });
});

describe('seed 000 art. 13.1: the covenant is in force the day after its signing', () => {
  it('000-R43 on the signing day (18 February 2016) a signatory\'s professional is refused personal data as not yet an active partner; the day after it reads', async () => {
    const pol = await login('politie-limburg@maastricht');
    const at = async (iso: string) => {
      s.setNow(new Date(iso));
      return s.request('GET', '/api/cases', pol);
    };
    const today = s.deps.now();
    try {
      const signingDay = await at('2016-02-18T12:00:00Z');
      expect(signingDay.statusCode, signingDay.body).toBe(403);
      expect((JSON.parse(signingDay.body) as ErrorBody).error.reason).toBe('partner_not_active');
      expect((await at('2016-02-19T12:00:00Z')).statusCode).toBe(200);
    } finally {
      s.setNow(today);
    }
  });
});

/**
 * A case the municipality registered at `tableId`, with a meeting in which `executor` is invited as
 * intended executor, in the RTO phase. The screening and triage before it are the subject of other
 * tests, so the phase is set directly.
 */
async function caseInRto(tableId: string, name: string, content: string, executor: string): Promise<{ c: { id: string }; meetingId: string; pd: string }> {
  const created = await s.request('POST', '/api/cases', await login('gemeente-maastricht@maastricht'), {
    tableId,
    subjects: [{ name, birthDate: '1970-01-15' }],
    registration: { content, basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    processDirectorId: s.userId(PD),
  });
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string }>();
  const db = s.deps.database.db;
  await db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
  const pd = await login(PD);
  const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
    scheduledAt: '2026-06-10T14:00:00Z',
    preparation: { goal: 'Een plan van aanpak', themes: ['wonen'], decisionsToTake: ['wie wordt casemanager'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  const meetingId = meeting.json<{ id: string }>().id;
  const invited = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(executor), role: 'intended_executor' });
  expect(invited.statusCode, invited.body).toBe(201);
  await db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', c.id).execute();
  return { c, meetingId, pd };
}

describe('seed 000 Bijlage 2 MDO Integrale Aanpak: an individual plan of approach and a case manager', () => {
  it('000-R66 000-R67 the MDO case goes to monitoring only with a case manager appointed and a plan with goals and actions on record; each missing piece is refused', async () => {
    const { c, meetingId, pd } = await caseInRto('mdo-integrale-aanpak', 'Frans Vaessen', 'Teloorgang op meerdere leefgebieden.', 'servatius@maastricht');
    const db = s.deps.database.db;
    const adopt = () => s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'adopt_plan' });
    const reasonOf = (body: string) => (JSON.parse(body) as ErrorBody).error.reason;

    const noManager = (JSON.parse((await adopt()).body) as ErrorBody).error;
    expect(noManager).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(noManager.message).toContain('Er is een casemanager benoemd die de uitvoering van het plan van aanpak organiseert');
    const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('servatius@maastricht'), meetingId });
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(reasonOf((await adopt()).body)).toBe('no_plan');
    const version = (await db.selectFrom('meetings').select('version').where('id', '=', meetingId).executeTakeFirstOrThrow()).version;
    const recorded = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version,
      date: '2026-06-10T14:00:00Z',
      status: 'held',
      reason: 'Teloorgang op meerdere leefgebieden',
      present: [s.userId('servatius@maastricht')],
      outcomeInformant: { userId: s.userId('servatius@maastricht') },
      plan: {
        goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }],
        actions: [{ description: 'Betalingsregeling huurachterstand', ownerPartnerId: s.partnerId(M, 'servatius'), dueAt: '2026-07-01' }],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const adopted = await adopt();
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json<{ phase: string }>().phase).toBe('monitoring');
  });
});

describe('seed 000 art. 7.1: the legal frameworks the covenant names are usable as bases', () => {
  it('000-R15 a municipality registers on the Wet tijdelijk huisverbod and on the Wet BRP; a housing corporation citing the house ban is refused (P5, not its catalogue)', async () => {
    const gem = await login('gemeente-maastricht@maastricht');
    const register = (cookie: string, tableId: string, law: string) =>
      s.request('POST', '/api/cases', cookie, {
        tableId,
        subjects: [{ name: 'Hub Creemers', birthDate: '1981-05-06' }],
        registration: { content: 'Huisverbod opgelegd na huiselijk geweld.', basis: { kind: 'public_task', law } },
        processDirectorId: s.userId(PD),
      });
    for (const law of ['Wet tijdelijk huisverbod', 'Wet basisregistratie personen (Wet BRP)']) {
      const res = await register(gem, HG, law);
      expect(res.statusCode, res.body).toBe(201);
    }
    const refused = await register(await login('woonpunt@maastricht'), 'netwerkoverleg-stadsdelen', 'Wet tijdelijk huisverbod');
    expect(refused.statusCode, refused.body).toBe(403);
    expect((JSON.parse(refused.body) as ErrorBody).error).toMatchObject({ rule: 'P5', reason: 'basis_not_in_catalogue' });
  });
});

describe('seed 000 Bijlage 2 MDO "Betrokkene zoveel als mogelijk aanwezig"', () => {
  it('000-R65 the subject is invited to the MDO meeting once it signed the consent; before that the invitation is refused (P2)', async () => {
    const created = await s.request('POST', '/api/cases', await login('gemeente-maastricht@maastricht'), {
      tableId: 'mdo-integrale-aanpak',
      subjects: [{ name: 'Tiny Ramakers', birthDate: '1977-08-09' }],
      registration: { content: 'Teloorgang; betrokkene wil zelf meepraten.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    const subjectId = c.subjectIds[0] ?? '';
    await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
    const pd = await login(PD);
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: '2026-06-10T14:00:00Z',
      preparation: { goal: 'Samen met betrokkene een plan maken', themes: ['wonen'], decisionsToTake: ['wie wordt casemanager'], subjectInvolvement: 'invited', careAgreements: 'Gegevens blijven in het systeem.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const url = `/api/cases/${c.id}/meetings/${meeting.json<{ id: string }>().id}/invitations`;
    const refused = await s.request('POST', url, pd, { subjectId, role: 'subject' });
    expect(refused.statusCode, refused.body).toBe(403);
    expect((JSON.parse(refused.body) as ErrorBody).error).toMatchObject({ rule: 'P2', reason: 'attendee_without_consent' });
    const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners: [s.partnerId(M, 'gemeente-maastricht')], scope: 'Deelname aan het MDO', givenAt: s.deps.now().toISOString() });
    expect(consent.statusCode, consent.body).toBe(201);
    const invited = await s.request('POST', url, pd, { subjectId, role: 'subject' });
    expect(invited.statusCode, invited.body).toBe(201);
  });
});

describe('seed 000 Bijlage 2 Netwerkoverleg stadsdelen "Doelstelling": monitoring the help delivered', () => {
  it('000-R78 in monitoring the case manager follows up each action of the plan (done, with the version), and the follow-up is on record', async () => {
    const { c, meetingId, pd } = await caseInRto('netwerkoverleg-stadsdelen', 'Jeanne Hermans', 'Vervuilde woning en zorgmijding.', 'woonpunt@maastricht');
    const db = s.deps.database.db;
    const version = (await db.selectFrom('meetings').select('version').where('id', '=', meetingId).executeTakeFirstOrThrow()).version;
    const recorded = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version, date: '2026-06-10T14:00:00Z', status: 'held', reason: 'Vervuilde woning', present: [s.userId('woonpunt@maastricht')],
      outcomeInformant: { userId: s.userId('woonpunt@maastricht') },
      plan: { goals: [{ domain: 'housing', goal: 'Woning schoon en veilig' }], actions: [{ description: 'Schoonmaak regelen', ownerPartnerId: s.partnerId(M, 'woonpunt'), dueAt: '2026-07-01' }] },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const actionId = recorded.json<{ actionIds: string[] }>().actionIds[0] ?? '';
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('woonpunt@maastricht'), meetingId })).statusCode).toBe(200);
    const adopted = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'adopt_plan' });
    expect(adopted.json<{ phase: string }>().phase).toBe('monitoring');

    const manager = await login('woonpunt@maastricht');
    const follow = (v: number) => s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, manager, { version: v, status: 'done' });
    const done = await follow(1);
    expect(done.statusCode, done.body).toBe(200);
    expect((await follow(1)).statusCode).toBe(409);
    const stored = await db.selectFrom('plan_actions').select('status').where('id', '=', actionId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('done');
  });
});
