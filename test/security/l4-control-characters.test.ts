/**
 * Finding L4 (penetration test 2026-12-06): a NUL byte in a text value reached PostgreSQL and
 * gave a 500, also on the unauthenticated login. Now every documented operation refuses NUL and
 * the other control characters (except tab, line feed, carriage return) in any string of its
 * body, query or path with a 400 that names the field, before anything is read or written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlCharacterAt } from '../../src/api/route.js';
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

/** Every control character (Unicode Cc) the system refuses: C0 without tab, LF and CR, DEL, and C1. */
const REFUSED: readonly number[] = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
];
const C0 = REFUSED.filter((c) => c < 0x20 && c !== 0);
const C1 = REFUSED.filter((c) => c >= 0x80);

/**
 * The values sent to one operation: NUL, DEL and, rotating over the operations, one other C0 and
 * one C1 character, so the walk sends every refused character to several operations.
 */
function controlValues(operation: number): string[] {
  const c0 = C0[operation % C0.length] ?? 0x1b;
  const c1 = C1[operation % C1.length] ?? 0x85;
  return ['a\u0000b', `x${String.fromCharCode(c0)}y`, 'x\u007fy', `x${String.fromCharCode(c1)}y`];
}

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

  it('L4 exactly the control characters are refused: every code point of the Basic Multilingual Plane checked', () => {
    const refused: number[] = [];
    const refusedKeys: number[] = [];
    for (let c = 0; c <= 0xffff; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (controlCharacterAt({ text: `a${ch}b` }) !== null) refused.push(c);
      if (controlCharacterAt({ [`k${ch}`]: 'v' }) !== null) refusedKeys.push(c);
    }
    expect(refused).toEqual(REFUSED);
    expect(refusedKeys).toEqual(REFUSED);
    expect(refused).toHaveLength(62);
    expect(controlCharacterAt({ a: [{ b: 'x\u0085y' }] })).toEqual(['a', '0', 'b']);
  });

  it('L4 every documented operation refuses NUL and other control characters in its body, query and path, with 400 naming the field and no stack trace', async () => {
    let requests = 0;
    let operation = 0;
    const sent = new Set<number>();
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const body = op.requestBody?.content?.['application/json']?.schema;
        const query = (op.parameters ?? []).filter((p) => p.in === 'query');
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        operation += 1;
        for (const bad of controlValues(operation)) {
          for (const ch of bad) sent.add(ch.charCodeAt(0));
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
          // An operation that documents no input still gets one: an undocumented query parameter
          // (reads) or body (writes) carrying the character must be refused as well.
          if (attempts.length === 0) {
            if (method === 'get') attempts.push({ url: `${urlWithIds}?x=${encodeURIComponent(bad)}`, where: 'query.x' });
            else attempts.push({ url: urlWithIds, payload: { note: bad }, where: 'body' });
          }
          for (const attempt of attempts) {
            const res = await s.request(method.toUpperCase() as 'POST', attempt.url, cookie, attempt.payload ?? (method === 'get' ? undefined : {}));
            const key = `${method.toUpperCase()} ${attempt.url} (${attempt.where}, ${JSON.stringify(bad)})`;
            expect(res.statusCode, `${key}: ${res.body}`).toBe(400);
            expect(res.body, key).not.toMatch(/at .+\.(ts|js):\d+/);
            // The refusal is the control-character rule (not some other validation), naming the field.
            const error = res.json<{ error: { message: string; fields: { field: string }[] } }>().error;
            expect(error.message, key).toMatch(/stuurteken/);
            if (attempt.where !== 'body') expect(error.fields[0]?.field, key).toBe(attempt.where);
            else expect(error.fields[0]?.field, key).not.toMatch(/^(query|params)\./);
            requests += 1;
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
    // Every refused character reached the API at least once.
    expect(REFUSED.filter((c) => !sent.has(c))).toEqual([]);
    expect(operation).toBeGreaterThan(130);
  });

  it('L4 tab, line feed and carriage return stay allowed in free text', async () => {
    const res = await s.request('POST', '/api/incidents', cookie, { discoveredAt: '2026-06-01', summary: 'regel 1\r\nregel\t2', caseIds: [] });
    expect(res.statusCode, res.body).toBe(201);
  });
});
