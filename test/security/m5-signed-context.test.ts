/**
 * Finding M5 (penetration test 2026-12-06), the acting context (migration 260, ADR 0125): SQL on
 * the application's role could set_config app.collaboration_id, app.partner_id, app.user_id and
 * app.role and act as any user of any collaboration. Now a user context is entered only through
 * casustafel_enter_session (a live session's token; the ids come from the database) or, without
 * a session, casustafel_enter_as on the system login; the policies verify its MAC. Forged settings
 * read nothing, before or after a valid entry; a forged, expired or revoked session is refused.
 * Both databases (the connection's own role is the superuser on PGlite and on a single login;
 * the request login of two logins is in m5-request-login.test.ts).
 */
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import type { Database } from '../../src/store/schema.js';
import { ENGINE_NAME } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register } from '../api/phases.flow.js';

const REGISTRANT = 'reclassering-nederland@noord-limburg';

let s: TestServer;
let registrant: { id: string; collaboration_id: string; partner_id: string; role: string };
let colleague: { id: string; collaboration_id: string; partner_id: string; role: string };
let theirCase: string;
let venloCase: string;

const tokenOf = (cookie: string): string => /casustafel_session=([^;]+)/.exec(cookie)?.[1] ?? '';

/** A transaction on the application role, as SQL injected into a request would run. */
function onAppRole<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return s.deps.database.db.transaction().execute(async (trx) => {
    await sql`set local role casustafel_app`.execute(trx);
    return fn(trx);
  });
}

async function enterSession(trx: Transaction<Database>, token: string, who: typeof registrant, at = s.deps.now()): Promise<void> {
  await sql`select casustafel_enter_session(${token}, ${at}, ${who.collaboration_id}::uuid, ${who.partner_id}::uuid, ${who.id}::uuid, ${who.role})`.execute(trx);
}

const seesCase = async (trx: Transaction<Database>, id: string): Promise<boolean> => (await trx.selectFrom('cases').select('id').where('id', '=', id).execute()).length === 1;
const seesSubjects = async (trx: Transaction<Database>, id: string): Promise<number> => (await trx.selectFrom('subjects').select('id').where('case_id', '=', id).execute()).length;

beforeAll(async () => {
  s = await startTestServer();
  theirCase = (await register(s, REGISTRANT)).id;
  venloCase = (await register(s, 'gemeente-venlo@venlo', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name: 'Karel Smit' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
  })).id;
  [registrant, colleague] = await s.deps.database.withTransaction(systemContext(), async (trx) => {
    const r = await trx.selectFrom('users').select(['id', 'collaboration_id', 'partner_id', 'role']).where('username', '=', REGISTRANT).executeTakeFirstOrThrow();
    // A professional of the same collaboration who is not in the case.
    const c = await trx.selectFrom('users').select(['id', 'collaboration_id', 'partner_id', 'role'])
      .where('collaboration_id', '=', r.collaboration_id).where('role', '=', 'professional').where('id', '<>', r.id).where('active', '=', true)
      .executeTakeFirstOrThrow();
    return [r, c] as const;
  });
}, 240_000);

afterAll(async () => {
  await s?.close();
});

describe(`M5 the acting context is signed (${ENGINE_NAME})`, () => {
  it('M5 with its own live session a user reads its case; a colleague with its own session and another collaboration read nothing of it', async () => {
    const mine = tokenOf(await s.login(REGISTRANT));
    const colleagueCookie = await s.login((await s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('users').select('username').where('id', '=', colleague.id).executeTakeFirstOrThrow())).username);
    const seen = await onAppRole(async (trx) => {
      await enterSession(trx, mine, registrant);
      return { case: await seesCase(trx, theirCase), subjects: await seesSubjects(trx, theirCase), venlo: await seesCase(trx, venloCase) };
    });
    expect(seen).toEqual({ case: true, subjects: 1, venlo: false });
    // The colleague with its own session does not see the case.
    expect(await onAppRole(async (trx) => {
      await enterSession(trx, tokenOf(colleagueCookie), colleague);
      return seesCase(trx, theirCase);
    })).toBe(false);
  });

  it("M5 forged settings: set_config of another user's id, another collaboration or another role reads nothing, with no entry and after a valid entry", async () => {
    const colleagueToken = tokenOf(await s.login((await s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('users').select('username').where('id', '=', colleague.id).executeTakeFirstOrThrow())).username));
    const venlo = s.collaborationId('zorgnetwerk-venlo');
    const forgeries: { name: string; settings: Record<string, string> }[] = [
      { name: "the registrant's user id", settings: { 'app.user_id': registrant.id } },
      { name: 'all four of the registrant', settings: { 'app.collaboration_id': registrant.collaboration_id, 'app.partner_id': registrant.partner_id, 'app.user_id': registrant.id, 'app.role': registrant.role } },
      { name: 'the role privacy officer', settings: { 'app.role': 'privacy_officer' } },
      { name: 'another collaboration as its privacy officer', settings: { 'app.collaboration_id': venlo, 'app.role': 'privacy_officer' } },
    ];
    for (const forgery of forgeries) {
      for (const afterEntry of [false, true]) {
        const seen = await onAppRole(async (trx) => {
          if (afterEntry) await enterSession(trx, colleagueToken, colleague);
          for (const [name, value] of Object.entries(forgery.settings)) await sql`select set_config(${name}, ${value}, true)`.execute(trx);
          return { case: await seesCase(trx, theirCase), subjects: await seesSubjects(trx, theirCase), venlo: await seesCase(trx, venloCase), venloSubjects: await seesSubjects(trx, venloCase) };
        });
        expect(seen, `${forgery.name}${afterEntry ? ' after a valid entry' : ''}`).toEqual({ case: false, subjects: 0, venlo: false, venloSubjects: 0 });
      }
    }
  });

  it('M5 casustafel_enter_session refuses a forged token, an expired session, a revoked one and ids that are not the session\'s', async () => {
    const cookie = await s.login(REGISTRANT);
    const token = tokenOf(cookie);
    const refused = async (fn: (trx: Transaction<Database>) => Promise<void>): Promise<string> => {
      try {
        await onAppRole(fn);
        return 'entered';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(await refused((trx) => enterSession(trx, `${token.slice(0, -2)}xx`, registrant))).toMatch(/no live session/);
    const expiresAt = (await s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('sessions').select('expires_at').where('user_id', '=', registrant.id).orderBy('created_at', 'desc').executeTakeFirstOrThrow())).expires_at;
    expect(await refused((trx) => enterSession(trx, token, registrant, expiresAt))).toMatch(/no live session/);
    expect(await refused((trx) => enterSession(trx, token, colleague))).toMatch(/not the session's/);
    expect(await refused((trx) => enterSession(trx, token, { ...registrant, role: 'privacy_officer' }))).toMatch(/not the session's/);
    expect(await refused((trx) => enterSession(trx, token, registrant))).toBe('entered');
    expect((await s.request('POST', '/api/auth/logout', cookie, {})).statusCode).toBeLessThan(300);
    expect(await refused((trx) => enterSession(trx, token, registrant))).toMatch(/no live session/);
  });

  it('M5 a request of a signed-in user works end to end through its session (the case list holds its case)', async () => {
    const res = await s.request('GET', '/api/cases', await s.login(REGISTRANT));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain(theirCase);
  });
});
