/**
 * Finding H2 (penetration test 2026-12-06): when PostgreSQL terminated a connection that a
 * transaction had checked out, `pg.Client` emitted 'error' with no handler and Node exited. Now
 * every pool client has a handler: the transaction fails, the API answers 503, the pool opens a
 * fresh connection, and `/api/health` reports the database's state.
 *
 * Runs against the PostgreSQL server at DATABASE_URL (default: the local one at 127.0.0.1:5432),
 * in a scratch database; PGlite has no connections to lose.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import type { AppDatabase } from '../../src/store/database.js';
import { systemContext } from '../../src/store/acting-context.js';
import { createScratchPostgres } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const BASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function terminateAll(url: string): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  try {
    const r = await admin.query<{ n: string }>(
      'select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await admin.end();
  }
}

describe('H2 losing the PostgreSQL connection fails the request, not the server', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let database: AppDatabase;
  let s: TestServer;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown): void => {
    uncaught.push(error);
  };

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    scratch = await createScratchPostgres(BASE_URL);
    database = await openDatabase({ databaseUrl: scratch.url, poolSize: 4 });
    s = await startTestServer({ database });
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await s.close();
    await scratch.drop();
  });

  it('H2 a connection terminated while a transaction holds it (idle in transaction) fails that transaction; the next one works', async () => {
    const attempt = database.withTransaction(systemContext(), async (trx) => {
      await sql`select 1`.execute(trx);
      expect(await terminateAll(scratch.url)).toBeGreaterThan(0);
      // Let the socket's end arrive while no statement runs: the client emits 'error' now.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sql`select 1`.execute(trx);
    });
    await expect(attempt).rejects.toThrow();
    expect(uncaught).toEqual([]);
    const after = await database.withTransaction(systemContext(), (trx) => sql<{ one: number }>`select 1 as one`.execute(trx));
    expect(after.rows[0]?.one).toBe(1);
  });

  it('H2 under a write burst with every backend terminated twice, each request gets 201 or 503, never a crash or a 500; every acknowledged write is kept', async () => {
    const cookie = await s.login('procesregisseur@venlo');
    const statuses: number[] = [];
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; !stop; i += 1) {
        const res = await s.request('POST', '/api/incidents', cookie, { discoveredAt: '2026-06-01', summary: `burst ${w}-${i}`, caseIds: [] });
        statuses.push(res.statusCode);
        if (res.statusCode === 201) acknowledged.push(res.json<{ id: string }>().id);
        if (res.statusCode === 503) expect(res.json<{ error: { code: string; reason: string } }>().error).toMatchObject({ code: 'unavailable', reason: 'database_unavailable' });
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await terminateAll(scratch.url);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await terminateAll(scratch.url);
    await new Promise((resolve) => setTimeout(resolve, 400));
    stop = true;
    await Promise.all(workers);
    expect(uncaught).toEqual([]);
    expect(statuses.filter((c) => c !== 201 && c !== 503)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    // The pool recovered: a new write succeeds.
    const again = await s.request('POST', '/api/incidents', cookie, { discoveredAt: '2026-06-01', summary: 'after the outage', caseIds: [] });
    expect(again.statusCode, again.body).toBe(201);
    const stored = await database.db.selectFrom('incidents').select('id').where('id', 'in', acknowledged).execute();
    expect(stored).toHaveLength(acknowledged.length);
  });

  it('H2 /api/health reports the database: ok when it commits a write, 503 "unreachable" when it cannot be reached', async () => {
    s.advance(10_000);
    const ok = await s.request('GET', '/api/health');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'ok', engine: 'postgres', database: 'ok' });
    const blocked = new pg.Client({ connectionString: BASE_URL });
    await blocked.connect();
    const name = new URL(scratch.url).pathname.slice(1);
    try {
      await blocked.query(`alter database ${name} allow_connections false`);
      await terminateAll(scratch.url);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const down = await s.request('GET', '/api/health');
      expect(down.statusCode, down.body).toBe(503);
      expect(down.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
      const cookie = await s.request('POST', '/api/auth/login', undefined, { username: 'procesregisseur@venlo', password: 'x' });
      expect(cookie.statusCode).toBe(503);
    } finally {
      await blocked.query(`alter database ${name} allow_connections true`);
      await blocked.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await s.request('GET', '/api/health')).statusCode).toBe(200);
    expect(uncaught).toEqual([]);
  });

  it('H2 a database that answers but cannot write is "not_writable" (disk full, read-only)', async () => {
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    try {
      // A read-only database stands in for a full disk: reads answer, every commit of a write fails.
      const name = new URL(scratch.url).pathname.slice(1);
      await admin.query(`alter database ${name} set default_transaction_read_only = on`);
      await terminateAll(scratch.url);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const res = await s.request('GET', '/api/health');
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable', database: 'not_writable' });
      const admin2 = new pg.Client({ connectionString: BASE_URL });
      await admin2.connect();
      await admin2.query(`alter database ${name} reset default_transaction_read_only`);
      await admin2.end();
    } finally {
      await admin.end().catch(() => undefined);
    }
    await terminateAll(scratch.url);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await s.request('GET', '/api/health')).statusCode).toBe(200);
  });
});
