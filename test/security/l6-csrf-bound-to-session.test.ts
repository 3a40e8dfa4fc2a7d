/**
 * Finding L6 (penetration test 2026-12-06): the double-submit check compared only cookie and
 * header, so a planted `casustafel_csrf=attacker` cookie with `x-csrf-token: attacker` passed.
 * Now the token is derived from the session: only the value handed out at this session's login
 * passes, and one session's token does not work for another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

describe('L6 CSRF token bound to the session', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  const post = (cookie: string, token: string) =>
    s.handle.app.inject({ method: 'POST', url: '/api/incidents', headers: { cookie, 'x-csrf-token': token }, payload: { discoveredAt: '2026-06-01', summary: 'csrf-probe', caseIds: [] } });

  it('L6 a planted cookie and matching header are refused (403 csrf_token_mismatch); the session\'s own token passes', async () => {
    const cookie = await s.login('procesregisseur@venlo');
    const session = /casustafel_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    const own = /casustafel_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
    const planted = await post(`casustafel_session=${session}; casustafel_csrf=attacker`, 'attacker');
    expect(planted.statusCode).toBe(403);
    expect(planted.json<{ error: { reason: string } }>().error.reason).toBe('csrf_token_mismatch');
    expect((await post(`casustafel_session=${session}; casustafel_csrf=${own}`, own)).statusCode).toBe(201);
  });

  it('L6 another session\'s token does not work for this session', async () => {
    const mine = await s.login('procesregisseur@venlo');
    const theirs = await s.login('manager@venlo');
    const session = /casustafel_session=([^;]+)/.exec(mine)?.[1] ?? '';
    const otherToken = /casustafel_csrf=([^;]+)/.exec(theirs)?.[1] ?? '';
    const res = await post(`casustafel_session=${session}; casustafel_csrf=${otherToken}`, otherToken);
    expect(res.statusCode).toBe(403);
  });
});
