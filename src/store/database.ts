/**
 * Opens the database: embedded PGlite in a locked data directory, or PostgreSQL when a URL is
 * given. Both behind the same Kysely `Database` type and the same migrations.
 */
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import type { Transaction } from 'kysely';
import pg from 'pg';
import { applyActingContext } from './acting-context.js';
import type { ActingContext } from './acting-context.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { DataDirLock } from './data-dir-lock.js';
import { migrate as runMigrations } from './migrate.js';
import type { Database } from './schema.js';

export type Engine = 'pglite' | 'postgres';

/** A data directory value that keeps PGlite in memory (tests); it takes no lock. */
export const IN_MEMORY = 'memory://';

export interface OpenDatabaseOptions {
  /** postgres://… — when set, PostgreSQL is used and `dataDir` is ignored. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data directory; default `./data`. */
  readonly dataDir?: string | undefined;
  /** Run pending migrations on open (default true). */
  readonly migrate?: boolean | undefined;
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number | undefined;
  /**
   * In-memory PGlite only: start from this data directory (a `dumpDataDir` tarball) instead of
   * an empty cluster. Tests start from one migrated copy instead of migrating every database.
   */
  readonly loadDataDir?: Blob | undefined;
}

export interface AppDatabase {
  /** The owner connection: migrations and the audit sealer; services use `withTransaction`. */
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /**
   * Runs `fn` in a transaction acting as `ctx`: settings for Row-Level Security, then
   * `SET LOCAL ROLE casustafel_app` (`casustafel_system` for the system context). Commits when `fn` resolves, rolls back when it throws.
   */
  withTransaction<T>(ctx: ActingContext, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<AppDatabase> {
  const opened = options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : await openPglite(options.dataDir ?? './data', options.loadDataDir);
  try {
    if (options.migrate ?? true) await runMigrations(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

function wrap(db: Kysely<Database>, engine: Engine, cleanup: () => Promise<void>): AppDatabase {
  let closing: Promise<void> | null = null;
  return {
    db,
    engine,
    withTransaction: (ctx, fn) =>
      db.transaction().execute(async (trx) => {
        await applyActingContext(trx, ctx);
        return fn(trx);
      }),
    close: () => {
      closing ??= (async () => {
        try {
          await db.destroy();
        } finally {
          await cleanup();
        }
      })();
      return closing;
    },
  };
}

function openPostgres(databaseUrl: string, poolSize: number): AppDatabase {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const lost = (error: Error): void => {
    process.stderr.write(`database connection lost (${error.message}); reconnecting on next use\n`);
  };
  // A client whose connection the server cut emits 'error'; unhandled, it would end the process.
  // The pool handles that for idle clients only, so every client gets its own handler: a client
  // checked out by a transaction then fails that transaction's next statement (503 at the API),
  // is dropped by the pool on release, and the next transaction opens a fresh connection.
  pool.on('connect', (client) => {
    client.on('error', lost);
  });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return wrap(db, 'postgres', async () => {});
}

async function openPglite(dataDir: string, loadDataDir: Blob | undefined): Promise<AppDatabase> {
  const inMemory = dataDir === IN_MEMORY;
  if (loadDataDir !== undefined && !inMemory) throw new Error('loadDataDir is only for an in-memory PGlite');
  const lock: DataDirLock | null = inMemory ? null : await acquireDataDirLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = inMemory ? await PGlite.create(loadDataDir === undefined ? {} : { loadDataDir }) : await PGlite.create({ dataDir });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
  return wrap(db, 'pglite', async () => {
    try {
      await pglite.close();
    } finally {
      await lock?.release();
    }
  });
}
