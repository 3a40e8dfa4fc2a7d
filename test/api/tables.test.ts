/**
 * A table is an executable protocol (seed 000 Bijlage 2): who takes part, the age range, the data
 * set, what each partner shares. Each field is shown to change behaviour over HTTP: on the shipped
 * Maastricht tables, and on a copy of the shipped configuration with the field changed
 * (`withChangedField`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import { informSubjects, screenAtTable } from './phases.flow.js';
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
const GEMEENTE_BASIS = { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' };
const JEUGD_BASIS = { kind: 'public_task', law: 'Jeugdwet art. 1.1 en 7.3.8 (kinderbeschermingsmaatregelen en jeugdreclassering)' };
const question = { task: 'Advies strafafdoening', purpose: 'Voorbereiden overleg', whyNeeded: 'Zicht op lopende trajecten', question: 'Is betrokkene bij u bekend?' };
type ErrorBody = { error: { rule?: string; reason?: string; message?: string; fields?: { field: string }[] } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

function shipped(id: string) {
  const table = MAASTRICHT_TABLES.find((t) => t.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return table;
}

interface Case {
  readonly id: string;
  readonly subjectIds: readonly string[];
  readonly tableId: string;
}

/** The process director the table's responsible officer provides (seed 000 art. 10.2): the E-M officer for its own tables. */
const E_M_DIRECTOR = 'procesregisseur-gemeente-eijsden-margraten@maastricht';
const directorOf = (tableId: string): string => (shipped(tableId).responsibleOfficer?.partnerId === 'gemeente-eijsden-margraten' ? E_M_DIRECTOR : 'procesregisseur@maastricht');

async function register(user: string, tableId: string, subject: object = { name: 'Sam Jansen', birthDate: '1985-03-04' }, basis: object = GEMEENTE_BASIS): Promise<Case> {
  const res = await s.request('POST', '/api/cases', await login(user), {
    tableId,
    subjects: [subject],
    registration: { content: 'Aanmelding voor de overlegtafel.', basis },
    processDirectorId: s.userId(directorOf(tableId)),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...res.json<Omit<Case, 'tableId'>>(), tableId };
}

/** Triage, as the phase tests own the accept step; here only the table's rules are under test. */
async function inTriage(user: string, tableId: string, subject?: object, basis?: object): Promise<Case> {
  const c = await register(user, tableId, subject, basis);
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
  return c;
}

async function ask(c: Case, registrant: string, partners: readonly string[], extra: object = {}) {
  const pd = await login(directorOf(c.tableId));
  return s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: partners.map((p) => s.partnerId(M, p)), onBehalfOf: s.partnerId(M, registrant), ...extra });
}

describe('seed 000 Bijlage 2: who takes part at a table', () => {
  it('000-R61 000-R76 structuralPartners: at the JCO the director asks the OM, and a housing corporation is refused with the rule', async () => {
    const c = await inTriage('gemeente-maastricht@maastricht', 'jco-huiselijk-geweld');
    const refused = await ask(c, 'gemeente-maastricht', ['servatius']);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'partner_not_at_table' });
    const asked = await ask(c, 'gemeente-maastricht', ['om-limburg']);
    expect(asked.statusCode, asked.body).toBe(201);
  });

  it('000-R61 structuralPartners: with Servatius a structural partner of the JCO, the director asks it', async () => {
    const field = configField('tables[jco-huiselijk-geweld].structuralPartners');
    await withChangedField(s, M, field, [...shipped('jco-huiselijk-geweld').structuralPartners, 'servatius'], async () => {
      const c = await inTriage('gemeente-maastricht@maastricht', 'jco-huiselijk-geweld');
      const asked = await ask(c, 'gemeente-maastricht', ['servatius']);
      expect(asked.statusCode, asked.body).toBe(201);
    });
  });

  it('000-R61 incidentalPartners: an incidental partner is asked only with a recorded reason (Casusoverleg Jeugd, the police)', async () => {
    const c = await inTriage('gemeente-eijsden-margraten@maastricht', 'casusoverleg-jeugd-eijsden-margraten', { name: 'Lotte Vroemen', birthDate: '2012-09-10' });
    const bare = await ask(c, 'gemeente-eijsden-margraten', ['politie-limburg']);
    expect(bare.statusCode, bare.body).toBe(403);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'P2', reason: 'incidental_partner_without_reason' });
    const reasoned = await ask(c, 'gemeente-eijsden-margraten', ['politie-limburg'], { tableReason: 'Meldingen van overlast door de jongere.' });
    expect(reasoned.statusCode, reasoned.body).toBe(201);
    // The asked police sees why it is asked; the reason is stored sealed under the case key (ADR 0122).
    const questionId = reasoned.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const police = await login('politie-limburg@maastricht');
    const seen = await s.request('GET', `/api/cases/${c.id}/triage-questions/${questionId}`, police);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<{ tableReason: string | null }>().tableReason).toBe('Meldingen van overlast door de jongere.');
  });

  it('000-R61 incidentalPartners: with Servatius an incidental partner of the JCO, it is asked with a reason and refused without', async () => {
    await withChangedField(s, M, configField('tables[jco-huiselijk-geweld].incidentalPartners'), ['veilig-thuis-zuid-limburg', 'servatius'], async () => {
      const c = await inTriage('gemeente-maastricht@maastricht', 'jco-huiselijk-geweld');
      const bare = await ask(c, 'gemeente-maastricht', ['servatius']);
      expect(errorOf(bare.body)).toMatchObject({ rule: 'P2', reason: 'incidental_partner_without_reason' });
      const reasoned = await ask(c, 'gemeente-maastricht', ['servatius'], { tableReason: 'Woonoverlast in de portiek.' });
      expect(reasoned.statusCode, reasoned.body).toBe(201);
    });
  });

  it('000-R61 anyMemberMayJoin: the MDO asks any covenant partner ("in principe alle convenantpartners"); without that, only its own', async () => {
    const c = await inTriage('gemeente-maastricht@maastricht', 'mdo-integrale-aanpak');
    const asked = await ask(c, 'gemeente-maastricht', ['servatius', 'mondriaan']);
    expect(asked.statusCode, asked.body).toBe(201);
    await withChangedField(s, M, configField('tables[mdo-integrale-aanpak].anyMemberMayJoin'), false, async () => {
      const closed = await inTriage('gemeente-maastricht@maastricht', 'mdo-integrale-aanpak');
      const refused = await ask(closed, 'gemeente-maastricht', ['servatius']);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'partner_not_at_table' });
    });
  });

  it('000-R76 JCO: a housing corporation is not invited to the meeting; the OM is', async () => {
    const c = await inTriage('gemeente-maastricht@maastricht', 'jco-huiselijk-geweld');
    const pd = await login('procesregisseur@maastricht');
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: '2026-06-10T14:00:00Z',
      preparation: { goal: 'Advies aan het OM', themes: ['strafafdoening'], decisionsToTake: ['advies'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const url = `/api/cases/${c.id}/meetings/${meeting.json<{ id: string }>().id}/invitations`;
    const refused = await s.request('POST', url, pd, { userId: s.userId('servatius@maastricht'), role: 'expert' });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'partner_not_at_table' });
    const invited = await s.request('POST', url, pd, { userId: s.userId('om-limburg@maastricht'), role: 'informant' });
    expect(invited.statusCode, invited.body).toBe(201);
  });
});

describe('seed 000 Bijlage 2 Casusoverleg Jeugd Eijsden-Margraten: the separate covenant "Zorg voor Jeugd"', () => {
  const CJ = 'casusoverleg-jeugd-eijsden-margraten';
  const youth = { name: 'Lotte Vroemen', birthDate: '2012-09-10' };

  /** Envida asked at a Casusoverleg Jeugd case in triage; the subject's consent names Envida. */
  async function askEnvida(tableId: string) {
    const c = await inTriage('gemeente-eijsden-margraten@maastricht', tableId, youth);
    const consent = await s.request('POST', `/api/cases/${c.id}/consents`, await login(E_M_DIRECTOR), {
      subjectId: c.subjectIds[0], partners: [s.partnerId(M, 'gemeente-eijsden-margraten'), s.partnerId(M, 'envida')], scope: 'Casusoverleg Jeugd', givenAt: s.deps.now().toISOString(),
    });
    expect(consent.statusCode, consent.body).toBe(201);
    return { c, consentId: consent.json<{ id: string }>().id, asked: await ask(c, 'gemeente-eijsden-margraten', ['envida']) };
  }

  it('000-R83 separateCovenantPartners: Envida, bound by "Zorg voor Jeugd" and not by this covenant, is asked at the Casusoverleg Jeugd, answers and reads its case; the OOV does not ask it', async () => {
    expect(shipped(CJ).separateCovenantPartners).toEqual(['envida']);
    const { c, consentId, asked } = await askEnvida(CJ);
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const envida = await login('envida@maastricht');
    const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, envida, {
      content: 'Bekend bij de jeugdverpleegkundige; het gezin woont sinds 2012 in Eijsden.', category: 'social_relations', basis: { kind: 'consent', consentId },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect((await s.request('GET', `/api/cases/${c.id}`, envida)).statusCode).toBe(200);
    // The OOV Eijsden-Margraten has no separate covenant and does not seat Envida: it is not asked there.
    const oov = await inTriage('gemeente-eijsden-margraten@maastricht', 'oov-eijsden-margraten', youth);
    const notAtOov = await ask(oov, 'gemeente-eijsden-margraten', ['envida']);
    expect(notAtOov.statusCode, notAtOov.body).toBe(403);
  });

  it('000-R83 separateCovenantPartners: without Envida among the signatories of the separate covenant it is refused at the Casusoverleg Jeugd as a non-member (P1), joining only as a third party', async () => {
    await withChangedField(s, M, configField('tables[casusoverleg-jeugd-eijsden-margraten].separateCovenantPartners'), [], async () => {
      const { asked } = await askEnvida(CJ);
      expect(asked.statusCode, asked.body).toBe(403);
      expect(errorOf(asked.body)).toMatchObject({ reason: 'asked_partner_not_active' });
    });
  });

  it('000-R83 ADR 0162 separateCovenantPartners: Envida stands as a partner only while its own record is in force: deactivated, or past its end date, it is refused personal data at sign-in and is not asked', async () => {
    const { c, consentId, asked } = await askEnvida(CJ);
    expect(asked.statusCode, asked.body).toBe(201);
    const envida = await login('envida@maastricht');
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, envida, { content: 'Bekend bij de jeugdverpleegkundige.', category: 'social_relations', basis: { kind: 'consent', consentId } });
    expect(answered.statusCode, answered.body).toBe(201);
    expect((await s.request('GET', `/api/cases/${c.id}`, envida)).statusCode).toBe(200);
    const db = s.deps.database.db;
    const envidaId = s.partnerId(M, 'envida');
    const yesterday = new Date(s.deps.now().getTime() - 86_400_000);
    for (const change of [{ active: false }, { ends_at: yesterday }]) {
      await db.updateTable('partners').set(change).where('id', '=', envidaId).execute();
      try {
        const read = await s.request('GET', `/api/cases/${c.id}`, envida);
        expect(read.statusCode, read.body).toBe(403);
        expect(errorOf(read.body)).toMatchObject({ reason: 'partner_not_active' });
        const again = await askEnvida(CJ);
        expect(again.asked.statusCode, again.asked.body).toBe(403);
        expect(errorOf(again.asked.body)).toMatchObject({ reason: 'asked_partner_not_active' });
      } finally {
        await db.updateTable('partners').set({ active: true, ends_at: null }).where('id', '=', envidaId).execute();
      }
    }
    expect((await s.request('GET', `/api/cases/${c.id}`, envida)).statusCode).toBe(200);
  });
});

describe('seed 000 Bijlage 2: admission by age', () => {
  const NWO = 'netwerkoverleg-risicojeugd';
  const jeugdzorg = 'bureau-jeugdzorg-limburg@maastricht';
  const body = (birthDate: string | undefined) => ({
    tableId: NWO,
    subjects: [{ name: 'Robin Smeets', ...(birthDate === undefined ? {} : { birthDate }) }],
    registration: { content: 'Zorgen over gedrag op straat.', basis: JEUGD_BASIS },
  });

  it('000-R71 ageRange: Netwerkoverleg risicojeugd refuses a 56-year-old and admits a 16-year-old and an expected child', async () => {
    const rj = await login(jeugdzorg);
    const adult = await s.request('POST', '/api/cases', rj, body('1970-01-01'));
    expect(adult.statusCode, adult.body).toBe(403);
    expect(errorOf(adult.body)).toMatchObject({ rule: 'table', reason: 'age_outside_table_range' });
    expect((await s.request('POST', '/api/cases', rj, body('2010-02-03'))).statusCode).toBe(201);
    // Server clock 2026-06-01: a child expected in August is 2 months short of birth, inside -9 months.
    expect((await s.request('POST', '/api/cases', rj, body('2026-08-15'))).statusCode).toBe(201);
    const unknown = await s.request('POST', '/api/cases', rj, body(undefined));
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).fields?.map((f) => f.field)).toEqual(['subjects.0.birthDate']);
  });

  it('000-R71 ageRange.maxYears: with the Nwo RJ up to 60 years, the 56-year-old is admitted', async () => {
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].ageRange.maxYears'), 60, async () => {
      const res = await s.request('POST', '/api/cases', await login(jeugdzorg), body('1970-01-01'));
      expect(res.statusCode, res.body).toBe(201);
    });
  });

  it('000-R71 ageRange.minMonths: with the Nwo RJ from birth, the expected child is refused', async () => {
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].ageRange.minMonths'), 0, async () => {
      const res = await s.request('POST', '/api/cases', await login(jeugdzorg), body('2026-08-15'));
      expect(errorOf(res.body)).toMatchObject({ rule: 'table', reason: 'age_outside_table_range' });
    });
  });
});

describe('seed 000 art. 5.1, 5.3: the data set of a table', () => {
  const NAZORG = 'nazorg-ex-gedetineerden';
  const humanitasBasis = { kind: 'vital_interest', motivation: 'Acute dakloosheid na detentie.' };

  async function contribute(c: Case, body: object) {
    return s.request('POST', `/api/cases/${c.id}/contributions`, await login('humanitas@maastricht'), { content: 'Woonsituatie na detentie.', purposes: ['screening', 'triage', 'rto'], basis: humanitasBasis, ...body });
  }
  const nazorgCase = () => register('humanitas@maastricht', NAZORG, { name: 'Kees Bours', birthDate: '1980-05-06' }, humanitasBasis);
  const stored = (id: string) => s.deps.database.db.selectFrom('contributions').select(['category', 'special']).where('id', '=', id).executeTakeFirstOrThrow();

  it('000-R06 000-R07 000-R09 000-R38 allowedDataSet: at Nazorg a category outside the data set is refused; its own kinds and the life domains are stored', async () => {
    const c = await nazorgCase();
    const belief = await contribute(c, { category: 'geloofsovertuiging' });
    expect(belief.statusCode, belief.body).toBe(403);
    expect(errorOf(belief.body)).toMatchObject({ rule: 'P3', reason: 'category_not_in_data_set' });
    const missing = await contribute(c, {});
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing.body).fields?.map((f) => f.field)).toEqual(['category']);
    expect((await contribute(c, { category: 'housing' })).statusCode).toBe(201);
    // The forensic title is special by kind at this table, whatever the contributor ticks (000-R88).
    const forensic = await contribute(c, { category: 'delictgegevens-forensische-titel', special: false });
    expect(forensic.statusCode, forensic.body).toBe(201);
    expect(await stored(forensic.json<{ id: string }>().id)).toEqual({ category: 'delictgegevens-forensische-titel', special: true });
  });

  it('000-R09 allowedDataSet[].id: when the data set names the kind, Nazorg accepts it', async () => {
    await withChangedField(s, M, configField('tables[nazorg-ex-gedetineerden].allowedDataSet[school-minderjarige].id'), 'geloofsovertuiging', async () => {
      const c = await nazorgCase();
      const res = await contribute(c, { category: 'geloofsovertuiging' });
      expect(res.statusCode, res.body).toBe(201);
    });
  });

  it('000-R88 allowedDataSet[].special: when the data set does not mark the forensic title special, the contributor decides', async () => {
    await withChangedField(s, M, configField('tables[nazorg-ex-gedetineerden].allowedDataSet[delictgegevens-forensische-titel].special'), false, async () => {
      const c = await nazorgCase();
      const res = await contribute(c, { category: 'delictgegevens-forensische-titel', special: false });
      expect(res.statusCode, res.body).toBe(201);
      expect(await stored(res.json<{ id: string }>().id)).toEqual({ category: 'delictgegevens-forensische-titel', special: false });
    });
  });
});

describe('seed 000 Bijlage 2 "Gedeelde informatie": what each partner shares', () => {
  const NWO = 'netwerkoverleg-risicojeugd';
  const youth = { name: 'Robin Smeets', birthDate: '2010-02-03' };

  async function askedView() {
    const c = await inTriage('bureau-jeugdzorg-limburg@maastricht', NWO, youth, JEUGD_BASIS);
    const asked = await ask(c, 'bureau-jeugdzorg-limburg', ['virenze-riagg']);
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const view = await s.request('GET', `/api/cases/${c.id}/triage-questions/${questionId}`, await login('virenze-riagg@maastricht'));
    expect(view.statusCode, view.body).toBe(200);
    const table = view.json<{ table: { name: string; sharedInformation: string | null; categories: { id: string; label: string | null }[] } | null }>().table;
    if (table === null) throw new Error('the question names no table');
    return table;
  }

  it('000-R09 000-R73 sharedInformation: the asked Jeugd-GGZ reads that the Nwo RJ expects only "known or not known", and the kinds it may answer with', async () => {
    const table = await askedView();
    expect(table.sharedInformation).toBe('Jeugd-GGZ: alleen of de jeugdige al dan niet bekend is bij de jeugd-GGZ');
    expect(table.categories.find((c) => c.id === 'school-woonplaats')?.label).toBe('De school en woonplaats van het gezinssysteem');
    expect(table.categories.find((c) => c.id === 'housing')?.label).toBeNull();
    expect(table.categories.map((c) => c.id)).not.toContain('naw-dader');
  });

  it('000-R09 sharedInformation[].description: when the Nwo RJ asks the Jeugd-GGZ for its care history, the asked partner reads that', async () => {
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].sharedInformation[virenze-riagg].description'), 'Jeugd-GGZ: lopende en afgesloten behandeltrajecten', async () => {
      expect((await askedView()).sharedInformation).toBe('Jeugd-GGZ: lopende en afgesloten behandeltrajecten');
    });
  });

  it('000-R09 sharedInformation[].partnerId: when that line names another partner, the Jeugd-GGZ is told nothing specific', async () => {
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].sharedInformation[virenze-riagg].partnerId'), 'raad-kinderbescherming', async () => {
      expect((await askedView()).sharedInformation).toBeNull();
    });
  });

  it('000-R09 allowedDataSet[].label: the asked partner chooses among the data set as the table names it', async () => {
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].allowedDataSet[school-woonplaats].label'), 'School van de jeugdige', async () => {
      expect((await askedView()).categories.find((c) => c.id === 'school-woonplaats')?.label).toBe('School van de jeugdige');
    });
  });

  it('000-R03 000-R59 the case page reads its table: purpose, criteria, follow-up questions, partners by place', async () => {
    const c = await register('gemeente-maastricht@maastricht', 'netwerkoverleg-stadsdelen');
    const res = await s.request('GET', `/api/cases/${c.id}/table`, await login('procesregisseur@maastricht'));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{ name: string; followUpQuestions: string[]; partners: { name: string; participation: string }[]; categories: string[] }>();
    expect(view.name).toBe('Netwerkoverleg stadsdelen');
    expect(view.followUpQuestions).toContain('Is de toestemmingsverklaring uitwisseling gegevens getekend?');
    expect(view.partners.filter((p) => p.participation === 'structural')).toHaveLength(10);
    expect(view.categories).toContain('betrokken-hulpverleners');
    // Another house's user does not learn the case exists.
    expect((await s.request('GET', `/api/cases/${c.id}/table`, await login('procesregisseur@venlo'))).statusCode).toBe(404);
  });
});

describe('seed 000 Bijlage 2 "Randvoorwaarden", "Criteria", "Vervolgvragen": admission at the step each guards', () => {
  const NAZORG = 'nazorg-ex-gedetineerden';
  const MDO = 'mdo-integrale-aanpak';
  const humanitasBasis = { kind: 'vital_interest', motivation: 'Acute dakloosheid na detentie.' };
  const PD = 'procesregisseur@maastricht';
  const accept = async (c: Case) => s.request('POST', `/api/cases/${c.id}/transitions`, await login(PD), { event: 'accept' });
  const screening = async (c: Case, body: object) => s.request('PUT', `/api/cases/${c.id}/screening`, await login(PD), body);
  const asRegistered = (c: Case) => ({ id: c.id, subjectIds: c.subjectIds, registrationId: '' });

  /** Registered, the subject informed and the table's screening on record: only the precondition under test is left. */
  async function nazorgScreened(): Promise<Case> {
    const c = await register('humanitas@maastricht', NAZORG, { name: 'Kees Bours', birthDate: '1980-05-06' }, humanitasBasis);
    await informSubjects(s, asRegistered(c), M, 'humanitas', PD, true);
    await screenAtTable(s, c.id, PD, await login(PD));
    return c;
  }

  it('000-R60 000-R79 preconditions[].before: Nazorg takes a case into triage only with the subject\'s consent, and says so in its own words', async () => {
    const c = await nazorgScreened();
    const refused = await accept(c);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(errorOf(refused.body).message).toContain('Betrokkene heeft toestemming verleend voor de verwerking van zijn persoonsgegevens in dit overleg');
    expect((await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirstOrThrow()).phase).toBe('screening');
    const pd = await login(PD);
    const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners: [s.partnerId(M, 'humanitas')], scope: 'Verwerking in het nazorgoverleg', givenAt: s.deps.now().toISOString() });
    expect(consent.statusCode, consent.body).toBe(201);
    const accepted = await accept(c);
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('000-R79 preconditions[].before: when Nazorg asks the consent only before the RTO, triage starts without it', async () => {
    await withChangedField(s, M, configField('tables[nazorg-ex-gedetineerden].preconditions[consent_required].before'), 'schedule_rto', async () => {
      const res = await accept(await nazorgScreened());
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('000-R60 preconditions[].kind: as an "other" precondition the process director confirms it in the screening instead of a consent record', async () => {
    await withChangedField(s, M, configField('tables[nazorg-ex-gedetineerden].preconditions[consent_required].kind'), 'other', async () => {
      const res = await accept(await nazorgScreened());
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('000-R60 preconditions[].text: the refusal quotes the precondition as the table words it', async () => {
    await withChangedField(s, M, configField('tables[nazorg-ex-gedetineerden].preconditions[consent_required].text'), 'De toestemmingsverklaring nazorg is getekend', async () => {
      const res = await accept(await nazorgScreened());
      expect(errorOf(res.body).message).toContain('De toestemmingsverklaring nazorg is getekend');
    });
  });

  it('000-R57 000-R59 criteria, followUpQuestions: the MDO takes a case into triage only after the director judged it by the MDO\'s criteria and answered its ten follow-up questions', async () => {
    const c = await register('gemeente-maastricht@maastricht', MDO);
    await informSubjects(s, asRegistered(c), M, 'gemeente-maastricht', PD);
    const bare = await accept(c);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'table', reason: 'screening_incomplete' });
    const ten = shipped(MDO).followUpQuestions.map((_, i) => `Antwoord ${i + 1}`);
    const nine = await screening(c, { criteriaMet: [0], answers: ten.slice(1), assessment: 'Regie nodig.' });
    expect(nine.statusCode).toBe(400);
    expect(errorOf(nine.body).fields?.map((f) => f.field)).toEqual(['answers']);
    const outOfRange = await screening(c, { criteriaMet: [3], answers: ten, assessment: 'Regie nodig.' });
    expect(errorOf(outOfRange.body).fields?.map((f) => f.field)).toEqual(['criteriaMet.0']);
    const ok = await screening(c, { criteriaMet: [0, 1], answers: ten, assessment: 'Teloorgang en overlast; regie van het Veiligheidshuis is nodig.' });
    expect(ok.statusCode, ok.body).toBe(200);
    // The case's staff read the screening back with the table; a partner does not.
    const view = (await s.request('GET', `/api/cases/${c.id}/table`, await login(PD))).json<{ screening: { criteriaMet: number[]; answers: string[]; assessment: string } | null }>();
    expect(view.screening).toMatchObject({ criteriaMet: [0, 1], answers: ten, assessment: 'Teloorgang en overlast; regie van het Veiligheidshuis is nodig.' });
    const registrantView = (await s.request('GET', `/api/cases/${c.id}/table`, await login('gemeente-maastricht@maastricht'))).json<{ screening: unknown }>();
    expect(registrantView.screening).toBeNull();
    const accepted = await accept(c);
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('000-R59 followUpQuestions: without follow-up questions at the MDO, the screening needs no answers', async () => {
    await withChangedField(s, M, configField('tables[mdo-integrale-aanpak].followUpQuestions'), [], async () => {
      const c = await register('gemeente-maastricht@maastricht', MDO);
      const res = await screening(c, { criteriaMet: [0], answers: [], assessment: 'Regie nodig.' });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('000-R57 criteria: the screening chooses among the table\'s own criteria', async () => {
    await withChangedField(s, M, configField('tables[mdo-integrale-aanpak].criteria'), ['Stagnatie: de partners hebben alles geprobeerd'], async () => {
      const c = await register('gemeente-maastricht@maastricht', MDO);
      const answers = shipped(MDO).followUpQuestions.map(() => 'Ja.');
      const second = await screening(c, { criteriaMet: [1], answers, assessment: 'Regie nodig.' });
      expect(errorOf(second.body).fields?.map((f) => f.field)).toEqual(['criteriaMet.0']);
      expect((await screening(c, { criteriaMet: [0], answers, assessment: 'Regie nodig.' })).statusCode).toBe(200);
    });
  });

  it('000-R85 individualsDiscussed: the PJO routes individuals only: no case director, no individual plan; elsewhere those steps are open', async () => {
    const inRto = async () => {
      const c = await register('gemeente-eijsden-margraten@maastricht', 'pjo-eijsden-margraten');
      await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', c.id).execute();
      return c;
    };
    const appoint = async (c: Case) => s.request('POST', `/api/cases/${c.id}/case-director`, await login(directorOf(c.tableId)), { userId: s.userId('politie-limburg@maastricht') });
    const c = await inRto();
    const director = await appoint(c);
    expect(director.statusCode, director.body).toBe(403);
    expect(errorOf(director.body)).toMatchObject({ rule: 'table', reason: 'routing_only_table' });
    const plan = await s.request('POST', `/api/cases/${c.id}/transitions`, await login(directorOf(c.tableId)), { event: 'adopt_plan' });
    expect(errorOf(plan.body)).toMatchObject({ rule: 'table', reason: 'routing_only_table' });
    await withChangedField(s, M, configField('tables[pjo-eijsden-margraten].individualsDiscussed'), 'full', async () => {
      const full = await inRto();
      const appointed = await appoint(full);
      expect(appointed.statusCode, appointed.body).toBe(200);
    });
  });
});
