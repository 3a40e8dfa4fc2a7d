/**
 * Seed 003 Bijlage 3 fase 1 (Screening), walked on Noord-Limburg's SHIPPED configuration over
 * HTTP: the process director judges the registration against the criteria of Bijlage 2 (art. 1.7)
 * and so sees what the registrant ticked; a case that is not taken up ends with advice to the
 * registrant (outcome a), which reaches the registrant while the case keeps nothing of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, informSubjects, register, registration, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Criteria = { complex: string[]; lifeDomains: string[]; table: string[] } | null;
const PD = 'procesregisseur@noord-limburg';
const RN = 'reclassering-nederland@noord-limburg';

describe('screening: the criteria the registrant ticked and the advice on a case not taken up (seed 003 fase 1)', () => {
  it('003-5 the process director sees on the case the complex-case criteria and life domains the registrant ticked; a partner not in the case does not', async () => {
    const c = await register(s, RN, { ...registration, complexCriteria: ['local_safety_problem', 'multi_problem', 'multiple_chains'], lifeDomains: ['housing', 'income_debts', 'addiction'] });
    const view = await s.request('GET', `/api/cases/${c.id}`, await s.login(PD));
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<{ registeredCriteria: Criteria }>().registeredCriteria).toEqual({ complex: ['local_safety_problem', 'multi_problem', 'multiple_chains'], lifeDomains: ['housing', 'income_debts', 'addiction'], table: [] });
    const outsider = await s.request('GET', `/api/cases/${c.id}`, await s.login('woonwenz@noord-limburg'));
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain('local_safety_problem');
  });

  it('003-55 the process director does not take a case up and gives advice: the registrant finds the outcome and the advice in its inbox; the case keeps neither the advice nor the subject', async () => {
    const c = await register(s, RN);
    await informSubjects(s, c);
    const advice = 'Past niet bij het RTO: bespreek de schulden met het sociaal wijkteam van Venlo.';
    const res = await step(s, await s.login(PD), c.id, { event: 'reject', advice });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().phase).toBe('rejected');
    const inbox = (await s.request('GET', '/api/inbox', await s.login(RN))).json<{ notifications: { kind: string; caseId: string | null; message: string | null }[] }>();
    expect(inbox.notifications.filter((n) => n.caseId === c.id).map((n) => n.message)).toEqual([advice]);
    const db = s.deps.database.db;
    expect(await db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    const row = await db.selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('sociaal wijkteam');
  });
});

const NIJMEGEN = 'regieteams-nijmegen';
const NPD = 'procesregisseur@nijmegen';

/** A signal at the Regieteam (step 1: the name only), the household informed by the municipality. */
async function nijmegenSignal(name: string): Promise<{ id: string; pd: string }> {
  const c = await register(s, 'gemeente-nijmegen@nijmegen', {
    tableId: 'regieteam',
    subjects: [{ name }],
    lifeDomains: ['income_debts', 'housing'],
    registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
  });
  await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
  return { id: c.id, pd: await s.login(NPD) };
}

async function judge(caseId: string, pd: string, criteriaMet: number[]): Promise<void> {
  const table = (await s.request('GET', `/api/cases/${caseId}/table`, pd)).json<{ followUpQuestions: string[] }>();
  const res = await s.request('PUT', `/api/cases/${caseId}/screening`, pd, {
    criteriaMet,
    answers: table.followUpQuestions.map(() => 'Ja, besproken in het regieteam.'),
    preconditionsConfirmed: [],
    assessment: 'Het signaal hoort bij het regieteam.',
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe("Nijmegen's step 2: the regieteam judges the signal against art. 3 before step 3 (seed 004 Bijlage 3 stap 2)", () => {
  it('004-C03 the signal goes to step 3 only after the judgement is recorded, with every criterion of the regieteam met (art. 3 included); the refusal names step 2', async () => {
    const { id, pd } = await nijmegenSignal('Huishouden Aarts');
    const bare = await step(s, pd, id, { event: 'accept' });
    expect(bare.statusCode, bare.body).toBe(403);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'table', reason: 'screening_incomplete' });
    expect(bare.body).toContain('Stap 2: het regieteam heeft het signaal beoordeeld');

    // Serious problems and own help not enough, but the household is not in art. 3's target group.
    await judge(id, pd, [0, 1]);
    const short = await step(s, pd, id, { event: 'accept' });
    expect(short.statusCode, short.body).toBe(403);
    expect(errorOf(short.body)).toMatchObject({ rule: 'table', reason: 'screening_criteria_unmet' });
    expect(short.body).toContain('niet aan alle criteria');

    await judge(id, pd, [0, 1, 2]);
    const ok = await step(s, pd, id, { event: 'accept' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().phase).toBe('triage');
  });

  it('004-C03 configuration: with tables[].allCriteriaRequired off, one criterion met suffices for the judgement', async () => {
    const { id, pd } = await nijmegenSignal('Huishouden Bemelmans');
    await judge(id, pd, [2]);
    expect((await step(s, pd, id, { event: 'accept' })).statusCode).toBe(403);
    await withChangedField(s, NIJMEGEN, configField('tables[regieteam].allCriteriaRequired'), false, async () => {
      const res = await step(s, pd, id, { event: 'accept' });
      expect(res.statusCode, res.body).toBe(200);
    });
  });
});
