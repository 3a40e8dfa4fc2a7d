/**
 * Vitest global set-up: the migrations run once per test run, and every test database starts as
 * a copy of that migrated database (see `openTestDatabase`), instead of each one creating a
 * cluster and migrating it again (on PGlite most of a test file's set-up time).
 *
 * PGlite: the migrated data directory is dumped to a file in the temp folder; each test database
 * is an in-memory PGlite loaded from it. PostgreSQL (DATABASE_URL): a migrated database is kept as
 * the template of `create database … template …`. Either is named to the test processes in
 * CASUSTAFEL_TEST_TEMPLATE. The migrations are the same files in both cases, and each copy still
 * runs `migrate` on open (a no-op that checks the checksums), so a changed migration is still caught.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';
import type { Database } from '../../src/store/schema.js';

export const TEMPLATE_ENV = 'CASUSTAFEL_TEST_TEMPLATE';

let cleanup: (() => Promise<void>) | null = null;

async function adminQuery(baseUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function setup(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (databaseUrl) {
    const name = `casustafel_template_${randomBytes(6).toString('hex')}`;
    await adminQuery(databaseUrl, `create database ${name}`);
    cleanup = () => adminQuery(databaseUrl, `drop database if exists ${name} with (force)`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await database.close();
    process.env[TEMPLATE_ENV] = name;
    return;
  }
  const pglite = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
  try {
    await migrate(db);
    const dump = await pglite.dumpDataDir('none');
    const file = join(tmpdir(), `casustafel-migrated-${String(process.pid)}-${randomBytes(4).toString('hex')}.tar`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    cleanup = () => rm(file, { force: true });
    process.env[TEMPLATE_ENV] = file;
  } finally {
    await db.destroy();
    await pglite.close();
  }
}

export async function teardown(): Promise<void> {
  delete process.env[TEMPLATE_ENV];
  await cleanup?.();
}
