/**
 * Finding H1 (penetration test 2026-12-06): a password-only session reached the API through an
 * absolute-form request target (`GET http://x/api/cases`), because the enrolment gate tested the
 * URL text while Fastify routed by path. Now absolute-form targets are refused, and "enrolment
 * only" is a property of the session that every route checks on the route it matched.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { seedDemoOrganisation } from '../../src/services/demo/seed-demo.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { rawRequest } from './raw-http.js';

describe('H1 second factor cannot be skipped (production mode, TOTP required)', () => {
  let s: TestServer;
  let port: number;
  let cookie: string;
  let csrf: string;
  let caseId: string;

  beforeAll(async () => {
    s = await startTestServer({ config: loadConfig({ DEMO: 'off', NODE_ENV: 'test' }) });
    await seedDemoOrganisation(s.deps);
    await s.handle.app.listen({ port: 0, host: '127.0.0.1' });
    port = (s.handle.app.server.address() as AddressInfo).port;
    const res = await s.request('POST', '/api/auth/login', undefined, { username: 'politie-limburg@noord-limburg', password: DEMO_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ enrolmentRequired: boolean }>().enrolmentRequired).toBe(true);
    const session = res.cookies.find((c) => c.name === 'casustafel_session')?.value ?? '';
    csrf = res.cookies.find((c) => c.name === 'casustafel_csrf')?.value ?? '';
    cookie = `casustafel_session=${session}; casustafel_csrf=${csrf}`;
    const row = await s.deps.database.db.selectFrom('cases').select('id').limit(1).executeTakeFirst();
    caseId = row?.id ?? '00000000-0000-4000-8000-000000000000';
  });
  afterAll(async () => {
    await s.close();
  });

  it('H1 the origin-form request is refused with the enrolment rule', async () => {
    const res = await rawRequest(port, 'GET /api/cases HTTP/1.1', { cookie });
    expect(res.status).toBe(403);
    expect(res.body).toContain('second_factor_enrolment_required');
  });

  it('H1 an absolute-form request target is refused before routing (GET and POST)', async () => {
    for (const target of ['http://x/api/cases', `http://x/api/cases/${caseId}`, 'http://127.0.0.1/api/incidents', 'https://x/api/auth/me']) {
      const res = await rawRequest(port, `GET ${target} HTTP/1.1`, { cookie });
      expect(res.status, target).toBe(400);
      expect(res.body, target).toContain('request_target_not_origin_form');
      expect(res.body).not.toContain('"title"');
    }
    const body = JSON.stringify({ discoveredAt: '2026-06-01', summary: 'absolute-form write', caseIds: [] });
    const write = await rawRequest(port, 'POST http://x/api/incidents HTTP/1.1', { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body);
    expect(write.status).toBe(400);
    const written = await s.deps.database.db.selectFrom('incidents').select('id').execute();
    expect(written).toHaveLength(0);
  });

  it('H1 other path tricks still reach no route as a full session', async () => {
    for (const target of ['//api/cases', '/API/cases', '/api//cases', '/api/%63ases', '/./api/cases', '/api/auth/me/../../api/cases', '/api/auth/me;/../../cases', '/api/cases%3f/api/auth/me', '/api/cases?x=/api/auth/me']) {
      const res = await rawRequest(port, `GET ${target} HTTP/1.1`, { cookie });
      expect(res.body, target).not.toContain('"number"');
      expect([400, 403, 404, 200].includes(res.status), `${target}: ${res.status}`).toBe(true);
      if (res.status === 200) expect(res.body, target).toMatch(/^<!doctype html>/i);
    }
  });

  it('H1 enrolment-only is a property of the session: every API route with a session refuses it, enrolment routes allow it', async () => {
    const spec = (await s.request('GET', '/api/openapi.json')).json<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>();
    const allowed = new Set(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/totp/enrol', 'POST /api/auth/totp/confirm']);
    let checked = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (op.security === undefined) continue;
        const key = `${method.toUpperCase()} ${path}`;
        if (allowed.has(key)) continue;
        const url = path.replace(/\{[^}]+\}/g, caseId);
        const res = await s.request(method.toUpperCase() as 'GET', url, cookie, method === 'get' ? undefined : {});
        expect(res.statusCode, key).toBe(403);
        expect(res.json<{ error: { reason: string } }>().error.reason, key).toBe('second_factor_enrolment_required');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(80);
    const me = await rawRequest(port, 'GET /api/auth/me HTTP/1.1', { cookie });
    expect(me.status).toBe(200);
    expect(me.body).toContain('"enrolmentRequired":true');
    const enrol = await s.request('POST', '/api/auth/totp/enrol', cookie);
    expect(enrol.statusCode, enrol.body).toBe(200);
  });

  it('H1 the web UI still loads for a session that must enrol', async () => {
    const res = await rawRequest(port, 'GET / HTTP/1.1', { cookie });
    expect(res.status).toBe(200);
  });

  it('H1 the refusal is audited as a denial with the enrolment rule', async () => {
    const rows = await s.deps.database.db.selectFrom('audit_log').select(['action', 'rule']).where('outcome', '=', 'deny').where('rule', '=', 'second_factor_enrolment_required').execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});
