/**
 * A small HTTP client over fetch for driving a running server: login keeps the session cookie
 * and, when the server sets one, the CSRF cookie that state-changing requests echo in a header.
 */
export interface Session {
  readonly cookie: string;
  readonly csrf: string | null;
}

export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

function cookieValue(setCookies: readonly string[], name: string): string | null {
  for (const c of setCookies) {
    const [pair] = c.split(';');
    if (pair === undefined) continue;
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1);
  }
  return null;
}

export async function login(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const set = res.headers.getSetCookie();
  const session = cookieValue(set, 'casustafel_session');
  if (session === null) throw new Error('no session cookie');
  const csrf = cookieValue(set, 'casustafel_csrf');
  return { cookie: `casustafel_session=${session}${csrf === null ? '' : `; casustafel_csrf=${csrf}`}`, csrf };
}

export function headers(session: Session | null, json: boolean): Record<string, string> {
  const h: Record<string, string> = {};
  if (json) h['content-type'] = 'application/json';
  if (session !== null) {
    h['cookie'] = session.cookie;
    if (session.csrf !== null) h['x-csrf-token'] = session.csrf;
  }
  return h;
}

export async function call(base: string, method: string, path: string, session: Session | null, body?: unknown): Promise<HttpResponse> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: headers(session, body !== undefined),
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.text() };
}

/** A registration the demo's probation professional may make in zvh-noord-limburg. */
export function registration(n: number): Record<string, unknown> {
  return {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: `Betrokkene ${n}`, birthDate: '1980-04-02', address: 'Markt 1, Venlo' }],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    lifeDomains: ['housing', 'income_debts'],
    registration: { content: `Aanmelding ${n}: overlast en schulden.`, basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
  };
}
