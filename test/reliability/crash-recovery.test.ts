/**
 * Crash safety: the real server as a child process, a client registering cases as fast as it
 * can, and `kill -9` (of the whole process group) at a random moment, twenty times, restarting
 * each time on the same data. Afterwards every write the server acknowledged (201) is present
 * and the audit chain verifies — on embedded PGlite and on PostgreSQL, and on PostgreSQL with
 * two server processes behind a round-robin client, one of them killed at random each time.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { openDatabase } from '../../src/store/database.js';
import { call, login, registration } from '../../bench/support/http-client.js';
import { POSTGRES_URL } from '../../bench/support/bench-database.js';
import { rng } from '../../bench/support/stats.js';
import { createScratchPostgres, tempDir } from '../support/db.js';
import { startApp } from './support/app-child.js';
import type { AppChild } from './support/app-child.js';

const KILLS = Number(process.env['CRASH_KILLS'] ?? 20);
const WRITERS = 3;

interface CrashRun {
  readonly acked: string[];
  readonly attempts: number;
  /** 5xx answers while the server was up (not a crash effect: asserted apart, after the checks). */
  readonly serverErrors: string[];
}

async function crashLoop(dataDir: string, databaseUrl: string | null, seed: number): Promise<CrashRun> {
  const r = rng(seed);
  const acked: string[] = [];
  const serverErrors: string[] = [];
  let attempts = 0;
  let n = 0;
  for (let k = 0; k < KILLS; k++) {
    const app = await startApp(dataDir, databaseUrl);
    let running = true;
    try {
      const session = await login(app.base, 'reclassering-nederland@noord-limburg', DEMO_PASSWORD);
      const writer = async (): Promise<void> => {
        while (running) {
          attempts++;
          try {
            const res = await call(app.base, 'POST', '/api/cases', session, registration(n++));
            if (res.status === 201) acked.push((JSON.parse(res.body) as { id: string }).id);
            else if (res.status >= 500) serverErrors.push(res.body.slice(0, 200));
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(r() * 1200)));
      await app.child.stop('SIGKILL');
      running = false;
      await Promise.all(writers);
    } finally {
      running = false;
      await app.child.stop('SIGKILL');
    }
  }
  return { acked, attempts, serverErrors };
}

async function checkSurvivors(open: () => ReturnType<typeof openDatabase>, acked: readonly string[]): Promise<void> {
  const database = await open();
  try {
    const present = new Set<string>();
    for (let i = 0; i < acked.length; i += 1000) {
      const ids = acked.slice(i, i + 1000);
      const rows = await database.db.selectFrom('cases').select('id').where('id', 'in', ids).execute();
      for (const row of rows) present.add(row.id);
    }
    const lost = acked.filter((id) => !present.has(id));
    expect(lost).toEqual([]);
    await sealAudit(database.db);
    const verified = await verifyAudit(database.db);
    expect(verified).toMatchObject({ ok: true, unsealed: 0 });
  } finally {
    await database.close();
  }
}

/**
 * Two server processes on one PostgreSQL, a session made on one used on both (round robin per
 * request), `kill -9` of one of them at a random moment, restarted while the other serves on.
 */
async function twoProcessCrashLoop(dataDir: string, databaseUrl: string, seed: number): Promise<CrashRun & { perProcess: [number, number] }> {
  const r = rng(seed);
  // Both processes need the same master key; a shared DATA_DIR/master.key would race on first start.
  const env = { MASTER_KEY: randomBytes(32).toString('base64') };
  const acked: string[] = [];
  const serverErrors: string[] = [];
  const perProcess: [number, number] = [0, 0];
  let attempts = 0;
  let n = 0;
  // The first start loads the demo data; the second starts on a database that is not empty.
  const apps: [AppChild, AppChild] = [await startApp(dataDir, databaseUrl, env), await startApp(dataDir, databaseUrl, env)];
  try {
    const session = await login(apps[0].base, 'reclassering-nederland@noord-limburg', DEMO_PASSWORD);
    for (let k = 0; k < KILLS; k++) {
      let running = true;
      let turn = 0;
      const writer = async (): Promise<void> => {
        while (running) {
          const which = (turn++ % 2) as 0 | 1;
          attempts++;
          try {
            const res = await call(apps[which].base, 'POST', '/api/cases', session, registration(n++));
            if (res.status === 201) {
              acked.push((JSON.parse(res.body) as { id: string }).id);
              perProcess[which]++;
            } else if (res.status >= 500) serverErrors.push(res.body.slice(0, 200));
          } catch {
            // That process was killed: the round robin goes on with the other.
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(r() * 1200)));
      const victim = r() < 0.5 ? 0 : 1;
      await apps[victim].child.stop('SIGKILL');
      // The survivor serves on alone for a moment before the victim is back.
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(r() * 400)));
      running = false;
      await Promise.all(writers);
      apps[victim] = await startApp(dataDir, databaseUrl, env);
    }
  } finally {
    await Promise.all(apps.map((a) => a.child.stop('SIGKILL')));
  }
  return { acked, attempts, serverErrors, perProcess };
}

describe('crash recovery: kill -9 at random moments', () => {
  it(`PGlite: every acknowledged registration survives ${KILLS} kills; the audit chain verifies`, async () => {
    const dir = await tempDir('crash-pglite');
    try {
      const { acked, attempts, serverErrors } = await crashLoop(dir.path, null, 1);
      console.log(`crash (pglite): ${KILLS} kills, ${attempts} writes attempted, ${acked.length} acknowledged, ${serverErrors.length} 5xx`);
      expect(acked.length).toBeGreaterThan(0);
      await checkSurvivors(() => openDatabase({ dataDir: dir.path }), acked);
      expect(serverErrors, 'concurrent registrations must not fail with 5xx').toEqual([]);
    } finally {
      await dir.remove();
    }
  });

  it(`PostgreSQL: every acknowledged registration survives ${KILLS} kills; the audit chain verifies`, async () => {
    const dir = await tempDir('crash-postgres');
    const scratch = await createScratchPostgres(POSTGRES_URL);
    try {
      const { acked, attempts, serverErrors } = await crashLoop(dir.path, scratch.url, 2);
      console.log(`crash (postgres): ${KILLS} kills, ${attempts} writes attempted, ${acked.length} acknowledged, ${serverErrors.length} 5xx`);
      expect(acked.length).toBeGreaterThan(0);
      await checkSurvivors(() => openDatabase({ databaseUrl: scratch.url }), acked);
      expect(serverErrors, 'concurrent registrations must not fail with 5xx').toEqual([]);
    } finally {
      await scratch.drop();
      await dir.remove();
    }
  });

  it(`PostgreSQL, two server processes behind a round-robin client: every acknowledged registration survives ${KILLS} kills of one of them; the audit chain verifies`, async () => {
    const dir = await tempDir('crash-two');
    const scratch = await createScratchPostgres(POSTGRES_URL);
    try {
      const { acked, attempts, serverErrors, perProcess } = await twoProcessCrashLoop(dir.path, scratch.url, 3);
      console.log(`crash (postgres, two processes): ${KILLS} kills, ${attempts} writes attempted, ${acked.length} acknowledged (${perProcess[0]} / ${perProcess[1]} per process), ${serverErrors.length} 5xx`);
      expect(perProcess[0]).toBeGreaterThan(0);
      expect(perProcess[1]).toBeGreaterThan(0);
      await checkSurvivors(() => openDatabase({ databaseUrl: scratch.url }), acked);
      expect(serverErrors, 'concurrent registrations on two processes must not fail with 5xx').toEqual([]);
    } finally {
      await scratch.drop();
      await dir.remove();
    }
  });
});
