/**
 * Issue 19 item 6 (operations): structured JSON logs without personal data, Prometheus metrics
 * behind a token (or on a port of their own), compressed responses.
 */
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { startMetricsServer } from '../../src/ops/metrics-server.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
    done();
  },
});

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', METRICS_TOKEN: TOKEN, LOG: 'true' }), logger: createLogger(true, sink) });
});
afterAll(async () => {
  await s.close();
});

const registration = {
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name: 'Marieke Logboek', birthDate: '1980-04-02', address: 'Markt 1, Venlo', bsn: '111222333' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing', 'income_debts'],
  registration: { content: 'Geheime inhoud voor het logboek.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
};

describe('issue 19 operations', () => {
  it('logs: one JSON object per request with route pattern, status and duration, and no personal data, ids or query strings', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (await s.request('POST', '/api/cases', rn, registration)).json<{ id: string }>();
    await s.request('GET', `/api/cases/${created.id}?purpose=screening&name=Marieke`, rn);
    await s.request('POST', '/api/auth/login', undefined, { username: 'procesregisseur@noord-limburg', password: 'wrong-password-Marieke' });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = parsed.filter((l) => l['msg'] === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(3);
    const caseRead = requests.find((l) => (l['req'] as { route?: string }).route === '/api/cases/:caseId');
    expect(caseRead).toMatchObject({ service: 'casustafel', req: { method: 'GET', route: '/api/cases/:caseId' }, res: { status: 200 } });
    expect(typeof caseRead?.["ms"]).toBe("number");
    const all = lines.join('\n');
    for (const secret of ['Marieke', 'Logboek', '111222333', 'Geheime', created.id, 'wrong-password', 'purpose=screening', '127.0.0.1', 'casustafel_session']) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs: an error is logged by type and frames, never by its message', () => {
    const out: string[] = [];
    const logger = createLogger(true, new Writable({ write: (c: Buffer, _e, d) => (out.push(c.toString()), d()) }));
    logger.error({ err: Object.assign(new Error('duplicate key value (bsn_hash)=(Jan de Vries)'), { code: '23505' }) }, 'unexpected error');
    const line = JSON.parse(out.join('')) as { err: { type: string; code: string; frames: string[] } };
    expect(line.err.type).toBe('Error');
    expect(line.err.code).toBe('23505');
    expect(line.err.frames.length).toBeGreaterThan(0);
    expect(out.join('')).not.toContain('Jan de Vries');
  });

  it('metrics: /metrics refuses a request without the token and computes nothing', async () => {
    expect((await s.handle.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await s.handle.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-0123456789abc' } })).statusCode).toBe(401);
  });

  it('metrics: with the token, request latency per route, decisions per rule, audit lag and job runs', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (await s.request('POST', '/api/cases', rn, registration)).json<{ id: string; registrationId: string }>();
    // A refused read (P3: a purpose of another phase) and an allowed one.
    await s.request('GET', `/api/cases/${created.id}/contributions/${created.registrationId}?purpose=monitoring`, rn);
    await s.request('GET', `/api/cases/${created.id}/contributions/${created.registrationId}?purpose=screening`, rn);
    await s.handle.app.inject({ method: 'GET', url: '/api/health' });
    const res = await s.handle.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(text).toMatch(/casustafel_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [1-9]/);
    expect(text).toMatch(/casustafel_access_decisions_total\{outcome="deny",rule="P3",action="[a-z._]+"\} [1-9]/);
    expect(text).toMatch(/casustafel_access_decisions_total\{outcome="allow",[^}]*\} [1-9]/);
    expect(text).toMatch(/casustafel_audit_unsealed_records [1-9]/);
    expect(text).toMatch(/casustafel_audit_lag_seconds \d/);
    expect(text).toContain('casustafel_job_runs_total');
    expect(text).not.toContain(created.id);
  });

  it('metrics: on a port of their own, without a token', async () => {
    const server = await startMetricsServer(s.handle.metrics, '127.0.0.1', 0);
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('casustafel_http_request_duration_seconds');
      expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('compression: a large response is gzip-compressed when the client accepts it, plain otherwise', async () => {
    const zipped = await s.handle.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await s.handle.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });
});
