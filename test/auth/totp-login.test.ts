import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { base32Decode, hotp, totpStep } from '../../src/services/auth/totp.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { seedDemoOrganisation } from '../../src/services/demo/seed-demo.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

type Enrolment = { otpauthUri: string; secret: string; qrSvg: string; qrDataUrl: string };

const codeAt = (s: TestServer, secret: string, offsetSteps = 0): string => hotp(base32Decode(secret), totpStep(s.deps.now().getTime()) + offsetSteps);

async function passwordLogin(s: TestServer, username: string, totp?: string) {
  return s.request('POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD, ...(totp === undefined ? {} : { totp }) });
}

function cookieOf(res: Awaited<ReturnType<TestServer['request']>>): string {
  const session = res.cookies.find((c) => c.name === 'casustafel_session')?.value;
  const csrf = res.cookies.find((c) => c.name === 'casustafel_csrf')?.value;
  return `casustafel_session=${session ?? ''}; casustafel_csrf=${csrf ?? ''}`;
}

async function enrolAndConfirm(s: TestServer, cookie: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrol = await s.request('POST', '/api/auth/totp/enrol', cookie);
  expect(enrol.statusCode, enrol.body).toBe(200);
  const e = enrol.json<Enrolment>();
  const confirm = await s.request('POST', '/api/auth/totp/confirm', cookie, { code: codeAt(s, e.secret) });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { secret: e.secret, recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

describe('TOTP in demo mode (optional)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it('enrolment returns an otpauth URI and a QR code as SVG and data URL; the secret is stored encrypted', async () => {
    const cookie = await s.login('manager@venlo');
    const res = await s.request('POST', '/api/auth/totp/enrol', cookie);
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json<Enrolment>();
    expect(e.otpauthUri).toMatch(/^otpauth:\/\/totp\/Casustafel:manager%40venlo\?secret=/);
    expect(e.qrSvg).toContain('<svg');
    expect(e.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const row = await s.deps.database.db.selectFrom('users').select(['totp_secret', 'totp_enrolled_at']).where('username', '=', 'manager@venlo').executeTakeFirstOrThrow();
    expect(row.totp_enrolled_at).toBeNull();
    expect(row.totp_secret).not.toBeNull();
    expect(row.totp_secret!.includes(base32Decode(e.secret))).toBe(false);
    // Not yet confirmed: the password alone still signs in.
    expect((await passwordLogin(s, 'manager@venlo')).statusCode).toBe(200);
  });

  it('a wrong first code does not activate TOTP; the right one does and returns ten recovery codes', async () => {
    const cookie = await s.login('privacy@venlo');
    const e = (await s.request('POST', '/api/auth/totp/enrol', cookie)).json<Enrolment>();
    const wrong = await s.request('POST', '/api/auth/totp/confirm', cookie, { code: codeAt(s, e.secret, 5) });
    expect(wrong.statusCode).toBe(400);
    const ok = await s.request('POST', '/api/auth/totp/confirm', cookie, { code: codeAt(s, e.secret) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    const again = await s.request('POST', '/api/auth/totp/enrol', cookie);
    expect(again.statusCode).toBe(409);
  });

  it('after enrolment the password alone is refused; a current code signs in; the same code is not accepted twice', async () => {
    const { secret } = await enrolAndConfirm(s, await s.login('beheerder@venlo'));
    expect((await passwordLogin(s, 'beheerder@venlo')).statusCode).toBe(401);
    s.advance(30_000);
    const code = codeAt(s, secret);
    const first = await passwordLogin(s, 'beheerder@venlo', code);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ secondFactor: string }>().secondFactor).toBe('verified');
    const replay = await passwordLogin(s, 'beheerder@venlo', code);
    expect(replay.statusCode).toBe(401);
    const denials = await s.deps.database.db.selectFrom('audit_log').select('rule').where('action', '=', 'auth.login').where('outcome', '=', 'deny').where('user_id', '=', s.userId('beheerder@venlo')).execute();
    expect(denials.map((d) => d.rule)).toContain('second_factor');
  });

  it('a recovery code signs in once instead of a TOTP code', async () => {
    const { recoveryCodes } = await enrolAndConfirm(s, await s.login('statisticus@venlo'));
    const code = recoveryCodes[0] ?? '';
    expect((await passwordLogin(s, 'statisticus@venlo', code)).statusCode).toBe(200);
    expect((await passwordLogin(s, 'statisticus@venlo', code)).statusCode).toBe(401);
    expect((await passwordLogin(s, 'statisticus@venlo', recoveryCodes[1])).statusCode).toBe(200);
  });
});

describe('TOTP outside demo mode (required)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: loadConfig({ DEMO: 'off', NODE_ENV: 'test' }) });
    await seedDemoOrganisation(s.deps);
  });
  afterAll(async () => {
    await s.close();
  });

  it('a user without TOTP gets a session limited to enrolment; confirming upgrades it to a full session', async () => {
    const res = await passwordLogin(s, 'procesregisseur@noord-limburg');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ enrolmentRequired: boolean }>().enrolmentRequired).toBe(true);
    const cookie = cookieOf(res);
    const cases = await s.request('GET', '/api/cases', cookie);
    expect(cases.statusCode).toBe(403);
    expect(cases.json<{ error: { reason: string } }>().error.reason).toBe('second_factor_enrolment_required');
    const me = await s.request('GET', '/api/auth/me', cookie);
    expect(me.json<{ enrolmentRequired: boolean }>().enrolmentRequired).toBe(true);
    const { secret } = await enrolAndConfirm(s, cookie);
    expect((await s.request('GET', '/api/cases', cookie)).statusCode).toBe(200);
    // The next login needs the code.
    expect((await passwordLogin(s, 'procesregisseur@noord-limburg')).statusCode).toBe(401);
    s.advance(30_000);
    const full = await passwordLogin(s, 'procesregisseur@noord-limburg', codeAt(s, secret));
    expect(full.json<{ enrolmentRequired: boolean }>().enrolmentRequired).toBe(false);
    expect((await s.request('GET', '/api/cases', cookieOf(full))).statusCode).toBe(200);
  });
});
