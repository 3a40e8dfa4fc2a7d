/**
 * Finding M5 (penetration test 2026-12-06), the server's own login: the server runs with two
 * logins (ADR 0093, 0113): user requests on a login that is a member of casustafel_app only, the
 * system context (sign-in, jobs, seeding, migrations, the sealer) on a second one. The steps a
 * user's transaction takes beyond its own Row-Level Security are SECURITY DEFINER functions
 * (migration 240, ADR 0113), so no user action needs casustafel_system. PostgreSQL only (PGlite has
 * one embedded connection and no logins); DATABASE_URL names the server, default the local one.
 * The system login is the database's owner and no superuser (it has CREATEROLE; casustafel_system
 * has CREATE on the schema, docs/security.md "Database login"): it migrates and runs the system.
 */
import type { Client } from 'pg';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { systemContext } from '../../src/store/acting-context.js';
import type { ActingContext } from '../../src/store/acting-context.js';
import { openDatabase } from '../../src/store/database.js';
import type { Database } from '../../src/store/schema.js';
import { createScratchPostgres } from '../support/db.js';
import { createAppLogin, createOwnerLogin, withClient } from '../support/pg-login.js';
import type { AppLogin } from '../support/pg-login.js';
import type { TestDatabase } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { acceptedNijmegenCase, register, step, toMonitoring } from '../api/phases.flow.js';

const BASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DAY = 86_400_000;

let scratch: { url: string; drop: () => Promise<void> };
let s: TestServer;
let login: AppLogin;
let owner: AppLogin;
let requestUrl: string;

/** Work in the system context (on the owner login, which is no superuser: Row-Level Security applies to it). */
function asSystem<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return s.deps.database.withTransaction(systemContext(), fn);
}

/** A connection on the server's request login, as SQL injected into a request would have it. */
async function onRequestLogin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  return withClient(requestUrl, fn);
}

beforeAll(async () => {
  scratch = await createScratchPostgres(BASE_URL);
  login = await createAppLogin(BASE_URL, scratch.url, 'casustafel_request_login');
  requestUrl = login.url;
  // The system login is the scratch database's owner, not a superuser (it also runs the migrations).
  owner = await createOwnerLogin(BASE_URL, scratch.url, 'casustafel_owner');
  const database = await openDatabase({ databaseUrl: requestUrl, databaseSystemUrl: owner.url, poolSize: 4 });
  const testDatabase: TestDatabase = { ...database, url: requestUrl };
  s = await startTestServer({ database: testDatabase });
}, 240_000);

afterAll(async () => {
  await s?.close();
  await scratch?.drop();
  await login?.drop();
  await owner?.drop();
});

describe('M5 the server runs user requests on a login that is no member of casustafel_system (PostgreSQL)', () => {
  it('M5 user requests (a context with its session) run on the request login; the system context and a user context without a session on the other login', async () => {
    const cookie = await s.login('procesregisseur@noord-limburg');
    const token = /casustafel_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    const u = await s.deps.database.withTransaction(systemContext(), (trx) =>
      trx.selectFrom('users').select(['id', 'collaboration_id', 'partner_id']).where('username', '=', 'procesregisseur@noord-limburg').executeTakeFirstOrThrow());
    const user = { collaborationId: u.collaboration_id, partnerId: u.partner_id, userId: u.id, role: 'process_director' as const };
    const who = (ctx: ActingContext): Promise<string> => s.deps.database.withTransaction(ctx, async (trx) => (await sql<{ who: string }>`select session_user as who`.execute(trx)).rows[0]?.who ?? '');
    expect(await who({ ...user, session: { token, at: s.deps.now() } })).toBe(login.name);
    expect(await who(user)).not.toBe(login.name);
    expect(await who(systemContext())).not.toBe(login.name);
  });

  it('M5 on the request login: a user context without a session (casustafel_enter_as) is refused', async () => {
    const u = await s.deps.database.withTransaction(systemContext(), (trx) =>
      trx.selectFrom('users').select(['id', 'collaboration_id', 'partner_id']).where('username', '=', 'procesregisseur@noord-limburg').executeTakeFirstOrThrow());
    await onRequestLogin(async (c) => {
      await expect(c.query("select casustafel_enter_as($1, $2, $3, 'process_director')", [u.collaboration_id, u.partner_id, u.id])).rejects.toThrow(/permission denied/);
    });
  });

  it("M5 on the request login: SET ROLE casustafel_system fails; set_config('app.role','system') reads no other collaboration's rows, with or without SET ROLE casustafel_app; an audit row out of band is refused", async () => {
    const venlo = s.collaborationId('zorgnetwerk-venlo');
    const nijmegen = s.collaborationId('regieteams-nijmegen');
    await onRequestLogin(async (c) => {
      await expect(c.query('set role casustafel_system')).rejects.toThrow(/permission denied to set role/);
      const member = await c.query<{ m: boolean }>("select pg_has_role(current_user, 'casustafel_system', 'MEMBER') as m");
      expect(member.rows[0]?.m).toBe(false);
      for (const setRole of [false, true]) {
        await c.query('begin');
        try {
          if (setRole) await c.query('set local role casustafel_app');
          await c.query("select set_config('app.collaboration_id', $1, true), set_config('app.role', 'system', true)", [venlo]);
          expect((await c.query('select id from cases where collaboration_id = $1', [nijmegen])).rows).toEqual([]);
          expect((await c.query('select id from users where collaboration_id = $1', [nijmegen])).rows).toEqual([]);
          expect((await c.query('select case_id from case_keys')).rows).toEqual([]);
          await c.query('savepoint s');
          await expect(
            c.query("insert into audit_log (at, collaboration_id, action, access_point, outcome) values (now(), $1, 'contribution.read', 'api', 'allow')", [nijmegen]),
          ).rejects.toThrow(/row-level security|permission denied/);
          await c.query('rollback to savepoint s');
          // The step functions' own entry into the system context is not the app's to call.
          await expect(c.query("select casustafel_step_enter('x', null)")).rejects.toThrow(/permission denied/);
          await c.query('rollback to savepoint s');
          // A step function called with no user context refuses.
          await expect(c.query('select * from casustafel_presence_collaborations()')).rejects.toThrow(/needs the acting context of a user/);
          await c.query('rollback to savepoint s');
          // 000-R86: the minutes step hands out sealed records and wrapped keys to no one without a user context.
          await expect(c.query("select * from casustafel_session_minutes('00000000-0000-4000-8000-000000000000')")).rejects.toThrow(/needs the acting context of a user/);
        } finally {
          await c.query('rollback');
        }
      }
    });
  });

  it('M5 with a system login set, a request login that can become casustafel_system is refused at start', async () => {
    // The scratch database's owner (a superuser on the test server) can become anything.
    await expect(openDatabase({ databaseUrl: scratch.url, databaseSystemUrl: scratch.url, migrate: false })).rejects.toThrow(/DATABASE_URL can become casustafel_system/);
  });

  it('M5 a forged disclosure record: the step function refuses a disclosure no lookup of this user found', async () => {
    const venlo = s.collaborationId('zorgnetwerk-venlo');
    const [pd, venloCase] = await s.deps.database.withTransaction({ collaborationId: null, partnerId: null, userId: null, role: 'system' }, async (trx) => [
      await trx.selectFrom('users').select(['id', 'collaboration_id', 'partner_id']).where('username', '=', 'procesregisseur@noord-limburg').executeTakeFirstOrThrow(),
      await trx.selectFrom('cases').select('id').where('collaboration_id', '=', venlo).executeTakeFirst(),
    ] as const);
    await onRequestLogin(async (c) => {
      await c.query('begin');
      try {
        await c.query('set local role casustafel_app');
        await c.query("select set_config('app.collaboration_id', $1, true), set_config('app.partner_id', $2, true), set_config('app.user_id', $3, true), set_config('app.role', 'process_director', true)", [pd.collaboration_id, pd.partner_id, pd.id]);
        await expect(
          c.query("select casustafel_append_presence_disclosure(now(), $1, $2, null, 'screening', null, 'api')", [venlo, venloCase?.id ?? '00000000-0000-4000-8000-000000000000']),
        ).rejects.toThrow(/casustafel step presence_disclosure/);
      } finally {
        await c.query('rollback');
      }
    });
  });

  it('M5 re-opening a case (the de-escalation decision beyond the manager\'s rows) works on the request login', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(183 * DAY);
    await runJob(s.deps, retentionJob);
    const reopened = await step(s, await s.login('manager@noord-limburg'), c.id, { event: 'reopen', reason: 'Nieuwe melding over dezelfde woning' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const decision = await asSystem((trx) => trx.selectFrom('deescalation_decisions').select(['decided_at', 'archived_at']).where('case_id', '=', c.id).executeTakeFirstOrThrow());
    expect(decision.decided_at.toISOString()).toBe(s.deps.now().toISOString());
    expect(decision.archived_at).toBeNull();
    s.setNow(new Date('2026-06-01T09:00:00Z'));
  });

  it('M5 moving a session, taking a colleague\'s item off and reading the topics work on the request login', async () => {
    const first = await s.login('procesregisseur@nijmegen');
    const planned = await s.request('POST', '/api/sessions/plan', first, { bodyKind: 'table', bodyId: 'regieteam', from: '2026-06-01', days: 56 });
    expect(planned.statusCode, planned.body).toBe(200);
    const session = planned.json<{ sessions: { id: string; scheduledAt: string; version: number }[] }>().sessions.find((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
    if (session === undefined) throw new Error('no session');
    const theirs = (await acceptedNijmegenCase(s, 'tweede-procesregisseur@nijmegen', 'Frits Franken')).id;
    const added = await s.request('POST', `/api/sessions/${session.id}/items`, await s.login('tweede-procesregisseur@nijmegen'), { caseId: theirs });
    expect(added.statusCode, added.body).toBe(201);
    const theirItem = added.json<{ itemId: string; meetingId: string }>();
    const movedTo = new Date(Date.parse(session.scheduledAt) + 2 * 86_400_000).toISOString();
    const moved = await s.request('PATCH', `/api/sessions/${session.id}`, first, { version: session.version, scheduledAt: movedTo });
    expect(moved.statusCode, moved.body).toBe(200);
    const meeting = () => asSystem((trx) => trx.selectFrom('meetings').select(['scheduled_at', 'status', 'session_id']).where('id', '=', theirItem.meetingId).executeTakeFirstOrThrow());
    expect((await meeting()).scheduled_at.toISOString()).toBe(movedTo);
    const view = await s.request('GET', `/api/sessions/${session.id}`, first);
    expect(view.statusCode, view.body).toBe(200);
    const removed = await s.request('DELETE', `/api/sessions/${session.id}/items/${theirItem.itemId}`, first);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await meeting()).toMatchObject({ status: 'cancelled', session_id: null });
  });

  it('M5 a presence lookup with a hit in another collaboration, and its disclosure record there, work on the request login', async () => {
    const venlo = await register(s, 'gemeente-venlo@venlo', {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Karel Smit', bsn: '123456782' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    });
    await asSystem((trx) => trx.updateTable('cases').set({ phase: 'triage' }).where('id', '=', venlo.id).execute());
    const forCaseId = (await register(s, 'reclassering-nederland@noord-limburg', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Nieuwe Aanmelding' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'x', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    })).id;
    const res = await s.request('POST', '/api/presence-lookups', await s.login('procesregisseur@noord-limburg'), { bsn: '123456782', forCaseId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ known: boolean }>().known).toBe(true);
    const disclosed = await asSystem((trx) => trx.selectFrom('audit_log').select(['collaboration_id', 'case_id']).where('action', '=', 'presence.disclosed').execute());
    expect(disclosed).toContainEqual({ collaboration_id: s.collaborationId('zorgnetwerk-venlo'), case_id: venlo.id });
  });
});
