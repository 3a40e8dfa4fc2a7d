/**
 * Hostile input: at least 10,000 generated malformed or hostile requests against every route —
 * wrong types, huge and broken bodies, unicode, SQL and HTML injection strings, invalid BSNs,
 * unknown ids and the ids of another organisation's case — from an outsider of the victim's
 * collaboration, an uninvolved partner in it, and no session at all. No response may be a 5xx,
 * carry a stack trace, or contain anything of the victim's case.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 10_000);
const SECRET = 'Zeer-Geheime-Betrokkene-7f3a';
const SECRET_ADDRESS = 'Verborgenstraat 99, Venlo';

let s: TestServer;
let victim: { id: string; registrationId: string; subjectIds: string[] };
let cookies: { outsider: string; uninvolved: string };

beforeAll(async () => {
  s = await startTestServer();
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: SECRET, address: SECRET_ADDRESS, bsn: '111222333' }],
    complexCriteria: ['multi_problem'],
    registration: { content: `${SECRET} heeft schulden`, basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  victim = res.json();
  cookies = {
    outsider: await s.login('procesregisseur@venlo'),
    uninvolved: await s.login('politie-limburg@noord-limburg'),
  };
});
afterAll(async () => {
  await s?.close();
});

const hostileStrings = fc.oneof(
  fc.constantFrom(
    "' OR '1'='1",
    "1; DROP TABLE cases; --",
    "') UNION SELECT name_enc FROM subjects --",
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '../../etc/passwd',
    '%00',
    '\u0000\u0001\u001f',
    '𝕳𝖊𝖑𝖑𝖔 \u202e gnp.exe',
    'ﷺ'.repeat(50),
    '123456789',
    '000000000',
    '{{7*7}}',
    '${process.env}',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 20 }),
);

const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileStrings,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileStrings, fc.constantFrom('__proto__', 'constructor', 'tableId', 'subjects', 'bsn', 'registration')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Registrations that are almost right: one field replaced with something hostile. */
const nearlyValidRegistration = fc
  .record({
    field: fc.constantFrom('tableId', 'subjects', 'bsn', 'name', 'birthDate', 'basis', 'content', 'criteria', 'processDirectorId'),
    value: anyJson,
    bsn: fc.constantFrom('123456789', '111222334', '12345678', '1112223330', 'abcdefghi', '111 222 333'),
  })
  .map(({ field, value, bsn }) => {
    const subject: Record<string, unknown> = { name: 'X', bsn };
    const body: Record<string, unknown> = {
      tableId: 'rto-complexe-casuistiek',
      subjects: [subject],
      registration: { content: 'x', basis: { kind: 'public_task', law: 'Gemeentewet' } },
    };
    if (field === 'name' || field === 'birthDate') subject[field] = value;
    else if (field === 'basis' || field === 'content') (body['registration'] as Record<string, unknown>)[field] = value;
    else if (field !== 'bsn') body[field === 'criteria' ? 'complexCriteria' : field] = value;
    return body;
  });

const idish = fc.oneof(
  fc.constant('VICTIM_CASE'),
  fc.constant('VICTIM_CONTRIBUTION'),
  fc.constant('VICTIM_SUBJECT'),
  fc.uuid(),
  hostileStrings.map((x) => encodeURIComponent(x)),
);

interface HostileRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly who: 'outsider' | 'uninvolved' | 'anonymous';
  /** Whether to repeat the CSRF cookie in its header (mostly: so hostile bodies reach validation). */
  readonly csrf: boolean;
  readonly body: { kind: 'json'; value: unknown } | { kind: 'raw'; value: string; type: string } | { kind: 'none' };
}

const hostileRequest: fc.Arbitrary<HostileRequest> = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE'),
  path: fc.oneof(
    fc.tuple(idish, fc.oneof(fc.constant(''), hostileStrings.map((p) => `?purpose=${encodeURIComponent(p)}`), fc.constantFrom('?purpose=rto', '?purpose=screening'))).map(([id, q]) => `/api/cases/${id}${q}`),
    fc.tuple(idish, idish, fc.constantFrom('screening', 'rto', 'triage', 'rights_request', 'x'), fc.constantFrom('read', 'take_along', 'drop'))
      .map(([c, k, p, a]) => `/api/cases/${c}/contributions/${k}?purpose=${p}&action=${a}`),
    fc.constantFrom('/api/cases', '/api/cases?phase=screening', '/api/cases?phase=%27--', '/api/auth/login', '/api/auth/logout', '/api/health', '/api/openapi.json'),
    fc.tuple(idish, fc.constantFrom('meetings', 'contributions', 'triage', 'plan', 'phase', 'subjects', 'consents', 'rights-requests')).map(([id, r]) => `/api/cases/${id}/${r}`),
    hostileStrings.map((x) => `/api/${encodeURIComponent(x)}`),
  ),
  who: fc.constantFrom('outsider', 'uninvolved', 'anonymous'),
  csrf: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
  body: fc.oneof(
    { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 3, arbitrary: nearlyValidRegistration.map((value) => ({ kind: 'json' as const, value })) },
    { weight: 3, arbitrary: anyJson.map((value) => ({ kind: 'json' as const, value })) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constantFrom('{', '{"tableId":', '[[[[[[[[[[', 'null', '"\\ud800"', '{"a":1,"a":2}', 'x'.repeat(2_000_000), `{"s":"${'a'.repeat(300_000)}"}`),
          fc.string({ unit: 'binary', maxLength: 200 }),
        )
        .chain((value) => fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data').map((type) => ({ kind: 'raw' as const, value, type }))),
    },
  ),
});

function resolvePath(path: string): string {
  return path
    .replaceAll('VICTIM_CASE', victim.id)
    .replaceAll('VICTIM_CONTRIBUTION', victim.registrationId)
    .replaceAll('VICTIM_SUBJECT', victim.subjectIds[0] ?? '');
}

describe('hostile input (reliability)', () => {
  it(`${RUNS} hostile requests: no 5xx, no stack trace, nothing of another organisation's case`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (q) => {
        const headers: Record<string, string> = {};
        if (q.who !== 'anonymous') {
          const cookie = cookies[q.who];
          headers['cookie'] = cookie;
          const csrf = /(?:^|;\s*)casustafel_csrf=([^;]+)/.exec(cookie)?.[1];
          if (q.csrf && csrf !== undefined) headers['x-csrf-token'] = csrf;
        }
        let payload: string | undefined;
        if (q.body.kind === 'json') {
          headers['content-type'] = 'application/json';
          payload = JSON.stringify(q.body.value) ?? 'null';
        } else if (q.body.kind === 'raw') {
          headers['content-type'] = q.body.type;
          payload = q.body.value;
        }
        const res = await s.handle.app.inject({ method: q.method, url: resolvePath(q.path), headers, ...(payload === undefined || q.method === 'GET' ? {} : { payload }) });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const body = res.body;
        expect(res.statusCode, `${q.method} ${q.path}: ${body.slice(0, 300)}`).toBeLessThan(500);
        expect(body).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)|\.ts:\d+:\d+|node_modules\//);
        expect(body).not.toContain(SECRET);
        expect(body).not.toContain(SECRET_ADDRESS);
        expect(body).not.toContain('111222333');
      }),
      { numRuns: RUNS },
    );
    console.log(`hostile input: ${RUNS} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  });
});
