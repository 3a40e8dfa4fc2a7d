/**
 * Findings M3, M10 and L5 (penetration test 2026-12-06) against the login, on PostgreSQL (the
 * engine where parallel requests really run in parallel): DATABASE_URL, default the local server.
 *
 * - M3: 20 parallel wrong passwords were all checked (the failure counter was read without a
 *   lock). Now exactly five are checked from one source; the rest wait.
 * - M10: five requests locked any account for 15 minutes. Now only the guessing source waits;
 *   the user elsewhere signs in, and a source the user signed in from before is not slowed.
 * - L5: unknown usernames were answered faster and never locked. Now they are checked against a
 *   hash of the same cost and wait alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import type { AppDatabase } from '../../src/store/database.js';
import { backoffDelayMs, DEFAULT_BACKOFF } from '../../src/services/auth/login-backoff.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { createScratchPostgres } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const BASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('login guessing on PostgreSQL (M3, M10, L5)', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let database: AppDatabase;
  let s: TestServer;

  beforeAll(async () => {
    scratch = await createScratchPostgres(BASE_URL);
    database = await openDatabase({ databaseUrl: scratch.url, poolSize: 10 });
    // A rate limit high enough that only the back-off decides here.
    s = await startTestServer({ database, config: { ...(await import('../../src/config.js')).loadConfig({ DEMO: 'on', NODE_ENV: 'test' }), loginRateLimit: { max: 1000, windowMs: 60_000 } } });
  });
  afterAll(async () => {
    await s.close();
    await scratch.drop();
  });

  const login = (username: string, password: string, remoteAddress = '198.51.100.1') =>
    s.handle.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password } });

  const rulesOf = async (userId: string) =>
    (await database.db.selectFrom('audit_log').select('rule').where('action', '=', 'auth.login').where('user_id', '=', userId).execute()).map((r) => r.rule);

  it('M3 twenty parallel wrong passwords: exactly five are checked, fifteen wait (429), all audited', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => login('gemeente-venlo@venlo', 'wrong-password')));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(15);
    const rules = await rulesOf(s.userId('gemeente-venlo@venlo'));
    expect(rules.filter((r) => r === 'password' || r === 'backoff_now')).toHaveLength(5);
    expect(rules.filter((r) => r === 'backoff')).toHaveLength(15);
  });

  it('M10 five wrong passwords from a stranger do not lock the user out: the user signs in from its own address', async () => {
    for (let i = 0; i < 5; i++) expect((await login('procesregisseur@venlo', 'wrong', '203.0.113.66')).statusCode).toBe(401);
    expect((await login('procesregisseur@venlo', DEMO_PASSWORD, '203.0.113.66')).statusCode).toBe(429);
    const own = await login('procesregisseur@venlo', DEMO_PASSWORD, '198.51.100.20');
    expect(own.statusCode, own.body).toBe(200);
  });

  it('M10 the wait doubles with each further failure from a source, up to an hour; waiting it out lets the source try again', async () => {
    expect([5, 6, 7, 8, 20].map((n) => backoffDelayMs(n, 5, DEFAULT_BACKOFF) / 60_000)).toEqual([1, 2, 4, 8, 60]);
    expect(backoffDelayMs(4, 5, DEFAULT_BACKOFF)).toBe(0);
    for (let i = 0; i < 5; i++) await login('manager@venlo', 'wrong', '203.0.113.9');
    s.advance(61_000);
    expect((await login('manager@venlo', 'wrong', '203.0.113.9')).statusCode).toBe(401);
    s.advance(61_000);
    // Sixth failure: two minutes now.
    expect((await login('manager@venlo', DEMO_PASSWORD, '203.0.113.9')).statusCode).toBe(429);
    s.advance(61_000);
    expect((await login('manager@venlo', DEMO_PASSWORD, '203.0.113.9')).statusCode).toBe(200);
  });

  it('M10 a distributed guess (many sources) slows the account for new sources, but not for a source the user signed in from before', async () => {
    expect((await login('privacy@venlo', DEMO_PASSWORD, '198.51.100.50')).statusCode).toBe(200);
    for (let source = 0; source < 6; source++) {
      for (let i = 0; i < 5; i++) await login('privacy@venlo', 'wrong', `203.0.113.${100 + source}`);
    }
    // 30 failures over all sources: a new source waits even with the right password…
    const fresh = await login('privacy@venlo', DEMO_PASSWORD, '203.0.113.200');
    expect(fresh.statusCode).toBe(429);
    // …the user's known address does not.
    expect((await login('privacy@venlo', DEMO_PASSWORD, '198.51.100.50')).statusCode).toBe(200);
    expect(await rulesOf(s.userId('privacy@venlo'))).toContain('backoff_account');
  });

  it('L5 unknown usernames are answered like known ones: same status codes, same back-off, same message', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      known.push((await login('statisticus@venlo', 'wrong', '203.0.113.33')).statusCode);
      unknown.push((await login('niemand-bestaat@venlo', 'wrong', '203.0.113.33')).statusCode);
    }
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    const a = await login('statisticus@venlo', 'wrong', '203.0.113.34');
    const b = await login('niemand-bestaat@venlo', 'wrong', '203.0.113.34');
    expect(b.json<{ error: unknown }>().error).toMatchObject({ code: a.json<{ error: { code: string } }>().error.code, message: a.json<{ error: { message: string } }>().error.message });
  });
});
