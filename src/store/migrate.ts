/**
 * Applies the plain-SQL migrations in src/store/migrations/ in name order, all in one
 * transaction under an advisory lock, recording each in schema_migrations. Re-running is a no-op;
 * an applied migration whose file changed is refused (drift).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export interface MigrationResult {
  readonly applied: readonly string[];
}

export class MigrationDriftError extends Error {
  readonly code = 'migration_drift';
  constructor(readonly migration: string) {
    super(`Migration ${migration} was changed after it was applied`);
    this.name = 'MigrationDriftError';
  }
}

/** Arbitrary but fixed: serialises migrators of one database. */
const MIGRATION_LOCK_KEY = 7_361_042_001;
const MIGRATION_NAME = /^\d{3}-[a-z0-9-]+\.sql$/;

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => MIGRATION_NAME.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(new URL(name, dir), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

/**
 * Runs the pending migrations. Multi-statement files go through the simple-query protocol
 * (PGlite's `exec` path behind the node-postgres adapter; plain `query` on PostgreSQL).
 */
export async function migrate(db: Kysely<Database>, migrations?: readonly Migration[]): Promise<MigrationResult> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY}::bigint)`.execute(trx);
    await sql`select set_config('app.role', 'system', true)`.execute(trx);
    await sql`create table if not exists schema_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const done = new Map(
      (await trx.selectFrom('schema_migrations').select(['name', 'checksum']).execute()).map((row) => [
        row.name,
        row.checksum,
      ]),
    );
    const applied: string[] = [];
    for (const migration of all) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) throw new MigrationDriftError(migration.name);
        continue;
      }
      await sql.raw(migration.sql).execute(trx);
      await trx.insertInto('schema_migrations').values({ name: migration.name, checksum: migration.checksum }).execute();
      applied.push(migration.name);
    }
    return { applied };
  });
}
