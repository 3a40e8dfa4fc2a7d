/**
 * Issue 19 item 5 (backup and restore), the drill of docs/deployment.md step by step: a cold copy
 * of the PGlite data directory (with its master key), or pg_dump/pg_restore on PostgreSQL; a case
 * deleted after the backup stays deleted after the restore because the deletion journal (kept
 * apart from the database) is re-applied at start; the audit chain verifies afterwards.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { loadConfig } from '../../src/config.js';
import { deleteCaseData } from '../../src/jobs/case-cleanup.js';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-users.js';
import { startServer } from '../../src/server.js';
import type { ServerHandle } from '../../src/server.js';
import { systemContext } from '../../src/store/acting-context.js';
import { DATABASE_URL, createScratchPostgres, tempDir } from '../support/db.js';

const run = promisify(execFile);

const registration = (name: string) => ({
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name, birthDate: '1980-04-02', address: 'Markt 1, Venlo', bsn: '111222333' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing', 'income_debts'],
  registration: { content: `Zorgen over ${name}.`, basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
});

interface Engine {
  readonly name: string;
  env(): Record<string, string>;
  backup(): Promise<void>;
  /** Replaces the live database with the backup. */
  restore(): Promise<void>;
  /** A second copy of the backup, opened without the journal (the control). */
  controlEnv(): Promise<Record<string, string>>;
  cleanup(): Promise<void>;
}

async function login(server: ServerHandle, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const session = res.cookies.find((c) => c.name === 'casustafel_session')!.value;
  const csrf = res.cookies.find((c) => c.name === 'casustafel_csrf')!.value;
  return { cookie: `casustafel_session=${session}; casustafel_csrf=${csrf}`, csrf };
}

async function start(env: Record<string, string>, journal: 'default' | null = 'default'): Promise<ServerHandle> {
  return startServer({
    config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', ...env }),
    sealEveryMs: 0,
    jobsEveryMs: 0,
    log: () => undefined,
    ...(journal === null ? { deletionJournal: null } : {}),
  });
}

async function caseState(server: ServerHandle, caseId: string): Promise<{ phase: string | undefined; key: boolean; contributions: number }> {
  return server.deps.database.withTransaction(systemContext(), async (trx) => ({
    phase: (await trx.selectFrom('cases').select('phase').where('id', '=', caseId).executeTakeFirst())?.phase,
    key: (await trx.selectFrom('case_keys').select('case_id').where('case_id', '=', caseId).executeTakeFirst()) !== undefined,
    contributions: (await trx.selectFrom('contributions').select('id').where('case_id', '=', caseId).execute()).length,
  }));
}

async function pgliteEngine(): Promise<Engine> {
  const dir = await tempDir('restore');
  const data = join(dir.path, 'data');
  const backupDir = join(dir.path, 'backup');
  return {
    name: 'PGlite: cold copy of DATA_DIR',
    env: () => ({ DATA_DIR: data, DELETION_JOURNAL: join(dir.path, 'journal', 'deletions.jsonl') }),
    backup: () => cp(data, backupDir, { recursive: true }),
    restore: async () => {
      await rm(data, { recursive: true, force: true });
      await cp(backupDir, data, { recursive: true });
    },
    controlEnv: async () => {
      const control = join(dir.path, 'control');
      await cp(backupDir, control, { recursive: true });
      return { DATA_DIR: control, DELETION_JOURNAL: join(dir.path, 'control.jsonl') };
    },
    cleanup: () => dir.remove(),
  };
}

async function postgresEngine(baseUrl: string): Promise<Engine> {
  const dir = await tempDir('restore-pg');
  const live = await createScratchPostgres(baseUrl);
  const control = await createScratchPostgres(baseUrl);
  const dump = join(dir.path, 'casustafel.dump');
  const admin = async (sqlText: string): Promise<void> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sqlText);
    } finally {
      await client.end();
    }
  };
  const nameOf = (url: string): string => new URL(url).pathname.slice(1);
  // The master key lives in DATA_DIR (or MASTER_KEY), never in the database: it is backed up apart.
  return {
    name: 'PostgreSQL: pg_dump -Fc / pg_restore',
    env: () => ({ DATABASE_URL: live.url, DATA_DIR: join(dir.path, 'keys'), DELETION_JOURNAL: join(dir.path, 'journal', 'deletions.jsonl') }),
    backup: async () => {
      await run('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${live.url}`]);
    },
    restore: async () => {
      await admin(`drop database ${nameOf(live.url)} with (force)`);
      await admin(`create database ${nameOf(live.url)}`);
      await run('pg_restore', ['--exit-on-error', `--dbname=${live.url}`, dump]);
    },
    controlEnv: async () => {
      await run('pg_restore', ['--exit-on-error', `--dbname=${control.url}`, dump]);
      return { DATABASE_URL: control.url, DATA_DIR: join(dir.path, 'keys'), DELETION_JOURNAL: join(dir.path, 'control.jsonl') };
    },
    cleanup: async () => {
      await live.drop();
      await control.drop();
      await dir.remove();
    },
  };
}

const pgUrl = DATABASE_URL;
const engines: (() => Promise<Engine>)[] = [pgliteEngine, ...(pgUrl === undefined ? [] : [() => postgresEngine(pgUrl)])];

describe.each(engines.map((make, i) => [i === 0 ? 'PGlite' : 'PostgreSQL', make] as const))('issue 19 backup and restore (%s)', (_label, make) => {
  let engine: Engine;
  let deleted: string;
  let kept: string;

  beforeAll(async () => {
    engine = await make();
  });
  afterAll(async () => {
    await engine.cleanup();
  });

  it('P13 restore drill: a case deleted after the backup stays deleted after restoring it; the other case and the audit chain survive', async () => {
    // 1. Live system with two cases.
    let server = await start(engine.env());
    const rn = await login(server, 'reclassering-nederland@noord-limburg');
    const post = (name: string) =>
      server.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: rn.cookie, 'x-csrf-token': rn.csrf }, payload: registration(name) });
    deleted = (await post('Ans Verwijderd')).json<{ id: string }>().id;
    kept = (await post('Bram Bewaard')).json<{ id: string }>().id;
    await sealAudit(server.deps.database.db);
    await server.close();

    // 2. Backup (the server is stopped: a cold copy, or pg_dump).
    await engine.backup();

    // 3. After the backup, retention deletes one case (P13); the journal records it outside the database.
    server = await start(engine.env());
    await server.deps.database.withTransaction(systemContext(), (trx) => deleteCaseData(server.deps, trx, deleted, 'P13', new Date()));
    expect(await caseState(server, deleted)).toEqual({ phase: 'deleted', key: false, contributions: 0 });
    await sealAudit(server.deps.database.db);
    await server.close();
    const journal = await readFile(engine.env()['DELETION_JOURNAL']!, 'utf8');
    expect(journal).toContain(deleted);
    expect(journal).not.toContain('Ans');

    // Control: the backup on its own brings the deleted case back, key and content included.
    const control = await start(await engine.controlEnv(), null);
    expect(await caseState(control, deleted)).toMatchObject({ key: true, contributions: 1 });
    await control.close();

    // 4. Restore the backup and start: the journal is re-applied.
    await engine.restore();
    server = await start(engine.env());
    try {
      expect(await caseState(server, deleted)).toEqual({ phase: 'deleted', key: false, contributions: 0 });
      expect(await caseState(server, kept)).toMatchObject({ key: true, contributions: 1 });
      const pd = await login(server, 'reclassering-nederland@noord-limburg');
      const view = await server.app.inject({ method: 'GET', url: `/api/cases/${kept}`, headers: { cookie: pd.cookie } });
      expect(view.statusCode, view.body).toBe(200);
      expect(view.body).toContain('Bram Bewaard');
      const gone = await server.app.inject({ method: 'GET', url: `/api/cases/${deleted}`, headers: { cookie: pd.cookie } });
      expect(gone.body).not.toContain('Ans Verwijderd');
      // 5. `audit verify` after the restore.
      await sealAudit(server.deps.database.db);
      const verified = await verifyAudit(server.deps.database.db);
      expect(verified.ok, JSON.stringify(verified)).toBe(true);
    } finally {
      await server.close();
    }

    // A second start re-applies nothing more (idempotent).
    server = await start(engine.env());
    try {
      const audit = await server.deps.database.db.selectFrom('audit_log').select('id').where('case_id', '=', deleted).where('action', '=', 'retention.delete').execute();
      expect(audit.length).toBe(1);
    } finally {
      await server.close();
    }
    // Six starts and stops of a real server: bounded generously for a loaded machine.
  }, 600_000);
});
