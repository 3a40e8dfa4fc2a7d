#!/usr/bin/env node
// Smoke test of the compiled server on the Node that runs this script: start dist/main.js on an
// empty temporary DATA_DIR (demo data), wait for /api/health, log in as a demo user, read who
// is signed in, stop. Used by CI on Node 20 and Node 24. Exit status 0 only when all passed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { ROOT } from './build-state.js';

const dataDir = mkdtempSync(join(tmpdir(), 'casustafel-smoke-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO: 'on', NODE_ENV: 'development' };
delete env.DATABASE_URL;
delete env.MASTER_KEY;
const child = spawn(process.execPath, ['dist/main.js'], {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  process.stdout.write(`${ok ? 'ok' : 'FAILED'}: ${name}${detail === '' ? '' : ` (${detail})`}\n`);
};

async function main() {
  const started = Date.now();
  let base = null;
  while (base === null) {
    const m = /draait op (http:\/\/[\d.]+:\d+)/.exec(output);
    if (m !== null) base = m[1];
    else if (child.exitCode !== null || Date.now() - started > 180_000) throw new Error(`server did not start:\n${output.slice(-2000)}`);
    else await new Promise((r) => setTimeout(r, 100));
  }
  const health = await fetch(`${base}/api/health`);
  check(`GET /api/health on Node ${process.version}`, health.status === 200, `${health.status} ${await health.text()}`);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'procesregisseur@noord-limburg', password: 'demo-casustafel' }),
  });
  const session = login.headers.getSetCookie().find((c) => c.startsWith('casustafel_session='))?.split(';')[0];
  check('log in as a demo user', login.status === 200 && session !== undefined, String(login.status));
  const me = await fetch(`${base}/api/auth/me`, { headers: { cookie: session ?? '' } });
  check('the session reads who is signed in', me.status === 200, String(me.status));
  const page = await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
  check('the web UI is served', page.status === 200 && (await page.text()).includes('<'), String(page.status));
}

try {
  await main();
} catch (error) {
  check('smoke run', false, error instanceof Error ? error.message : String(error));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  rmSync(dataDir, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
process.stdout.write(`smoke: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
