/**
 * Seed 003 Bijlage 3 fase 1 (Screening), walked on Noord-Limburg's SHIPPED configuration over
 * HTTP: the process director judges the registration against the criteria of Bijlage 2 (art. 1.7)
 * and so sees what the registrant ticked; a case that is not taken up ends with advice to the
 * registrant (outcome a), which reaches the registrant while the case keeps nothing of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, register, registration, step } from './phases.flow.js';

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
