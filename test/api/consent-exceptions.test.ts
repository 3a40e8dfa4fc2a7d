/**
 * Casusoverleg Jeugd Eijsden-Margraten, checklist IV (seed 000 Bijlage 2, row 000-R84), on the
 * SHIPPED Maastricht configuration: "Indien de betrokkene geen toestemming geeft, mag
 * gegevensuitwisseling slechts plaatsvinden o.b.v. de volgende uitzonderingen: a. ter voorkoming
 * strafbare feiten; b. in het belang van bescherming en veiligheid van jeugdige(n) en/of de
 * omgeving; c. in het belang van rechten en vrijheden van anderen". The weighing records the
 * exception; without one, sharing without consent at that table is refused (P7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { screenAtTable } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const login = signInOnce(() => s);
const M = 'veiligheidshuis-maastricht-heuvelland';
const CJ = 'casusoverleg-jeugd-eijsden-margraten';
const PD = 'procesregisseur-gemeente-eijsden-margraten@maastricht';
const GGD = 'ggd-zuid-limburg@maastricht';
const WEIGHING = { proportionality: 'Alleen de lopende begeleiding.', subsidiarity: 'Toestemming is gevraagd en geweigerd.', effectiveness: 'Nodig om de zorg af te stemmen.', informAfterwards: true, informAfterwardsReason: 'De ouders worden na het overleg geïnformeerd.' };
type ErrorBody = { error: { rule?: string; reason?: string; message?: string; fields?: { field: string; message: string }[] } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

function basisOf(slug: string): object {
  const catalogue = MAASTRICHT_HEUVELLAND.partners.find((p) => p.id === slug)?.legalBasisCatalogue ?? [];
  const law = catalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  if (law !== undefined) return { kind: 'public_task', law: law.law };
  return { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel voor de jeugdige.' };
}

/** A Casusoverleg Jeugd case in triage, without consent, in which the GGD answered a question: its answer is released to no one yet. */
async function ggdAnswer(): Promise<{ caseId: string; contributionId: string }> {
  const reg = await login('gemeente-eijsden-margraten@maastricht');
  const created = await s.request('POST', '/api/cases', reg, {
    tableId: CJ,
    subjects: [{ name: 'Lotte Vroemen', birthDate: '2012-09-10' }],
    registration: { content: 'Aanmelding: zorgen over de ontwikkeling; ouders weigeren hulp.', basis: basisOf('gemeente-eijsden-margraten') },
    processDirectorId: s.userId(PD),
  });
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string; subjectIds: string[] }>();
  const informed = await s.request('POST', `/api/cases/${c.id}/informing`, reg, { subjectId: c.subjectIds[0], topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter' });
  expect(informed.statusCode, informed.body).toBe(201);
  const pd = await login(PD);
  await screenAtTable(s, c.id, PD, pd);
  expect((await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'accept' })).statusCode).toBe(200);
  const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
    task: 'Triage', purpose: 'Voorbereiden overleg', whyNeeded: 'Zicht op lopende hulp', question: 'Is de jeugdige bij u bekend?', onBehalfOf: s.partnerId(M, 'gemeente-eijsden-margraten'), partners: [s.partnerId(M, 'ggd-zuid-limburg')],
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
  const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, await login(GGD), { content: 'Bekend bij de jeugdgezondheidszorg; zorgen over de ontwikkeling.', category: 'aanmeldformulier', basis: basisOf('ggd-zuid-limburg') });
  expect(answered.statusCode, answered.body).toBe(201);
  return { caseId: c.id, contributionId: answered.json<{ contributionId: string }>().contributionId };
}

const release = async (c: { caseId: string; contributionId: string }) => s.request('PATCH', `/api/cases/${c.caseId}/contributions/${c.contributionId}/release`, await login(GGD), { releasedForRto: 'all' });
const weigh = async (caseId: string, extra: object = {}) => s.request('POST', `/api/cases/${caseId}/weighings`, await login(GGD), { ...WEIGHING, ...extra });

describe('seed 000 Casusoverleg Jeugd checklist IV: without consent, only on an exception', () => {
  it('000-R84 without consent the GGD shares at Casusoverleg Jeugd only once its weighing names exception a, b or c; without one it is refused (P7), audited, nothing released', async () => {
    const c = await ggdAnswer();
    expect((await weigh(c.caseId)).statusCode).toBe(201);
    const refused = await release(c);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P7', reason: 'consent_exception_missing' });
    expect(errorOf(refused.body).message).toContain('ter voorkoming van strafbare feiten');
    const row = await s.deps.database.db.selectFrom('contributions').select('released_for_rto').where('id', '=', c.contributionId).executeTakeFirstOrThrow();
    expect(row.released_for_rto).toBe('none');
    const denied = await s.deps.database.db.selectFrom('audit_log').select('rule').where('case_id', '=', c.caseId).where('outcome', '=', 'deny').where('action', '=', 'contribution.release').execute();
    expect(denied.map((d) => d.rule)).toEqual(['P7']);

    // An exception the table does not name is refused naming the field and listing a, b and c.
    const unknown = await weigh(c.caseId, { exceptionGround: 'algemeen-belang' });
    expect(unknown.statusCode, unknown.body).toBe(400);
    const field = errorOf(unknown.body).fields?.find((f) => f.field === 'exceptionGround');
    expect(field?.message).toContain('bescherming-jeugdigen');

    expect((await weigh(c.caseId, { exceptionGround: 'bescherming-jeugdigen' })).statusCode).toBe(201);
    const shared = await release(c);
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ withoutConsent: true });
    const carried = await s.deps.database.db.selectFrom('weighings').select('exception_ground').where('contribution_id', '=', c.contributionId).execute();
    expect(carried.map((w) => w.exception_ground)).toEqual(['bescherming-jeugdigen']);
  }, 60_000);

  it('000-R84 the weighing without an exception does not meet the table\'s "toestemming of uitzondering" precondition before the RTO', async () => {
    const c = await ggdAnswer();
    const pd = await login(PD);
    expect((await weigh(c.caseId)).statusCode).toBe(201);
    const early = await s.request('POST', `/api/cases/${c.caseId}/transitions`, pd, { event: 'schedule_rto' });
    expect(early.statusCode, early.body).toBe(403);
    expect(errorOf(early.body)).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(errorOf(early.body).message).toContain('een van de uitzonderingen van de checklist');
    expect((await weigh(c.caseId, { exceptionGround: 'voorkoming-strafbare-feiten' })).statusCode).toBe(201);
    const after = await s.request('POST', `/api/cases/${c.caseId}/transitions`, pd, { event: 'schedule_rto' });
    expect(errorOf(after.body).message ?? '').not.toContain('een van de uitzonderingen van de checklist');
  }, 60_000);

  it('000-R84 consentExceptions[].id: the weighing names the exception by the id the table gives it', async () => {
    await withChangedField(s, M, configField('tables[casusoverleg-jeugd-eijsden-margraten].consentExceptions[bescherming-jeugdigen].id'), 'jeugdbescherming', async () => {
      const c = await ggdAnswer();
      expect((await weigh(c.caseId, { exceptionGround: 'bescherming-jeugdigen' })).statusCode).toBe(400);
      expect((await weigh(c.caseId)).statusCode).toBe(201);
      expect(errorOf((await release(c)).body)).toMatchObject({ reason: 'consent_exception_missing' });
      expect((await weigh(c.caseId, { exceptionGround: 'jeugdbescherming' })).statusCode).toBe(201);
      expect((await release(c)).statusCode).toBe(200);
    });
  }, 60_000);

  it('000-R84 consentExceptions[].text: the refusal of an unknown exception quotes the table\'s wording', async () => {
    await withChangedField(s, M, configField('tables[casusoverleg-jeugd-eijsden-margraten].consentExceptions[rechten-vrijheden-anderen].text'), 'c. Ter bescherming van de rechten van derden', async () => {
      const c = await ggdAnswer();
      const res = await weigh(c.caseId, { exceptionGround: 'iets-anders' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body).fields?.find((f) => f.field === 'exceptionGround')?.message).toContain('c. Ter bescherming van de rechten van derden');
    });
  }, 60_000);

  it('000-R84 a table that names no exceptions takes none, and shares on the plain weighing', async () => {
    // The JCO names none: an exception ground there is a 400; the other tables keep P7 as it was (contributions.test.ts).
    const reg = await login('gemeente-maastricht@maastricht');
    const created = await s.request('POST', '/api/cases', reg, {
      tableId: 'jco-huiselijk-geweld',
      subjects: [{ name: 'Piet Coenen', birthDate: '1984-01-02' }],
      registration: { content: 'Aanmelding na huiselijk geweld.', basis: basisOf('gemeente-maastricht') },
      processDirectorId: s.userId('procesregisseur@maastricht'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await s.request('POST', `/api/cases/${created.json<{ id: string }>().id}/weighings`, reg, { ...WEIGHING, exceptionGround: 'bescherming-jeugdigen' });
    expect(res.statusCode, res.body).toBe(400);
    expect(errorOf(res.body).fields?.map((f) => f.field)).toEqual(['exceptionGround']);
  });
});
