import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const MINUTE = 60_000;

describe('sessions and requests (ASVS V3, V7)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', LOGIN_RATE_LIMIT_MAX: '8' }) });
  });
  afterAll(async () => {
    await s.close();
  });

  it('idle timeout: a session unused for 15 minutes is ended; activity within 15 minutes keeps it', async () => {
    const cookie = await s.login('manager@noord-limburg');
    s.advance(14 * MINUTE);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    s.advance(14 * MINUTE);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    s.advance(15 * MINUTE);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
    s.advance(MINUTE);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it('absolute timeout: a session ends after 10 hours however active it is', async () => {
    const cookie = await s.login('ondersteuner@noord-limburg');
    for (let i = 0; i < 39; i++) {
      s.advance(15 * MINUTE - 1000);
      expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    }
    s.advance(15 * MINUTE);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it('logout ends the server-side session: the old cookie no longer works', async () => {
    const cookie = await s.login('privacy@noord-limburg');
    expect((await s.request('POST', '/api/auth/logout', cookie)).statusCode).toBe(204);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
    const row = await s.deps.database.db.selectFrom('sessions').select('revoked_at').where('user_id', '=', s.userId('privacy@noord-limburg')).executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'partner_id']).where('action', '=', 'auth.logout').where('user_id', '=', s.userId('privacy@noord-limburg')).execute();
    expect(audited).toEqual([{ outcome: 'allow', partner_id: expect.any(String) as string }]);
  });

  it('activity is written at most every 30 seconds: the idle timeout can end a session sooner, never later', async () => {
    const cookie = await s.login('manager@midden-limburg');
    const lastSeen = async (): Promise<number> =>
      (await s.deps.database.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', s.userId('manager@midden-limburg')).where('revoked_at', 'is', null).executeTakeFirstOrThrow()).last_seen_at.getTime();
    const atLogin = await lastSeen();
    s.advance(20_000);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    expect(await lastSeen()).toBe(atLogin);
    s.advance(20_000);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    expect(await lastSeen()).toBe(atLogin + 40_000);
    s.advance(15 * MINUTE - 10_000);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    s.advance(15 * MINUTE);
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
    expect((await s.request('POST', '/api/auth/logout', cookie)).statusCode).toBe(401);
  });

  it('cookies: session HttpOnly + SameSite=Strict; no Secure and no HSTS without TLS', async () => {
    const res = await s.request('POST', '/api/auth/login', undefined, { username: 'manager@venlo', password: DEMO_PASSWORD });
    const session = res.cookies.find((c) => c.name === 'casustafel_session');
    const csrf = res.cookies.find((c) => c.name === 'casustafel_csrf');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    expect(session?.secure).toBeUndefined();
    expect(csrf?.httpOnly).toBeUndefined();
    expect(res.json<{ csrfToken: string }>().csrfToken).toBe(csrf?.value);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('CSRF: a state-changing request with the session cookie but without the token is refused and audited', async () => {
    const cookie = await s.login('manager@midden-limburg');
    const sessionOnly = cookie.split('; ')[0]!;
    const noHeader = await s.handle.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json<{ error: { reason: string } }>().error.reason).toBe('csrf_token_mismatch');
    const wrong = await s.handle.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    const noCookie = await s.handle.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: sessionOnly, 'x-csrf-token': 'forged' } });
    expect(noCookie.statusCode).toBe(403);
    // The session survived the forged requests; with the token the same request works.
    expect((await s.request('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('rule', '=', 'csrf_token_mismatch').where('user_id', '=', s.userId('manager@midden-limburg')).execute();
    expect(audited).toHaveLength(3);
    expect(audited.every((a) => a.outcome === 'deny' && a.action === 'request.post')).toBe(true);
    expect((await s.request('POST', '/api/auth/logout', cookie)).statusCode).toBe(204);
  });

  it('CSRF: reads and the login itself need no token', async () => {
    const cookie = await s.login('manager@maastricht');
    expect((await s.handle.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const relogin = await s.handle.app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie }, payload: { username: 'manager@maastricht', password: DEMO_PASSWORD } });
    expect(relogin.statusCode).toBe(200);
  });

  it('M10 login back-off: five wrong passwords make that source wait (even with the right password), another source still signs in; all audited', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await s.request('POST', '/api/auth/login', undefined, { username: 'statisticus@noord-limburg', password: 'wrong' });
      expect(res.statusCode).toBe(401);
    }
    const waiting = await s.request('POST', '/api/auth/login', undefined, { username: 'statisticus@noord-limburg', password: DEMO_PASSWORD });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json<{ error: { reason: string } }>().error.reason).toBe('login_backoff');
    const elsewhere = await s.handle.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '192.0.2.7', payload: { username: 'statisticus@noord-limburg', password: DEMO_PASSWORD } });
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
    s.advance(2 * MINUTE);
    expect((await s.request('POST', '/api/auth/login', undefined, { username: 'statisticus@noord-limburg', password: DEMO_PASSWORD })).statusCode).toBe(200);
    const rules = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['rule', 'outcome'])
      .where('action', '=', 'auth.login')
      .where('user_id', '=', s.userId('statisticus@noord-limburg'))
      .orderBy('id')
      .execute();
    expect(rules.map((r) => r.rule)).toEqual(['password', 'password', 'password', 'password', 'backoff_now', 'backoff', 'password_only', 'password_only']);
  });

  it('rate limiting per IP and username: the ninth attempt within the window is refused with 429, another username is not', async () => {
    // Right passwords, so the back-off after failures (M10) plays no part: the limit counts every attempt.
    const attempt = (username: string) => s.request('POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD });
    for (let i = 0; i < 8; i++) expect((await attempt('procesregisseur@venlo')).statusCode).toBe(200);
    const limited = await attempt('procesregisseur@venlo');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
    expect((await attempt('manager@venlo')).statusCode).toBe(200);
    const audited = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('rule', '=', 'rate_limited').execute();
    expect(audited.length).toBeGreaterThanOrEqual(1);
  });

  it('request size: a body over the limit is refused (400/413) without a stack trace', async () => {
    const big = { username: 'x', password: 'y'.repeat(300 * 1024) };
    const res = await s.request('POST', '/api/auth/login', undefined, big);
    expect([400, 413]).toContain(res.statusCode);
    expect(res.body).not.toMatch(/at .+\.(ts|js):\d+/);
    expect(res.json<{ error: { code: string; messages: { nl: string; en: string } } }>().error.messages.en).toMatch(/too large/);
    const bad = await s.handle.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/SyntaxError|at .+:\d+/);
  });

  it('§4 P1: when the notice period of the partner ends, the next request starts no case (refused with P1, audited); the professional only finishes running cases (seed 000 art. 13.2)', async () => {
    const cookie = await s.login('woonwenz@noord-limburg');
    const before = await s.request('GET', '/api/cases', cookie);
    expect(before.statusCode).toBe(200);
    const partnerId = s.partnerId('zvh-noord-limburg', 'woonwenz');
    await s.deps.database.db.updateTable('partners').set({ notice_given_at: s.deps.now(), ends_at: new Date(s.deps.now().getTime() + 10 * MINUTE) }).where('id', '=', partnerId).execute();
    s.advance(5 * MINUTE);
    expect((await s.request('GET', '/api/cases', cookie)).statusCode).toBe(200);
    s.advance(6 * MINUTE);
    const after = await s.request('GET', '/api/cases', cookie);
    expect(after.statusCode).toBe(200);
    // The same running cases as before, nothing new: the list never grows after leaving.
    const ids = (res: typeof after) => res.json<{ id: string }[]>().map((c) => c.id).sort();
    expect(ids(after).every((id) => ids(before).includes(id))).toBe(true);
    const refused = await s.request('POST', '/api/cases', cookie, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Nieuwe Persoon' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgen over de woonsituatie.', basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging vastgelegd' } },
    });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json<{ error: { rule: string } }>().error.rule).toBe('P1');
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'rule', 'partner_id']).where('partner_id', '=', partnerId).where('outcome', '=', 'deny').execute();
    expect(audited.length).toBeGreaterThan(0);
  });
});

describe('behind TLS', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', TLS: 'true' }) });
  });
  afterAll(async () => {
    await s.close();
  });

  it('cookies get the Secure flag and responses carry HSTS', async () => {
    const res = await s.request('POST', '/api/auth/login', undefined, { username: 'manager@venlo', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    for (const name of ['casustafel_session', 'casustafel_csrf']) expect(res.cookies.find((c) => c.name === name)?.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
