/**
 * Test databases: in-memory PGlite by default; a fresh PostgreSQL database per call when
 * DATABASE_URL is set (created here, dropped on close), so parallel test files never collide.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { IN_MEMORY, openDatabase } from '../../src/store/database.js';
import type { AppDatabase } from '../../src/store/database.js';

export const DATABASE_URL = process.env['DATABASE_URL'];
export const ENGINE_NAME = DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase extends AppDatabase {
  /** The URL of the fresh PostgreSQL database, or null on PGlite. */
  readonly url: string | null;
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty PostgreSQL database and returns its URL and a function that drops it. */
export async function createScratchPostgres(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `casustafel_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(baseUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(baseUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (!DATABASE_URL) {
    const database = await openDatabase({ dataDir: IN_MEMORY, migrate });
    return { ...database, url: null };
  }
  const scratch = await createScratchPostgres(DATABASE_URL);
  try {
    const database = await openDatabase({ databaseUrl: scratch.url, migrate, poolSize: 8 });
    return {
      ...database,
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

/** A temporary directory removed by the returned function. */
export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `casustafel-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
