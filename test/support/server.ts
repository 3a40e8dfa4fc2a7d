/**
 * An in-process server for HTTP integration tests: a fresh database (PGlite in memory, or a
 * fresh PostgreSQL database when DATABASE_URL is set), the demo organisation, a fake clock.
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import type { ServiceDeps } from '../../src/services/ports.js';
import { startServer } from '../../src/server.js';
import type { ServerHandle, StartOptions } from '../../src/server.js';
import { openTestDatabase } from './db.js';

export interface TestServer {
  readonly handle: ServerHandle;
  readonly deps: ServiceDeps;
  /** Moves the fake clock. */
  advance(ms: number): void;
  setNow(date: Date): void;
  login(username: string, password?: string): Promise<string>;
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, cookie?: string, body?: unknown): Promise<LightMyRequestResponse>;
  userId(username: string): string;
  partnerId(collaboration: string, slug: string): string;
  collaborationId(slug: string): string;
  close(): Promise<void>;
}

export async function startTestServer(options: Partial<StartOptions> = {}): Promise<TestServer> {
  let now = new Date('2026-06-01T09:00:00Z');
  const database = options.database ?? (await openTestDatabase());
  const handle = await startServer({
    config: loadConfig({ DEMO: 'on', NODE_ENV: 'test' }),
    database,
    keys: createMasterKeyRing(masterKeyFromBytes(randomBytes(32))),
    now: () => now,
    sealEveryMs: 0,
    log: () => undefined,
    ...options,
  });
  const users = new Map<string, string>();
  const collaborations = new Map<string, { id: string; partners: ReadonlyMap<string, string> }>();
  for (const s of handle.demo ?? []) {
    for (const [u, id] of s.users) users.set(u, id);
    collaborations.set(s.config.id, { id: s.installed.id, partners: s.installed.partners });
  }
  // The cookie string from login() carries the CSRF cookie too; repeat it in the header (double submit).
  const request: TestServer['request'] = (method, url, cookie, body) => {
    const csrf = cookie === undefined ? undefined : /(?:^|;\s*)casustafel_csrf=([^;]+)/.exec(cookie)?.[1];
    const headers = cookie === undefined ? undefined : { cookie, ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) };
    return handle.app.inject({ method, url, ...(headers === undefined ? {} : { headers }), ...(body === undefined ? {} : { payload: body as object }) });
  };
  return {
    handle,
    deps: handle.deps,
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    setNow: (date) => {
      now = date;
    },
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await request('POST', '/api/auth/login', undefined, { username, password });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'casustafel_session');
      const csrf = res.cookies.find((c) => c.name === 'casustafel_csrf');
      if (cookie === undefined || csrf === undefined) throw new Error('no session or CSRF cookie');
      return `casustafel_session=${cookie.value}; casustafel_csrf=${csrf.value}`;
    },
    request,
    userId: (username) => {
      const id = users.get(username);
      if (id === undefined) throw new Error(`unknown demo user ${username}`);
      return id;
    },
    partnerId: (collaboration, slug) => {
      const id = collaborations.get(collaboration)?.partners.get(slug);
      if (id === undefined) throw new Error(`unknown partner ${collaboration}/${slug}`);
      return id;
    },
    collaborationId: (slug) => {
      const id = collaborations.get(slug)?.id;
      if (id === undefined) throw new Error(`unknown collaboration ${slug}`);
      return id;
    },
    close: () => handle.close(),
  };
}

/**
 * Signs each user in once for a whole test file and keeps the cookie (sign-ins are rate-limited per
 * account, and the rate limit is not what these files test). `server` is read at the first sign-in,
 * so the server may be started in `beforeAll`.
 */
export function signInOnce(server: () => TestServer): (username: string) => Promise<string> {
  const cookies = new Map<string, string>();
  return async (username) => {
    const cookie = cookies.get(username) ?? (await server().login(username));
    cookies.set(username, cookie);
    return cookie;
  };
}
