/**
 * Substitutes for an absent professional (ADR 0116; row 002-C07, seed 003 §3, seed 004 §4) and
 * support staff assigned to a case (rows 003-52, 004-R05), over HTTP with the fake clock, on
 * PGlite and (with DATABASE_URL) PostgreSQL: the engine and Row-Level Security both decide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, informSubjects, preparation, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const registration = {
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name: 'Jan de Vries', birthDate: '1980-04-02', address: 'Markt 1, Venlo' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing', 'income_debts'],
  registration: { content: 'Overlast en schulden; meerdere ketens betrokken.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
};

const PD1 = 'procesregisseur@noord-limburg';
const PD2 = 'tweede-procesregisseur@noord-limburg';

interface Registered {
  id: string;
  subjectIds: readonly string[];
  registrationId: string;
  director: string;
  other: string;
}

/** Registers a case at 2026-06-01 09:00 UTC; returns it with its process director and the other one. */
async function register(): Promise<Registered> {
  s.setNow(new Date('2026-06-01T09:00:00Z'));
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, registration);
  expect(res.statusCode, res.body).toBe(201);
  const created = res.json<{ id: string; subjectIds: string[]; registrationId: string }>();
  const staff = await s.deps.database.db.selectFrom('case_staff').select('user_id').where('case_id', '=', created.id).where('role', '=', 'process_director').executeTakeFirstOrThrow();
  const director = staff.user_id === s.userId(PD1) ? PD1 : PD2;
  return { ...created, director, other: director === PD1 ? PD2 : PD1 };
}

const readRegistration = (c: Registered, cookie: string) => s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=screening`, cookie);

describe('substitutes for an absent professional (ADR 0116)', () => {
  it('002-C07 the substitute reads the absent process director\'s case only from the first to the last day of the absence, audited as substitute', async () => {
    const c = await register();
    const absent = await s.login(c.director);
    const set = await s.request('POST', `/api/users/${s.userId(c.director)}/absences`, absent, { substituteUserId: s.userId(c.other), startsOn: '2026-06-02', endsOn: '2026-06-05' });
    expect(set.statusCode, set.body).toBe(201);

    // The day before: nothing (RLS hides the case, the engine has no relation).
    const sub = await s.login(c.other);
    expect((await s.request('GET', `/api/cases/${c.id}`, sub)).statusCode).toBe(404);
    // Just after midnight in Amsterdam on the first day (22:30 UTC the day before).
    s.setNow(new Date('2026-06-01T22:30:00Z'));
    const sub2 = await s.login(c.other);
    expect((await s.request('GET', `/api/cases/${c.id}`, sub2)).statusCode).toBe(200);
    const read = await readRegistration(c, sub2);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.body).toContain('Overlast en schulden');
    const audited = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['user_id', 'on_behalf_of_user_id', 'outcome'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'contribution.read')
      .where('user_id', '=', s.userId(c.other))
      .execute();
    // The case page's read and this read, each naming the absent person.
    expect(audited.length).toBeGreaterThanOrEqual(2);
    expect(new Set(audited.map((a) => `${a.user_id ?? ''}/${a.on_behalf_of_user_id ?? ''}/${a.outcome}`))).toEqual(new Set([`${s.userId(c.other)}/${s.userId(c.director)}/allow`]));
    // The last day still, the day after no longer: it ends by itself.
    s.setNow(new Date('2026-06-05T21:30:00Z'));
    expect((await readRegistration(c, await s.login(c.other))).statusCode).toBe(200);
    s.setNow(new Date('2026-06-05T22:30:00Z'));
    const after = await s.login(c.other);
    expect((await s.request('GET', `/api/cases/${c.id}`, after)).statusCode).toBe(404);
    expect((await readRegistration(c, after)).statusCode).toBe(404);
  });

  it('002-C07 a cancelled absence lends nothing any more, and setting and cancelling are audited', async () => {
    const c = await register();
    const absent = await s.login(c.director);
    const set = await s.request('POST', `/api/users/${s.userId(c.director)}/absences`, absent, { substituteUserId: s.userId(c.other), startsOn: '2026-06-01', endsOn: '2026-06-03' });
    expect(set.statusCode, set.body).toBe(201);
    const sub = await s.login(c.other);
    expect((await s.request('GET', `/api/cases/${c.id}`, sub)).statusCode).toBe(200);
    const listed = await s.request('GET', `/api/users/${s.userId(c.other)}/absences`, sub);
    expect(listed.json<{ substituting: { id: string; running: boolean }[] }>().substituting).toEqual([expect.objectContaining({ id: set.json<{ id: string }>().id, running: true })]);
    const del = await s.request('DELETE', `/api/users/${s.userId(c.director)}/absences/${set.json<{ id: string }>().id}`, absent);
    expect(del.statusCode, del.body).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}`, sub)).statusCode).toBe(404);
    const actions = await s.deps.database.db.selectFrom('audit_log').select('action').where('user_id', '=', s.userId(c.director)).where('action', 'like', 'absence.%').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['absence.set', 'absence.cancel']));
  });

  it('002-C07 the form refuses a substitute of another organisation or role and a reversed period, all at once, in Dutch naming the field', async () => {
    s.setNow(new Date('2026-06-01T09:00:00Z'));
    const pd = await s.login(PD1);
    const other = await s.request('POST', `/api/users/${s.userId(PD1)}/absences`, pd, { substituteUserId: s.userId('politie-limburg@noord-limburg'), startsOn: '2026-06-10', endsOn: '2026-06-02' });
    expect(other.statusCode).toBe(400);
    const fields = other.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['endsOn', 'substituteUserId']);
    expect(fields.find((f) => f.field === 'substituteUserId')?.message).toContain('dezelfde organisatie');
    expect(fields.find((f) => f.field === 'endsOn')?.message).toContain('Tot en met');
    const role = await s.request('POST', `/api/users/${s.userId(PD1)}/absences`, pd, { substituteUserId: s.userId('ondersteuner@noord-limburg'), startsOn: '2026-06-02', endsOn: '2026-06-03' });
    expect(role.statusCode).toBe(400);
    expect(role.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message).toContain('dezelfde rol');
    const missing = await s.request('POST', `/api/users/${s.userId(PD1)}/absences`, pd, { startsOn: '31-06-2026' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields.map((f) => f.message)).toEqual(expect.arrayContaining(['Vul dit veld in.']));
    expect(await s.deps.database.db.selectFrom('absences').select('id').where('user_id', '=', s.userId(PD1)).where('starts_on', '=', '2026-06-10').execute()).toEqual([]);
  });

  it('002-C07 only the absent person or the administrator records an absence: a colleague is refused with the rule, audited', async () => {
    s.setNow(new Date('2026-06-01T09:00:00Z'));
    const pd2 = await s.login(PD2);
    const res = await s.request('POST', `/api/users/${s.userId(PD1)}/absences`, pd2, { substituteUserId: s.userId(PD2), startsOn: '2026-07-01', endsOn: '2026-07-02' });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { reason: string } }>().error.reason).toBe('absence_not_yours');
    const denied = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('action', '=', 'absence.set').where('user_id', '=', s.userId(PD2)).where('target_user_id', '=', s.userId(PD1)).execute();
    expect(denied).toEqual([{ outcome: 'deny' }]);
    const admin = await s.login('beheerder@noord-limburg');
    const byAdmin = await s.request('POST', `/api/users/${s.userId(PD1)}/absences`, admin, { substituteUserId: s.userId(PD2), startsOn: '2026-07-01', endsOn: '2026-07-02' });
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);
  });

  it('002-C07 an absence put in the database naming a colleague of another organisation lends nothing: the engine and Row-Level Security refuse', async () => {
    const c = await register();
    const pol = 'politie-limburg@noord-limburg';
    await s.deps.database.db
      .insertInto('absences')
      .values({ collaboration_id: s.collaborationId('zvh-noord-limburg'), user_id: s.userId(c.director), substitute_user_id: s.userId(pol), starts_on: '2026-06-01', ends_on: '2026-06-30', set_by: s.userId(c.director), created_at: new Date('2026-06-01T09:00:00Z') })
      .execute();
    const cookie = await s.login(pol);
    expect((await s.request('GET', `/api/cases/${c.id}`, cookie)).statusCode).toBe(404);
    expect((await readRegistration(c, cookie)).statusCode).toBe(404);
  });
});

describe('support staff of a case (003-52, 004-R05)', () => {
  it('003-52 the process director assigns the ondersteuner, who then sees the case and its registration; removing ends it', async () => {
    const c = await register();
    const sup = await s.login('ondersteuner@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}`, sup)).statusCode).toBe(404);
    const pd = await s.login(c.director);
    const offer = await s.request('GET', `/api/cases/${c.id}/support`, pd);
    expect(offer.json<{ mayChange: boolean; candidates: { userId: string }[] }>()).toMatchObject({ mayChange: true, candidates: [{ userId: s.userId('ondersteuner@noord-limburg') }] });
    const assign = await s.request('POST', `/api/cases/${c.id}/support`, pd, { userId: s.userId('ondersteuner@noord-limburg') });
    expect(assign.statusCode, assign.body).toBe(201);
    expect((await s.request('GET', `/api/cases/${c.id}`, sup)).statusCode).toBe(200);
    const read = await readRegistration(c, sup);
    expect(read.statusCode, read.body).toBe(200);
    const listed = (await s.request('GET', '/api/cases', sup)).json<{ id: string }[]>();
    expect(listed.map((x) => x.id)).toContain(c.id);
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['target_user_id', 'outcome']).where('case_id', '=', c.id).where('action', '=', 'case.support.assign').execute();
    expect(audited).toEqual([{ target_user_id: s.userId('ondersteuner@noord-limburg'), outcome: 'allow' }]);
    const removed = await s.request('DELETE', `/api/cases/${c.id}/support/${s.userId('ondersteuner@noord-limburg')}`, pd);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}`, sup)).statusCode).toBe(404);
  });

  it('004-R05 only the process director of the case assigns support staff, and only users with the support role: refusals name the rule or the field', async () => {
    const c = await register();
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const byRegistrant = await s.request('POST', `/api/cases/${c.id}/support`, rn, { userId: s.userId('ondersteuner@noord-limburg') });
    expect(byRegistrant.statusCode).toBe(403);
    expect(byRegistrant.json<{ error: { rule: string; reason: string; message: string } }>().error).toMatchObject({ rule: 'P2', reason: 'support_assign_not_director' });
    const pd = await s.login(c.director);
    const notSupport = await s.request('POST', `/api/cases/${c.id}/support`, pd, { userId: s.userId('politie-limburg@noord-limburg') });
    expect(notSupport.statusCode).toBe(400);
    expect(notSupport.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields).toEqual([expect.objectContaining({ field: 'userId', message: expect.stringContaining('Ondersteuner') as unknown })]);
    expect(await s.deps.database.db.selectFrom('case_staff').select('user_id').where('case_id', '=', c.id).where('role', '=', 'support').execute()).toEqual([]);
  });

  it('004-R05 the substitute of the absent process director assigns support staff, audited with the absent person', async () => {
    const c = await register();
    const absent = await s.login(c.director);
    expect((await s.request('POST', `/api/users/${s.userId(c.director)}/absences`, absent, { substituteUserId: s.userId(c.other), startsOn: '2026-06-01', endsOn: '2026-06-02' })).statusCode).toBe(201);
    const sub = await s.login(c.other);
    const assign = await s.request('POST', `/api/cases/${c.id}/support`, sub, { userId: s.userId('ondersteuner@noord-limburg') });
    expect(assign.statusCode, assign.body).toBe(201);
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'on_behalf_of_user_id']).where('case_id', '=', c.id).where('action', '=', 'case.support.assign').execute();
    expect(audited).toEqual([{ user_id: s.userId(c.other), on_behalf_of_user_id: s.userId(c.director) }]);
  });
});

describe('changes made by a substitute (ADR 0116)', () => {
  it('002-C07 the substitute accepts the absent director\'s case and prepares its meeting; each change is audited naming the absent director', async () => {
    const c = await register();
    // A month later than the other tests' absences, which stay on record.
    s.setNow(new Date('2026-08-03T09:00:00Z'));
    await informSubjects(s, c);
    const absent = await s.login(c.director);
    const set = await s.request('POST', `/api/users/${s.userId(c.director)}/absences`, absent, { substituteUserId: s.userId(c.other), startsOn: '2026-08-03', endsOn: '2026-08-05' });
    expect(set.statusCode, set.body).toBe(201);
    const sub = await s.login(c.other);
    const accepted = await step(s, sub, c.id, ACCEPT);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, sub, preparation);
    expect(meeting.statusCode, meeting.body).toBe(201);
    const audited = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'on_behalf_of_user_id'])
      .where('case_id', '=', c.id)
      .where('action', 'in', ['case.accept', 'meeting.create'])
      .where('outcome', '=', 'allow')
      .orderBy('id')
      .execute();
    expect(audited).toEqual([
      { action: 'case.accept', user_id: s.userId(c.other), on_behalf_of_user_id: s.userId(c.director) },
      { action: 'meeting.create', user_id: s.userId(c.other), on_behalf_of_user_id: s.userId(c.director) },
    ]);
    // The director itself, back, acts in its own name.
    s.setNow(new Date('2026-08-06T09:00:00Z'));
    const back = await s.login(c.director);
    const own = await s.request('POST', `/api/cases/${c.id}/meetings`, back, preparation);
    expect(own.statusCode, own.body).toBe(201);
    const last = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'on_behalf_of_user_id']).where('case_id', '=', c.id).where('action', '=', 'meeting.create').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toEqual({ user_id: s.userId(c.director), on_behalf_of_user_id: null });
  });
});
