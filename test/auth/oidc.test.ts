/**
 * OpenID Connect login end to end against a real oidc-provider on 127.0.0.1 (dynamic port):
 * authorization code + PKCE + state + nonce, the claim mappings, and refusals.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const REDIRECT = 'http://127.0.0.1:3999/api/auth/oidc/callback';

interface Idp {
  readonly issuer: string;
  /** The account the next login at the provider signs in as. */
  login(accountId: string): void;
  close(): Promise<void>;
}

const ACCOUNTS: Record<string, Record<string, string>> = {
  anna: { name: 'Anna Procesregisseur', preferred_username: 'procesregisseur@noord-limburg' },
  bram: { name: 'Bram Onbekend', preferred_username: 'bram@nowhere' },
  carla: { name: 'Carla GGZ', preferred_username: 'carla', casustafel_partner: 'met-ggz', casustafel_role: 'professional' },
};

async function startIdp(): Promise<Idp> {
  let handler: Parameters<typeof createServer>[1] = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let current = 'anna';
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'casustafel', client_secret: 'test-secret-test-secret', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) }),
    claims: { amr: null, openid: ['sub', 'amr'], profile: ['name', 'preferred_username', 'casustafel_partner', 'casustafel_role'] },
    conformIdTokenClaims: false,
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['casustafel-test-cookie-key'] },
    features: { devInteractions: { enabled: false } },
  });
  const callback = provider.callback();
  handler = (req, res) => {
    if (!(req.url ?? '').startsWith('/interaction/')) {
      callback(req, res);
      return;
    }
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        await provider.interactionFinished(req, res, { login: { accountId: current, amr: ['pwd', 'otp'] } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = new provider.Grant({ accountId: details.session?.accountId ?? current, clientId: String(details.params['client_id']) });
      grant.addOIDCScope('openid profile');
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  };
  return {
    issuer,
    login: (id) => {
      current = id;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Follows the browser's redirects through the provider; returns the callback URL it lands on. */
async function throughProvider(authUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authUrl);
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (location === null) throw new Error(`provider stopped at ${url.href}: ${res.status} ${await res.text()}`);
    url = new URL(location, url);
    if (url.href.startsWith(REDIRECT)) return url;
  }
  throw new Error('too many redirects');
}

async function signIn(s: TestServer, idp: Idp, account: string) {
  idp.login(account);
  const start = await s.request('GET', '/api/auth/oidc/start');
  expect(start.statusCode, start.body).toBe(302);
  const flow = start.cookies.find((c) => c.name === 'casustafel_oidc');
  expect(flow?.httpOnly).toBe(true);
  const authUrl = new URL(String(start.headers.location));
  expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authUrl.searchParams.get('state')).toBeTruthy();
  expect(authUrl.searchParams.get('nonce')).toBeTruthy();
  const back = await throughProvider(authUrl.href);
  const res = await s.handle.app.inject({ method: 'GET', url: `/api/auth/oidc/callback${back.search}`, headers: { cookie: `casustafel_oidc=${flow?.value ?? ''}` } });
  return { res, back, flow: flow?.value ?? '' };
}

const sessionCookie = (res: { cookies: { name: string; value: string }[] }): string =>
  res.cookies
    .filter((c) => c.name === 'casustafel_session' || c.name === 'casustafel_csrf')
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');

describe('OIDC login (username claim)', () => {
  let idp: Idp;
  let s: TestServer;
  beforeAll(async () => {
    idp = await startIdp();
    s = await startTestServer({
      config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'casustafel', OIDC_CLIENT_SECRET: 'test-secret-test-secret', OIDC_REDIRECT_URI: REDIRECT, OIDC_ALLOW_HTTP: 'true', OIDC_REQUIRED_AMR: 'otp' }),
    });
  });
  afterAll(async () => {
    await s.close();
    await idp.close();
  });

  it('code flow with PKCE, state and nonce signs the mapped account in with a two-factor session, audited', async () => {
    const { res } = await signIn(s, idp, 'anna');
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/');
    const me = await s.request('GET', '/api/auth/me', sessionCookie(res));
    expect(me.statusCode).toBe(200);
    expect(me.json<{ userId: string; secondFactor: boolean }>()).toMatchObject({ userId: s.userId('procesregisseur@noord-limburg'), secondFactor: true });
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'rule']).where('action', '=', 'auth.oidc.login').execute();
    expect(audited).toContainEqual({ outcome: 'allow', rule: 'second_factor' });
  });

  it('a callback whose state does not match the flow cookie is refused', async () => {
    idp.login('anna');
    const first = await s.request('GET', '/api/auth/oidc/start');
    const second = await s.request('GET', '/api/auth/oidc/start');
    const back = await throughProvider(String(first.headers.location));
    const otherFlow = second.cookies.find((c) => c.name === 'casustafel_oidc')?.value ?? '';
    const res = await s.handle.app.inject({ method: 'GET', url: `/api/auth/oidc/callback${back.search}`, headers: { cookie: `casustafel_oidc=${otherFlow}` } });
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((c) => c.name === 'casustafel_session')).toBeUndefined();
    const noCookie = await s.handle.app.inject({ method: 'GET', url: `/api/auth/oidc/callback${back.search}` });
    expect(noCookie.statusCode).toBe(401);
  });

  it('an identity without a Casustafel account is refused and the refusal is audited', async () => {
    const { res } = await signIn(s, idp, 'bram');
    expect(res.statusCode).toBe(401);
    const audited = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('action', '=', 'auth.oidc.login').where('rule', '=', 'unknown_identity').execute();
    expect(audited).toEqual([{ outcome: 'deny' }]);
  });
});

describe('OIDC login (partner and role claims)', () => {
  let idp: Idp;
  let s: TestServer;
  beforeAll(async () => {
    idp = await startIdp();
    s = await startTestServer({
      config: loadConfig({
        DEMO: 'on',
        NODE_ENV: 'test',
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: 'casustafel',
        OIDC_CLIENT_SECRET: 'test-secret-test-secret',
        OIDC_REDIRECT_URI: REDIRECT,
        OIDC_ALLOW_HTTP: 'true',
        OIDC_MAPPING: 'partner_role',
        OIDC_COLLABORATION: 'zvh-noord-limburg',
      }),
    });
  });
  afterAll(async () => {
    await s.close();
    await idp.close();
  });

  it('creates the account for the claimed partner and role; without declaration and VOG it reaches no personal data', async () => {
    const { res } = await signIn(s, idp, 'carla');
    expect(res.statusCode, res.body).toBe(303);
    const me = (await s.request('GET', '/api/auth/me', sessionCookie(res))).json<{ role: string; partnerId: string; personalDataBlock: string | null }>();
    expect(me.role).toBe('professional');
    expect(me.partnerId).toBe(s.partnerId('zvh-noord-limburg', 'met-ggz'));
    expect(me.personalDataBlock).toBe('no_confidentiality_declaration');
    const user = await s.deps.database.db.selectFrom('users').select(['username', 'password_hash']).where('username', '=', 'oidc:carla').executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
  });
});
