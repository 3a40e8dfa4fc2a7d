import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const registration = {
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name: 'Jan de Vries', birthDate: '1980-04-02', address: 'Markt 1, Venlo', bsn: '111222333' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing', 'income_debts'],
  registration: { content: 'Overlast en schulden; meerdere ketens betrokken.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
};

describe('register a case and read it (HTTP)', () => {
  it('P1: a probation officer of an active partner registers; the process director sees it in screening', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('POST', '/api/cases', rn, registration);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<{ id: string; number: string }>();
    expect(created.number).toMatch(/^2026-\d{4}$/);

    const pd = await s.login('procesregisseur@noord-limburg');
    const view = await s.request('GET', `/api/cases/${created.id}`, pd);
    expect(view.statusCode, view.body).toBe(200);
    const body = view.json<{ phase: string; subjects: { name: string; bsn?: string }[]; contributions: { content: string }[]; abilities: { screen: boolean } }>();
    expect(body.phase).toBe('screening');
    expect(body.subjects[0]?.name).toBe('Jan de Vries');
    expect(body.subjects[0]?.bsn).toBe('111222333');
    expect(body.contributions.map((c) => c.content)).toEqual(['Overlast en schulden; meerdere ketens betrokken.']);
    expect(body.abilities.screen).toBe(true);
  });

  it('13.11 only a partner registers (003-43): the process director gets 403 P1, no case is stored, and the refusal is audited', async () => {
    const countCases = async (): Promise<number> => Number((await s.deps.database.db.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await countCases();
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('POST', '/api/cases', pd, registration);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P1', reason: 'process_director_not_a_registrant' });
    expect(await countCases()).toBe(before);
    const denied = await s.deps.database.db.selectFrom('audit_log').select(['rule']).where('action', '=', 'case.register').where('outcome', '=', 'deny').where('user_id', '=', s.userId('procesregisseur@noord-limburg')).execute();
    expect(denied).toEqual([{ rule: 'P1' }]);
  });

  it('P2: police is not involved in screening and sees nothing of the case', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (await s.request('POST', '/api/cases', rn, registration)).json<{ id: string; registrationId: string }>();
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', `/api/cases/${created.id}`, pol)).statusCode).toBe(404);
    const list = (await s.request('GET', '/api/cases', pol)).json<unknown[]>();
    expect(list).toEqual([]);
  });

  it('§4: an admin sees no case content, and the refusal names the rule', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (await s.request('GET', '/api/cases', rn)).json<{ id: string }[]>()[0]!;
    const admin = await s.login('beheerder@noord-limburg');
    const res = await s.request('GET', `/api/cases/${created.id}`, admin);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Jan de Vries');
  });

  it('P3: reading the registration for a purpose of another phase is refused with the rule, and audited', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (await s.request('POST', '/api/cases', rn, registration)).json<{ id: string; registrationId: string }>();
    const res = await s.request('GET', `/api/cases/${created.id}/contributions/${created.registrationId}?purpose=rto`, rn);
    expect(res.statusCode).toBe(403);
    const err = res.json<{ error: { code: string; rule: string; messages: { nl: string; en: string } } }>().error;
    expect(err.code).toBe('forbidden');
    expect(err.rule).toBe('P3');
    expect(err.messages.nl.length).toBeGreaterThan(5);
    const denials = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'rule', 'action']).where('case_id', '=', created.id).where('outcome', '=', 'deny').execute();
    expect(denials).toEqual([{ outcome: 'deny', rule: 'P3', action: 'contribution.read' }]);
  });

  it('P8: a housing corporation may not register a BSN; the validation error names the field', async () => {
    const woon = await s.login('woonwenz@noord-limburg');
    const res = await s.request('POST', '/api/cases', woon, registration);
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field);
    expect(fields).toEqual(['subjects.0.bsn']);
  });

  it('validation: an invalid BSN and a missing basis are named field by field; nothing is stored', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const before = (await s.request('GET', '/api/cases', rn)).json<unknown[]>().length;
    const bad = { ...registration, subjects: [{ name: 'X', bsn: '123456789' }], registration: { content: 'x' } };
    const res = await s.request('POST', '/api/cases', rn, bad);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field)).toContain('registration.basis');
    const bsn = await s.request('POST', '/api/cases', rn, { ...registration, subjects: [{ name: 'X', bsn: '123456789' }] });
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field)).toEqual(['subjects.0.bsn']);
    expect((await s.request('GET', '/api/cases', rn)).json<unknown[]>().length).toBe(before);
  });

  it('login: a wrong password is refused without saying which part was wrong; no stack trace', async () => {
    const res = await s.request('POST', '/api/auth/login', undefined, { username: 'procesregisseur@noord-limburg', password: 'wrong' });
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    const unauth = await s.request('GET', '/api/cases');
    expect(unauth.statusCode).toBe(401);
  });

  it('health and OpenAPI are served', async () => {
    const health = await s.request('GET', '/api/health');
    expect(health.json()).toMatchObject({ status: 'ok' });
    const doc = (await s.request('GET', '/api/openapi.json')).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/cases/{caseId}');
  });
});

describe('case numbers', () => {
  it('two registrants of different partners get distinct numbers (the counter does not depend on what each may see)', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const pol = await s.login('politie-limburg@noord-limburg');
    const a = (await s.request('POST', '/api/cases', rn, registration)).json<{ number: string }>();
    const b = await s.request('POST', '/api/cases', pol, { ...registration, registration: { ...registration.registration, basis: { kind: 'wpg20', decision: 'art. 20 Wpg besluit' } } });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json<{ number: string }>().number).not.toBe(a.number);
  });
});
