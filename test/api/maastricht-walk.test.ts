/**
 * The nine tables of seed 000 Bijlage 2 walked over HTTP from the shipped configuration, each by
 * its own demo users: a structural partner registers, the subject is informed (and consents
 * where the table needs it), the procesmanager screens the case by the table's criteria and
 * follow-up questions and takes it into triage, asks one of the table's partners, and that
 * partner answers with a kind of data from the table's data set. At every table one refusal per
 * rule: triage before the screening (precondition), a partner that is not at the table (P2), a
 * kind of data outside the data set (P3), and, at the two youth tables, an adult (age range); at
 * Nazorg also acceptance without the subject's consent (a precondition checked from the records).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
}, 180_000);
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur@maastricht';
type ErrorBody = { error: { rule?: string; reason?: string; message?: string } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

/** One sign-in per user for the whole file. */
const login = signInOnce(() => s);

/** A basis from the partner's own catalogue (P5): a law it works under, else the vital interest. */
function basisOf(slug: string): object {
  const catalogue = MAASTRICHT_HEUVELLAND.partners.find((p) => p.id === slug)?.legalBasisCatalogue ?? [];
  const law = catalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  if (law !== undefined) return { kind: 'public_task', law: law.law };
  const wpg = catalogue.find((e) => e.kind === 'wpg20');
  if (wpg !== undefined) return { kind: 'wpg20', decision: wpg.law ?? wpg.description ?? '' };
  if (catalogue.some((e) => e.kind === 'legitimate_interest')) return { kind: 'legitimate_interest', motivation: 'Belangenafweging: de huurachterstand weegt zwaarder dan de inbreuk.' };
  return { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel voor betrokkene.' };
}

interface Walk {
  readonly table: string;
  readonly registrant: string;
  readonly birthDate: string;
  /** A partner of the table that is asked and answers. */
  readonly asked: string;
  /** A partner that is not at this table. */
  readonly outsider: string;
  /**
   * Where any covenant partner may join (MDO, Nazorg: "in principe alle convenantpartners") the
   * outsider is an organisation that did not sign, refused as not an active member (P1).
   */
  readonly anyMember?: boolean;
  readonly category: string;
  readonly outsideDataSet: string;
  /** The table needs the subject's consent before triage. */
  readonly consent?: boolean;
  /** The table wants the subject informed during detention (Nazorg, 000-R81). */
  readonly detention?: boolean;
  /** An adult is out of the table's age range. */
  readonly youth?: boolean;
}

/** The table's own process director: the one its responsible officer's partner employs (seed 000 art. 10.2). */
function directorOf(table: string): string {
  const officer = MAASTRICHT_TABLES.find((t) => t.id === table)?.responsibleOfficer;
  return officer === undefined || officer.partnerId === 'gemeente-maastricht' ? PD : `procesregisseur-${officer.partnerId}@maastricht`;
}

const WALKS: readonly Walk[] = [
  { table: 'mdo-integrale-aanpak', registrant: 'gemeente-maastricht', birthDate: '1975-03-04', asked: 'servatius', outsider: 'veilig-thuis-zuid-limburg', anyMember: true, category: 'school', outsideDataSet: 'naw-dader' },
  { table: 'netwerkoverleg-risicojeugd', registrant: 'bureau-jeugdzorg-limburg', birthDate: '2010-02-03', asked: 'politie-limburg', outsider: 'servatius', category: 'school-woonplaats', outsideDataSet: 'naw-dader', youth: true },
  { table: 'netwerkoverleg-huiselijk-geweld', registrant: 'gemeente-maastricht', birthDate: '1988-07-08', asked: 'trajekt', outsider: 'servatius', category: 'naw-slachtoffer', outsideDataSet: 'school' },
  { table: 'jco-huiselijk-geweld', registrant: 'gemeente-maastricht', birthDate: '1984-01-02', asked: 'om-limburg', outsider: 'servatius', category: 'naw-dader', outsideDataSet: 'school' },
  { table: 'netwerkoverleg-stadsdelen', registrant: 'gemeente-maastricht', birthDate: '1969-11-12', asked: 'woonpunt', outsider: 'om-limburg', category: 'betrokken-hulpverleners', outsideDataSet: 'naw-dader' },
  { table: 'nazorg-ex-gedetineerden', registrant: 'humanitas', birthDate: '1980-05-06', asked: 'gemeente-maastricht', outsider: 'veilig-thuis-zuid-limburg', anyMember: true, category: 'naw-betrokkene', outsideDataSet: 'geloofsovertuiging', consent: true, detention: true },
  { table: 'casusoverleg-jeugd-eijsden-margraten', registrant: 'gemeente-eijsden-margraten', birthDate: '2012-09-10', asked: 'ggd-zuid-limburg', outsider: 'servatius', category: 'housing', outsideDataSet: 'naw-dader', youth: true },
  { table: 'oov-eijsden-margraten', registrant: 'gemeente-eijsden-margraten', birthDate: '1979-04-05', asked: 'woonpunt', outsider: 'om-limburg', category: 'naw-alle-gezinsleden', outsideDataSet: 'naw-dader' },
  { table: 'pjo-eijsden-margraten', registrant: 'gemeente-eijsden-margraten', birthDate: '2008-06-07', asked: 'politie-limburg', outsider: 'servatius', category: 'vergaderdocument-pjo', outsideDataSet: 'naw-dader' },
];

describe('seed 000 Bijlage 2: the nine Maastricht tables walked over HTTP by their own users', () => {
  it('the walk covers every shipped table', () => {
    expect(WALKS.map((w) => w.table).sort()).toEqual(MAASTRICHT_TABLES.map((t) => t.id).sort());
  });

  it.each(WALKS)('000-R58 000-R59 000-R60 000-R61 000-R64 000-R09 000-R79 $table: registered, screened, into triage, asked and answered; each rule refuses once', async (w) => {
    const registrantUser = `${w.registrant}@maastricht`;
    const reg = await login(registrantUser);
    const body = (birthDate: string) => ({
      tableId: w.table,
      subjects: [{ name: 'Sam Jansen', birthDate }],
      registration: { content: 'Aanmelding: stagnatie op meerdere leefgebieden.', basis: basisOf(w.registrant) },
      processDirectorId: s.userId(directorOf(w.table)),
    });
    if (w.youth === true) {
      const adult = await s.request('POST', '/api/cases', reg, body('1970-01-01'));
      expect(errorOf(adult.body)).toMatchObject({ rule: 'table', reason: 'age_outside_table_range' });
    }
    const created = await s.request('POST', '/api/cases', reg, body(w.birthDate));
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    const subjectId = c.subjectIds[0] ?? '';
    const informed = await s.request('POST', `/api/cases/${c.id}/informing`, reg, { subjectId, topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter', ...(w.detention === true ? { duringDetention: true } : {}) });
    expect(informed.statusCode, informed.body).toBe(201);
    const pd = await login(directorOf(w.table));

    // Precondition: the procesmanager screens by the table's own criteria and follow-up questions first.
    const early = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
    expect(errorOf(early.body)).toMatchObject({ rule: 'table', reason: 'screening_incomplete' });
    const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ name: string; criteria: string[]; followUpQuestions: string[]; preconditions: { before?: string }[] }>();
    expect(table.name).toBe(MAASTRICHT_TABLES.find((t) => t.id === w.table)?.name);
    const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
      criteriaMet: [table.criteria.length - 1],
      answers: table.followUpQuestions.map((q) => `Beoordeeld: ${q.slice(0, 40)}`),
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'De casus past bij deze overlegtafel.',
    });
    expect(screened.statusCode, screened.body).toBe(200);
    if (w.consent === true) {
      // Precondition checked from the records: screened, but without the subject's consent the table takes no case into triage.
      const unconsented = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
      expect(unconsented.statusCode, unconsented.body).toBe(403);
      expect(errorOf(unconsented.body)).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
      expect(errorOf(unconsented.body).message).toContain(MAASTRICHT_TABLES.find((t) => t.id === w.table)?.preconditions.find((p) => p.kind === 'consent_required')?.text ?? '-');
      const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners: [s.partnerId(M, w.registrant), s.partnerId(M, w.asked)], scope: 'Verwerking aan deze overlegtafel', givenAt: s.deps.now().toISOString() });
      expect(consent.statusCode, consent.body).toBe(201);
    }
    const accepted = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ phase: string }>().phase).toBe('triage');

    // P2: only the table's partners are asked.
    const question = { task: 'Triage', purpose: 'Voorbereiden overleg', whyNeeded: 'Zicht op lopende hulp', question: 'Is betrokkene bij u bekend?', onBehalfOf: s.partnerId(M, w.registrant) };
    const outsider = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(M, w.outsider)] });
    expect(outsider.statusCode, outsider.body).toBe(403);
    expect(errorOf(outsider.body)).toMatchObject(w.anyMember === true ? { rule: 'P1', reason: 'asked_partner_not_active' } : { rule: 'P2', reason: 'partner_not_at_table' });
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(M, w.asked)] });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';

    // P3: the answer carries a kind of data from the table's data set.
    const partner = await login(`${w.asked}@maastricht`);
    const answer = (category: string) => s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, partner, { content: 'Bekend; lopende begeleiding.', category, basis: basisOf(w.asked) });
    const outside = await answer(w.outsideDataSet);
    expect(outside.statusCode, outside.body).toBe(403);
    expect(errorOf(outside.body)).toMatchObject({ rule: 'P3', reason: 'category_not_in_data_set' });
    const answered = await answer(w.category);
    expect(answered.statusCode, answered.body).toBe(201);
  }, 30_000);
});
