/**
 * The database the DB-bound figures run on: a scratch database on the PostgreSQL server at
 * 127.0.0.1:5432 when it answers (dropped afterwards), else in-memory PGlite.
 */
import pg from 'pg';
import { IN_MEMORY, openDatabase } from '../../src/store/database.js';
import type { AppDatabase } from '../../src/store/database.js';
import { createScratchPostgres } from '../../test/support/db.js';

export const POSTGRES_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  readonly database: AppDatabase;
  readonly engine: 'postgres' | 'pglite';
  /** The scratch database URL (PostgreSQL) or null. */
  readonly url: string | null;
  close(): Promise<void>;
}

/** Whether PostgreSQL answers within a second. */
export async function postgresAnswers(url = POSTGRES_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh, migrated database: scratch PostgreSQL when `usePostgres`, else in-memory PGlite. */
export async function openBenchDatabase(usePostgres: boolean, poolSize = 10): Promise<BenchDatabase> {
  if (!usePostgres) {
    const database = await openDatabase({ dataDir: IN_MEMORY });
    return { database, engine: 'pglite', url: null, close: () => database.close() };
  }
  const scratch = await createScratchPostgres(POSTGRES_URL);
  try {
    const database = await openDatabase({ databaseUrl: scratch.url, poolSize });
    return {
      database,
      engine: 'postgres',
      url: scratch.url,
      close: async () => {
        try {
          await database.close();
        } finally {
          await scratch.drop();
        }
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}
