/**
 * Issue 19 item 4: two server processes on one PostgreSQL are correct together. A session made
 * on one works on the other, its CSRF token too, and ending it on one ends it on both; failed
 * logins spread over both processes count together; a job started in both at once runs once;
 * two sealers chain one audit log that verifies.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { openDatabase } from '../../src/store/database.js';
import { call, login, registration } from '../../bench/support/http-client.js';
import type { Session } from '../../bench/support/http-client.js';
import { POSTGRES_URL } from '../../bench/support/bench-database.js';
import { createScratchPostgres, tempDir } from '../support/db.js';
import { startApp } from './support/app-child.js';
import type { AppChild } from './support/app-child.js';

const BIN = fileURLToPath(new URL('../../bin/casustafel.js', import.meta.url));
const env = { MASTER_KEY: randomBytes(32).toString('base64'), JOBS_INTERVAL_MINUTES: '0' };

let dir: { path: string; remove: () => Promise<void> };
let scratch: { url: string; drop: () => Promise<void> };
let a: AppChild;
let b: AppChild;

beforeAll(async () => {
  dir = await tempDir('two-processes');
  scratch = await createScratchPostgres(POSTGRES_URL);
  // The first loads the demo data into the empty database; the second finds it there.
  a = await startApp(dir.path, scratch.url, env);
  b = await startApp(dir.path, scratch.url, env);
});
afterAll(async () => {
  await a?.child.stop();
  await b?.child.stop();
  await scratch?.drop();
  await dir?.remove();
});

function cli(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--database-url', scratch.url, '--data-dir', dir.path], { env: { ...process.env, ...env, NODE_ENV: 'test' }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, out: `${stdout}${stderr}` });
    });
  });
}

describe('issue 19 several servers on one PostgreSQL', () => {
  it('sessions: a login on one process is valid on the other; logging out on the other ends it on both', async () => {
    const session = await login(a.base, 'procesregisseur@noord-limburg', DEMO_PASSWORD);
    const onB = await call(b.base, 'GET', '/api/auth/me', session);
    expect(onB.status, onB.body).toBe(200);
    expect(JSON.parse(onB.body)).toMatchObject({ role: expect.any(String) });
    expect((await call(b.base, 'POST', '/api/auth/logout', session)).status).toBe(204);
    expect((await call(a.base, 'GET', '/api/auth/me', session)).status).toBe(401);
    expect((await call(b.base, 'GET', '/api/auth/me', session)).status).toBe(401);
  });

  it('CSRF: the token handed out by one process is accepted by the other, and its absence refused by both', async () => {
    const session = await login(a.base, 'reclassering-nederland@noord-limburg', DEMO_PASSWORD);
    const created = await call(b.base, 'POST', '/api/cases', session, registration(1));
    expect(created.status, created.body).toBe(201);
    const noToken: Session = { cookie: session.cookie, csrf: null };
    for (const app of [a, b]) {
      const refused = await call(app.base, 'POST', '/api/cases', noToken, registration(2));
      expect(refused.status).toBe(403);
      expect(refused.body).toContain('csrf');
    }
  });

  it('login limits: failed logins spread over both processes count together, and lock the account on both', async () => {
    const username = 'gemeente-venlo@noord-limburg';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${(i % 2 === 0 ? a : b).base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: `wrong-${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    for (const app of [a, b]) {
      const res = await fetch(`${app.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      expect(res.status, `${app.base}: the right password after five failures over two processes`).not.toBe(200);
    }
  });

  it('jobs: the same run started from two processes at once runs once (advisory lock and run key)', async () => {
    const [first, second] = await Promise.all([cli('retention', 'run', '--run-key', 'interval-x'), cli('retention', 'run', '--run-key', 'interval-x')]);
    expect(first.code, first.out).toBe(0);
    expect(second.code, second.out).toBe(0);
    const ran = [first, second].filter((r) => !/overgeslagen|skipped/.test(r.out));
    expect(ran.length, `${first.out}\n${second.out}`).toBe(1);
    const database = await openDatabase({ databaseUrl: scratch.url, migrate: false });
    try {
      const runs = await database.db.selectFrom('job_runs').select(['status']).where('job', '=', 'retention').where('run_key', '=', 'interval-x').execute();
      expect(runs).toEqual([{ status: 'succeeded' }]);
    } finally {
      await database.close();
    }
  });

  it('audit: two sealers (one per process, every 2 s) chain one log that verifies, nothing left unsealed', async () => {
    const session = await login(b.base, 'reclassering-nederland@noord-limburg', DEMO_PASSWORD);
    await Promise.all(Array.from({ length: 20 }, (_, i) => call(i % 2 === 0 ? a.base : b.base, 'POST', '/api/cases', session, registration(100 + i))));
    await new Promise((resolve) => setTimeout(resolve, 4500));
    const database = await openDatabase({ databaseUrl: scratch.url, migrate: false });
    try {
      const verified = await verifyAudit(database.db);
      expect(verified).toMatchObject({ ok: true, unsealed: 0 });
      expect(await sealAudit(database.db)).toMatchObject({ sealed: 0 });
    } finally {
      await database.close();
    }
  });
});
