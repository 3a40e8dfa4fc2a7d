/**
 * Finding L4 (penetration test 2026-12-06): a NUL byte in a text value reached PostgreSQL and
 * gave a 500, also on the unauthenticated login. Now every documented operation refuses NUL and
 * the other control characters (except tab, line feed, carriage return) in any string of its
 * body, query or path with a 400 that names the field, before anything is read or written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };
type Operation = { security?: unknown[]; parameters?: { in: string; name: string }[]; requestBody?: { content?: { 'application/json'?: { schema?: Schema } } } };

/** A value of the schema's shape with `bad` in every string (the first variant of a union). */
function poisoned(schema: Schema | undefined, bad: string, depth = 0): unknown {
  if (schema === undefined || depth > 6) return bad;
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant !== undefined) return poisoned(variant, bad, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' || schema.properties !== undefined) {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, poisoned(v, bad, depth + 1)]));
  }
  if (type === 'array') return [poisoned(schema.items, bad, depth + 1)];
  if (type === 'number' || type === 'integer' || type === 'boolean') return bad;
  return bad;
}

const CONTROL_VALUES = ['a\u0000b', 'x\u001by', 'x\u007fy'];

describe('L4 control characters in input', () => {
  let s: TestServer;
  let cookie: string;
  let spec: { paths: Record<string, Record<string, Operation>> };
  const someId = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    s = await startTestServer();
    cookie = await s.login('procesregisseur@venlo');
    spec = (await s.request('GET', '/api/openapi.json')).json();
  });
  afterAll(async () => {
    await s.close();
  });

  it('L4 the unauthenticated login with NUL in the username or password gives 400 naming the field, not 500', async () => {
    for (const body of [{ username: 'a\u0000b', password: 'x' }, { username: 'procesregisseur@venlo', password: 'demo\u0000' }]) {
      const res = await s.request('POST', '/api/auth/login', undefined, body);
      expect(res.statusCode, res.body).toBe(400);
      const error = res.json<{ error: { code: string; fields: { field: string }[]; message: string } }>().error;
      expect(error.code).toBe('validation_failed');
      expect(error.fields[0]?.field).toBe(Object.keys(body).find((k) => (body as Record<string, string>)[k]?.includes('\u0000')));
      expect(error.message).toMatch(/stuurteken/);
    }
  });

  it('L4 the reproductions: audit filter and incident summary with NUL give 400', async () => {
    const audit = await s.request('GET', '/api/audit?action=a%00b', await s.login('privacy@venlo'));
    expect(audit.statusCode, audit.body).toBe(400);
    expect(audit.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('query.action');
    const incident = await s.request('POST', '/api/incidents', cookie, { discoveredAt: '2026-06-01', summary: 'a\u0000b', caseIds: [] });
    expect(incident.statusCode, incident.body).toBe(400);
    expect(incident.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('summary');
    expect(await s.deps.database.db.selectFrom('incidents').select('id').execute()).toHaveLength(0);
  });

  it('L4 every documented operation refuses NUL and other control characters in its body, query and path, with 400 and no stack trace', async () => {
    let operations = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const body = op.requestBody?.content?.['application/json']?.schema;
        const query = (op.parameters ?? []).filter((p) => p.in === 'query');
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        for (const bad of CONTROL_VALUES) {
          const urlWithIds = path.replace(/\{[^}]+\}/g, someId);
          const attempts: { url: string; payload?: unknown; where: string }[] = [];
          if (body !== undefined && method !== 'get') {
            const payload = poisoned(body, bad);
            attempts.push({ url: urlWithIds, payload: typeof payload === 'object' && payload !== null && Object.keys(payload).length > 0 ? payload : { text: bad }, where: 'body' });
          }
          for (const q of query) attempts.push({ url: `${urlWithIds}?${q.name}=${encodeURIComponent(bad)}`, where: `query.${q.name}` });
          for (const p of pathParams) {
            const url = path.replace(/\{[^}]+\}/g, (m) => (m === `{${p.name}}` ? encodeURIComponent(bad) : someId));
            attempts.push({ url, where: `params.${p.name}` });
          }
          for (const attempt of attempts) {
            const res = await s.request(method.toUpperCase() as 'POST', attempt.url, cookie, attempt.payload ?? (method === 'get' ? undefined : {}));
            const key = `${method.toUpperCase()} ${attempt.url} (${attempt.where}, ${JSON.stringify(bad)})`;
            expect(res.statusCode, `${key}: ${res.body}`).toBe(400);
            expect(res.body, key).not.toMatch(/at .+\.(ts|js):\d+/);
            if (attempt.where !== 'body') expect(res.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field, key).toBe(attempt.where);
            operations += 1;
          }
        }
      }
    }
    expect(operations).toBeGreaterThan(300);
  });

  it('L4 tab, line feed and carriage return stay allowed in free text', async () => {
    const res = await s.request('POST', '/api/incidents', cookie, { discoveredAt: '2026-06-01', summary: 'regel 1\r\nregel\t2', caseIds: [] });
    expect(res.statusCode, res.body).toBe(201);
  });
});
