/**
 * A table is an executable protocol (seed 000 Bijlage 2): who takes part, the age range, the data
 * set. Each field is shown to change behaviour over HTTP, on the shipped Maastricht tables and on
 * a copy of one with the field changed, stored through the admin's table route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';
const GEMEENTE_BASIS = { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' };
const question = { task: 'Advies strafafdoening', purpose: 'Voorbereiden overleg', whyNeeded: 'Zicht op lopende trajecten', question: 'Is betrokkene bij u bekend?' };
type ErrorBody = { error: { rule?: string; reason?: string; message?: string; fields?: { field: string }[] } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

function shipped(id: string) {
  const table = MAASTRICHT_TABLES.find((t) => t.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return structuredClone(table) as { -readonly [K in keyof typeof table]: unknown } & { id: string };
}

/** Stores a copy of a shipped table, with a change, under a new id (the admin's table route). */
async function copyTable(id: string, newId: string, change: Record<string, unknown>): Promise<void> {
  const admin = await s.login('beheerder@maastricht');
  // The configuration is cached by its change time: let the fake clock move on before the change.
  s.advance(60_000);
  const { id: _drop, ...rest } = shipped(id);
  const res = await s.request('PUT', `/api/collaboration/tables/${newId}`, admin, { ...rest, ...change });
  expect(res.statusCode, res.body).toBe(200);
}

interface Case {
  readonly id: string;
  readonly subjectIds: readonly string[];
}

async function register(user: string, tableId: string, subject: object = { name: 'Sam Jansen', birthDate: '1985-03-04' }, basis: object = GEMEENTE_BASIS): Promise<Case> {
  const res = await s.request('POST', '/api/cases', await s.login(user), {
    tableId,
    subjects: [subject],
    registration: { content: 'Aanmelding voor de overlegtafel.', basis },
    processDirectorId: s.userId('procesregisseur@maastricht'),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Case>();
}

/** Triage, as the phase tests own the accept step; here only the table's rules are under test. */
async function inTriage(user: string, tableId: string, subject?: object): Promise<Case> {
  const c = await register(user, tableId, subject);
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
  return c;
}

async function ask(c: Case, registrant: string, partners: readonly string[], extra: object = {}) {
  const pd = await s.login('procesregisseur@maastricht');
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

  it('000-R61 structuralPartners: in a copy of the JCO with Servatius as a structural partner, the director asks it', async () => {
    await copyTable('jco-huiselijk-geweld', 'jco-met-woningcorporatie', { structuralPartners: [...shipped('jco-huiselijk-geweld').structuralPartners as string[], 'servatius'] });
    const c = await inTriage('gemeente-maastricht@maastricht', 'jco-met-woningcorporatie');
    const asked = await ask(c, 'gemeente-maastricht', ['servatius']);
    expect(asked.statusCode, asked.body).toBe(201);
  });

  it('000-R61 incidentalPartners: an incidental partner is asked only with a recorded reason (Casusoverleg Jeugd, the police)', async () => {
    const c = await inTriage('gemeente-eijsden-margraten@maastricht', 'casusoverleg-jeugd-eijsden-margraten', { name: 'Lotte Vroemen', birthDate: '2012-09-10' });
    const bare = await ask(c, 'gemeente-eijsden-margraten', ['politie-limburg']);
    expect(bare.statusCode, bare.body).toBe(403);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'P2', reason: 'incidental_partner_without_reason' });
    const reasoned = await ask(c, 'gemeente-eijsden-margraten', ['politie-limburg'], { tableReason: 'Meldingen van overlast door de jongere.' });
    expect(reasoned.statusCode, reasoned.body).toBe(201);
    const row = await s.deps.database.db.selectFrom('triage_questions').select('table_reason').where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.table_reason).toBe('Meldingen van overlast door de jongere.');
  });

  it('000-R61 incidentalPartners: in a copy of the JCO with Servatius incidental, it is asked with a reason and refused without', async () => {
    await copyTable('jco-huiselijk-geweld', 'jco-woningcorporatie-incidenteel', { incidentalPartners: ['servatius'] });
    const c = await inTriage('gemeente-maastricht@maastricht', 'jco-woningcorporatie-incidenteel');
    const bare = await ask(c, 'gemeente-maastricht', ['servatius']);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'P2', reason: 'incidental_partner_without_reason' });
    const reasoned = await ask(c, 'gemeente-maastricht', ['servatius'], { tableReason: 'Woonoverlast in de portiek.' });
    expect(reasoned.statusCode, reasoned.body).toBe(201);
  });

  it('000-R61 the MDO lets any covenant partner join ("in principe alle convenantpartners")', async () => {
    const c = await inTriage('gemeente-maastricht@maastricht', 'mdo-integrale-aanpak');
    const asked = await ask(c, 'gemeente-maastricht', ['servatius', 'mondriaan']);
    expect(asked.statusCode, asked.body).toBe(201);
  });

  it('000-R76 JCO: a housing corporation is not invited to the meeting; the OM is', async () => {
    const c = await inTriage('gemeente-maastricht@maastricht', 'jco-huiselijk-geweld');
    const pd = await s.login('procesregisseur@maastricht');
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

describe('seed 000 Bijlage 2: admission by age', () => {
  const NWO = 'netwerkoverleg-risicojeugd';
  const jeugdzorg = 'bureau-jeugdzorg-limburg@maastricht';
  const jeugdBasis = { kind: 'public_task', law: 'Jeugdwet art. 1.1 en 7.3.8 (kinderbeschermingsmaatregelen en jeugdreclassering)' };

  it('000-R71 ageRange: Netwerkoverleg risicojeugd refuses a 56-year-old and admits a 16-year-old and an expected child', async () => {
    const rj = await s.login(jeugdzorg);
    const body = (birthDate: string | undefined) => ({
      tableId: NWO,
      subjects: [{ name: 'Robin Smeets', ...(birthDate === undefined ? {} : { birthDate }) }],
      registration: { content: 'Zorgen over gedrag op straat.', basis: jeugdBasis },
    });
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

  it('000-R71 ageRange: a copy of the Nwo RJ up to 60 years admits the 56-year-old', async () => {
    await copyTable(NWO, 'nwo-tot-zestig', { ageRange: { minMonths: -9, maxYears: 60 } });
    const c = await register(jeugdzorg, 'nwo-tot-zestig', { name: 'Robin Smeets', birthDate: '1970-01-01' }, jeugdBasis);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('seed 000 art. 5.1, 5.3: the data set of a table', () => {
  const humanitasBasis = { kind: 'vital_interest', motivation: 'Acute dakloosheid na detentie.' };

  async function contribute(c: Case, user: string, body: object) {
    return s.request('POST', `/api/cases/${c.id}/contributions`, await s.login(user), { content: 'Woonsituatie na detentie.', purposes: ['screening', 'triage', 'rto'], basis: humanitasBasis, ...body });
  }

  it('000-R06 000-R09 allowedDataSet: at Nazorg a category outside the data set is refused; its own kinds and the life domains are stored', async () => {
    const c = await register('humanitas@maastricht', 'nazorg-ex-gedetineerden', { name: 'Kees Bours', birthDate: '1980-05-06' }, humanitasBasis);
    const belief = await contribute(c, 'humanitas@maastricht', { category: 'geloofsovertuiging' });
    expect(belief.statusCode, belief.body).toBe(403);
    expect(errorOf(belief.body)).toMatchObject({ rule: 'P3', reason: 'category_not_in_data_set' });
    const missing = await contribute(c, 'humanitas@maastricht', {});
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing.body).fields?.map((f) => f.field)).toEqual(['category']);
    expect((await contribute(c, 'humanitas@maastricht', { category: 'housing' })).statusCode).toBe(201);
    // The forensic title is special by kind at this table, whatever the contributor ticks (000-R88).
    const forensic = await contribute(c, 'humanitas@maastricht', { category: 'delictgegevens-forensische-titel', special: false });
    expect(forensic.statusCode, forensic.body).toBe(201);
    const row = await s.deps.database.db.selectFrom('contributions').select(['category', 'special']).where('id', '=', forensic.json<{ id: string }>().id).executeTakeFirstOrThrow();
    expect(row).toEqual({ category: 'delictgegevens-forensische-titel', special: true });
  });

  it('000-R09 allowedDataSet: a copy of Nazorg whose data set lists the kind accepts it', async () => {
    const nazorg = shipped('nazorg-ex-gedetineerden');
    await copyTable('nazorg-ex-gedetineerden', 'nazorg-met-levensbeschouwing', {
      allowedDataSet: [...(nazorg.allowedDataSet as object[]), { id: 'geloofsovertuiging', label: 'Levensbeschouwing, voor zover nodig voor de plaatsing', special: true }],
    });
    const c = await register('humanitas@maastricht', 'nazorg-met-levensbeschouwing', { name: 'Kees Bours', birthDate: '1980-05-06' }, humanitasBasis);
    const res = await contribute(c, 'humanitas@maastricht', { category: 'geloofsovertuiging' });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('seed 000 Bijlage 2 "Gedeelde informatie": what each partner shares', () => {
  const NWO = 'netwerkoverleg-risicojeugd';
  const jeugdBasis = { kind: 'public_task', law: 'Jeugdwet art. 1.1 en 7.3.8 (kinderbeschermingsmaatregelen en jeugdreclassering)' };
  const youth = { name: 'Robin Smeets', birthDate: '2010-02-03' };

  async function askedView(tableId: string) {
    const c = await register('bureau-jeugdzorg-limburg@maastricht', tableId, youth, jeugdBasis);
    await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
    const asked = await ask(c, 'bureau-jeugdzorg-limburg', ['virenze-riagg']);
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const view = await s.request('GET', `/api/cases/${c.id}/triage-questions/${questionId}`, await s.login('virenze-riagg@maastricht'));
    expect(view.statusCode, view.body).toBe(200);
    return view.json<{ table: { name: string; sharedInformation: string | null; categories: { id: string; label: string | null }[] } }>().table;
  }

  it('000-R09 000-R73 sharedInformation: the asked Jeugd-GGZ reads that the Nwo RJ expects only "known or not known", and the kinds it may answer with', async () => {
    const table = await askedView(NWO);
    expect(table.sharedInformation).toBe('Jeugd-GGZ: alleen of de jeugdige al dan niet bekend is bij de jeugd-GGZ');
    expect(table.categories.map((c) => c.id)).toContain('school-woonplaats');
    expect(table.categories.map((c) => c.id)).not.toContain('naw-dader');
  });

  it('000-R09 sharedInformation: in a copy of the Nwo RJ that asks the Jeugd-GGZ for its care history, the asked partner reads that', async () => {
    const nwo = shipped(NWO);
    const shared = (nwo.sharedInformation as { partnerId: string; description: string }[]).map((i) => (i.partnerId === 'virenze-riagg' ? { ...i, description: 'Jeugd-GGZ: lopende en afgesloten behandeltrajecten' } : i));
    await copyTable(NWO, 'nwo-met-behandelinformatie', { sharedInformation: shared });
    const table = await askedView('nwo-met-behandelinformatie');
    expect(table.sharedInformation).toBe('Jeugd-GGZ: lopende en afgesloten behandeltrajecten');
  });

  it('000-R03 000-R59 the case page reads its table: purpose, criteria, follow-up questions, partners by place', async () => {
    const c = await register('gemeente-maastricht@maastricht', 'netwerkoverleg-stadsdelen');
    const res = await s.request('GET', `/api/cases/${c.id}/table`, await s.login('procesregisseur@maastricht'));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{ name: string; followUpQuestions: string[]; partners: { name: string; participation: string }[]; categories: string[] }>();
    expect(view.name).toBe('Netwerkoverleg stadsdelen');
    expect(view.followUpQuestions).toContain('Is de toestemmingsverklaring uitwisseling gegevens getekend?');
    expect(view.partners.filter((p) => p.participation === 'structural')).toHaveLength(10);
    expect(view.categories).toContain('betrokken-hulpverleners');
    // Another house's user does not learn the case exists.
    expect((await s.request('GET', `/api/cases/${c.id}/table`, await s.login('procesregisseur@venlo'))).statusCode).toBe(404);
  });
});
