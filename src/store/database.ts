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
  /**
   * postgres://… of a second login for the system context (ADR 0093, 0113). When set, every
   * transaction that starts in the system context, the migrations and the owner connection `db`
   * use it, and user transactions use `databaseUrl`, whose login then needs membership of
   * casustafel_app only. PostgreSQL only.
   */
  readonly databaseSystemUrl?: string | undefined;
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
  if (options.databaseSystemUrl !== undefined) {
    if (!options.databaseUrl) throw new Error('DATABASE_SYSTEM_URL needs DATABASE_URL (PostgreSQL)');
    await refuseSystemMemberRequestLogin(options.databaseUrl);
  }
  const opened = options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.databaseSystemUrl) : await openPglite(options.dataDir ?? './data', options.loadDataDir);
  try {
    if (options.migrate ?? true) await runMigrations(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

function wrap(db: Kysely<Database>, engine: Engine, cleanup: () => Promise<void>, requestDb: Kysely<Database> = db): AppDatabase {
  let closing: Promise<void> | null = null;
  return {
    db,
    engine,
    withTransaction: (ctx, fn) =>
      // A user context with its session runs on the request login; the system context and a user
      // context without a session (jobs, the CLI) on the system login (ADR 0113, 0125).
      (ctx.role === 'system' || ctx.session === undefined ? db : requestDb).transaction().execute(async (trx) => {
        await applyActingContext(trx, ctx);
        return fn(trx);
      }),
    close: () => {
      closing ??= (async () => {
        try {
          await db.destroy();
          if (requestDb !== db) await requestDb.destroy();
        } finally {
          await cleanup();
        }
      })();
      return closing;
    },
  };
}

/**
 * With a separate system login, the request login must not be able to become the system: a wrong
 * set-up must not look safe (ADR 0093 step 2, ADR 0113).
 */
async function refuseSystemMemberRequestLogin(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ member: boolean }>("select pg_has_role(current_user, 'casustafel_system', 'MEMBER') as member");
    if (r.rows[0]?.member !== false) {
      throw new Error('The login in DATABASE_URL can become casustafel_system; with DATABASE_SYSTEM_URL set it must be a member of casustafel_app only (docs/security.md, "Database login").');
    }
  } finally {
    await client.end();
  }
}

function postgresPool(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
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
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function openPostgres(databaseUrl: string, poolSize: number, systemUrl: string | undefined): AppDatabase {
  const requestDb = postgresPool(databaseUrl, poolSize);
  if (systemUrl === undefined) return wrap(requestDb, 'postgres', async () => {});
  return wrap(postgresPool(systemUrl, poolSize), 'postgres', async () => {}, requestDb);
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
