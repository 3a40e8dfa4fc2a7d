/**
 * The PJO's minutes reach the procesmanager Jeugd (seed 000 Bijlage 2, PJO Eijsden-Margraten:
 * "Tevens wordt de notulen van het PJO gedeeld met de procesmanager jeugd"; row 000-R86, ADR 0129),
 * on the SHIPPED Maastricht configuration: the designated functionary of Casusoverleg Jeugd reads,
 * per individual discussed, the record only (date, status, reason, notes) with the case number,
 * and the group items; never the name, the preparation, the invitations, the plan or the
 * contributions. Row-Level Security is not widened: the records come from a SECURITY DEFINER step
 * (migration 270) that refuses anyone else in the database itself.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { createUser } from '../../src/services/setup/create-user.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, step } from './phases.flow.js';

let s: TestServer;
const login = signInOnce(() => s);

const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur-gemeente-eijsden-margraten@maastricht';
const JEUGD = 'procesmanager-jeugd@maastricht';
const NAME = 'Joris Jeurissen';
const REGISTRATION = 'Jongere uit de groep bij het winkelcentrum; hulp geweigerd.';
const REASON = 'Routering: individuele problematiek binnen de groep';
const NOTE = 'Besloten: de casus wordt opgepakt in het Casusoverleg Jeugd.';
const GOAL = 'Dagbesteding vinden';
const GROUP = { kind: 'group', title: 'Jeugdgroep bij het winkelcentrum', description: 'Overlast in de avonduren en vernielingen bij de bushalte.' };

let jeugdId = '';
let sessionId = '';
let caseId = '';
let meetingId = '';

const minutes = async (who: string) => s.request('GET', `/api/sessions/${sessionId}/minutes`, await login(who));

beforeAll(async () => {
  s = await startTestServer();
  s.setNow(new Date('2026-06-01T09:00:00Z'));
  jeugdId = await s.deps.database.withTransaction(systemContext(), (trx) =>
    createUser(trx, {
      collaborationId: s.collaborationId(M),
      partnerId: s.partnerId(M, 'gemeente-eijsden-margraten'),
      username: JEUGD,
      displayName: 'Procesmanager Jeugd Eijsden-Margraten',
      role: 'process_director',
      password: { plain: DEMO_PASSWORD },
      confidentialityDeclaredAt: new Date('2026-01-01T00:00:00Z'),
      vogCheckedAt: new Date('2026-01-01T00:00:00Z'),
    }),
  );
  const designated = await s.request('PUT', '/api/collaboration/tables/casusoverleg-jeugd-eijsden-margraten/designation', await login('beheerder@maastricht'), { userId: jeugdId });
  expect(designated.statusCode, designated.body).toBe(200);

  // An individual at the PJO, directed by the E-M director (not by the procesmanager Jeugd).
  const pd = await login(PD);
  const reg = await s.request('POST', '/api/cases', await login('gemeente-eijsden-margraten@maastricht'), {
    tableId: 'pjo-eijsden-margraten',
    subjects: [{ name: NAME, birthDate: '2009-05-05' }],
    registration: { content: REGISTRATION, basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    processDirectorId: s.userId(PD),
  });
  expect(reg.statusCode, reg.body).toBe(201);
  const c = reg.json<{ id: string; subjectIds: string[]; registrationId: string }>();
  caseId = c.id;
  await informSubjects(s, c, M, 'gemeente-eijsden-margraten', PD);
  const table = (await s.request('GET', `/api/cases/${c.id}/table`, pd)).json<{ followUpQuestions: string[]; preconditions: { before?: string }[] }>();
  const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
    criteriaMet: [0],
    answers: table.followUpQuestions.map(() => 'Alleen bepalen waar de casus wordt opgepakt.'),
    preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
    assessment: 'Past bij het PJO voor de routering.',
  });
  expect(screened.statusCode, screened.body).toBe(200);
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);

  const planned = await s.request('POST', '/api/sessions/plan', pd, { bodyKind: 'table', bodyId: 'pjo-eijsden-margraten', from: '2026-06-01', days: 91 });
  expect(planned.statusCode, planned.body).toBe(200);
  const first = planned.json<{ sessions: { id: string; scheduledAt: string }[] }>().sessions.find((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
  if (first === undefined) throw new Error('no session');
  sessionId = first.id;
  const added = await s.request('POST', `/api/sessions/${sessionId}/items`, pd, { caseId });
  expect(added.statusCode, added.body).toBe(201);
  meetingId = added.json<{ meetingId: string }>().meetingId;
  const group = await s.request('POST', `/api/sessions/${sessionId}/topics`, pd, { ...GROUP, partnerIds: [s.partnerId(M, 'politie-limburg')] });
  expect(group.statusCode, group.body).toBe(201);

  const meeting = (await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd)).json<{ version: number }>();
  const recorded = await s.request('PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, pd, {
    version: meeting.version,
    date: '2026-06-04',
    status: 'held',
    reason: REASON,
    present: [],
    notes: [{ text: NOTE }],
    plan: { goals: [], actions: [] },
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
}, 120_000);

afterAll(async () => {
  await s.close();
});

describe('000-R86 the PJO minutes are shared with the procesmanager Jeugd', () => {
  it('000-R86 the designated functionary of Casusoverleg Jeugd reads per individual the record only (date, status, reason, notes) with the case number, and the group items', async () => {
    const res = await minutes(JEUGD);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{ tableId: string; receivedAs: string[]; items: Record<string, unknown>[]; topics: { title: string }[] }>();
    expect(view.tableId).toBe('pjo-eijsden-margraten');
    expect(view.receivedAs).toEqual(['casusoverleg-jeugd-eijsden-margraten']);
    const number = await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(view.items).toEqual([{
      caseNumber: number.number,
      position: 1,
      itemReason: 'routing',
      status: 'held',
      scheduledAt: expect.any(String),
      heldAt: expect.any(String),
      record: { date: '2026-06-04', status: 'held', reason: REASON, notes: [NOTE] },
    }]);
    expect(view.topics.map((t) => t.title)).toEqual([GROUP.title]);
    // Never the name, the registration, the invitations or anything about the subject.
    expect(res.body).not.toContain(NAME);
    expect(res.body).not.toContain(REGISTRATION);
    expect(res.body).not.toContain('subject');
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['action', 'case_id', 'outcome']).where('user_id', '=', jeugdId).where('action', 'like', 'session.minutes%').execute();
    expect(audited).toEqual(expect.arrayContaining([
      { action: 'session.minutes.read', case_id: null, outcome: 'allow' },
      { action: 'session.minutes.item.read', case_id: caseId, outcome: 'allow' },
    ]));
  });

  it('000-R85 the PJO meeting record refuses a plan goal and a plan action, in plain words; the record stays as it was', async () => {
    const pd = await login(PD);
    const before = (await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd)).json<{ version: number }>();
    const base = { version: before.version, date: '2026-06-04', status: 'held', reason: REASON, present: [], notes: [{ text: NOTE }] };
    const action = { description: 'Gesprek over dagbesteding', ownerPartnerId: s.partnerId(M, 'trajekt'), dueAt: '2026-07-01' };
    for (const plan of [{ goals: [{ domain: 'work_education', goal: GOAL }], actions: [] }, { goals: [], actions: [action] }]) {
      const refused = await s.request('PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, pd, { ...base, plan });
      expect(refused.statusCode, refused.body).toBe(403);
      const error = refused.json<{ error: { rule: string; reason: string; message: string } }>().error;
      expect(error).toMatchObject({ rule: 'table', reason: 'routing_only_plan' });
      expect(error.message).toContain('geen doelen of acties van een individueel plan');
    }
    const after = await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd);
    expect(after.json<{ version: number }>().version).toBe(before.version);
    expect(after.body).not.toContain(GOAL);
    const actions = await s.deps.database.db.selectFrom('plan_actions').select('id').where('case_id', '=', caseId).execute();
    expect(actions).toEqual([]);
    const denied = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('case_id', '=', caseId).where('action', '=', 'meeting.record').where('outcome', '=', 'deny').execute();
    expect(denied).toHaveLength(2);
  });

  it('000-R86 the plan never reaches the functionary: a goal recorded while the PJO discussed individuals in full stays out of the minutes', async () => {
    const pd = await login(PD);
    // The shipped PJO refuses a plan (000-R85); with the table changed to discuss individuals in full, a goal is stored.
    await withChangedField(s, M, configField('tables[pjo-eijsden-margraten].individualsDiscussed'), 'full', async () => {
      const meeting = (await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd)).json<{ version: number }>();
      const withGoal = await s.request('PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, pd, {
        version: meeting.version, date: '2026-06-04', status: 'held', reason: REASON, present: [], notes: [{ text: NOTE }],
        plan: { goals: [{ domain: 'work_education', goal: GOAL }], actions: [] },
      });
      expect(withGoal.statusCode, withGoal.body).toBe(200);
    });
    // The stored record holds the goal (the PJO's director reads it) ...
    expect((await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd)).body).toContain(GOAL);
    // ... the minutes do not.
    const res = await minutes(JEUGD);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(GOAL);
    expect(res.body).not.toContain('"plan"');
    expect(res.json<{ items: { record: { notes: string[] } }[] }>().items[0]?.record.notes).toEqual([NOTE]);
  });

  it('000-R86 anyone else is refused: the PJO director, a house director, a professional; in the database too, audited', async () => {
    for (const who of [PD, 'procesregisseur@maastricht', 'gemeente-eijsden-margraten@maastricht']) {
      const res = await minutes(who);
      expect(res.statusCode, who).toBe(403);
      expect(res.body).toContain('aangewezen functionaris');
    }
    const denied = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('user_id', '=', s.userId(PD)).where('action', '=', 'session.minutes.read').execute();
    expect(denied.map((d) => d.outcome)).toContain('deny');
    // Below the service: the step refuses the PJO's own director (it is not the receiving table's functionary).
    const ctx = { collaborationId: s.collaborationId(M), partnerId: s.partnerId(M, 'gemeente-eijsden-margraten'), userId: s.userId(PD), role: 'process_director' as const };
    await expect(s.deps.database.withTransaction(ctx, (trx) => sql`select * from casustafel_session_minutes(${sessionId}::uuid)`.execute(trx))).rejects.toThrow(/receives no minutes/);
  });

  it('000-R86 the functionary cannot read the name, the preparation or the case through the ordinary routes or below them', async () => {
    expect((await s.request('GET', `/api/cases/${caseId}`, await login(JEUGD))).statusCode).toBe(404);
    expect((await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, await login(JEUGD))).statusCode).toBe(404);
    const session = await s.request('GET', `/api/sessions/${sessionId}`, await login(JEUGD));
    expect(session.body).not.toContain(NAME);
    expect(session.body).not.toContain(NOTE);
    expect(session.body).not.toContain(REASON);
    const ctx = { collaborationId: s.collaborationId(M), partnerId: s.partnerId(M, 'gemeente-eijsden-margraten'), userId: jeugdId, role: 'process_director' as const };
    const below = await s.deps.database.withTransaction(ctx, async (trx) => ({
      meetings: await trx.selectFrom('meetings').select('id').where('id', '=', meetingId).execute(),
      keys: await trx.selectFrom('case_keys').select('case_id').where('case_id', '=', caseId).execute(),
      subjects: await trx.selectFrom('subjects').select('id').where('case_id', '=', caseId).execute(),
      contributions: await trx.selectFrom('contributions').select('id').where('case_id', '=', caseId).execute(),
    }));
    expect(below).toEqual({ meetings: [], keys: [], subjects: [], contributions: [] });
  });

  it('000-R86 minutesSharedWith: without Casusoverleg Jeugd in the PJO\'s list the functionary is refused, in the service and in the database', async () => {
    await withChangedField(s, M, configField('tables[pjo-eijsden-margraten].minutesSharedWith'), [], async () => {
      expect((await minutes(JEUGD)).statusCode).toBe(403);
      const ctx = { collaborationId: s.collaborationId(M), partnerId: s.partnerId(M, 'gemeente-eijsden-margraten'), userId: jeugdId, role: 'process_director' as const };
      await expect(s.deps.database.withTransaction(ctx, (trx) => sql`select * from casustafel_session_minutes(${sessionId}::uuid)`.execute(trx))).rejects.toThrow(/receives no minutes/);
    });
    expect((await minutes(JEUGD)).statusCode).toBe(200);
  });

  it('000-R86 the minutes follow the designation: once it ends, the former functionary is refused', async () => {
    const admin = await login('beheerder@maastricht');
    expect((await s.request('PUT', '/api/collaboration/tables/casusoverleg-jeugd-eijsden-margraten/designation', admin, { userId: null })).statusCode).toBe(200);
    expect((await minutes(JEUGD)).statusCode).toBe(403);
    expect((await s.request('PUT', '/api/collaboration/tables/casusoverleg-jeugd-eijsden-margraten/designation', admin, { userId: jeugdId })).statusCode).toBe(200);
    expect((await minutes(JEUGD)).statusCode).toBe(200);
  });
});
