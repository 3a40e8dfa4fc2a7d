/**
 * Test databases: in-memory PGlite by default; a fresh PostgreSQL database per call when
 * DATABASE_URL is set (created here, dropped on close), so parallel test files never collide.
 * Under `npm test` each starts as a copy of the run's migrated database (migrated-template.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

/**
 * Creates a PostgreSQL database, empty or (`template`) a copy of another, and returns its URL and
 * a function that drops it.
 */
export async function createScratchPostgres(baseUrl: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `casustafel_test_${randomBytes(6).toString('hex')}`;
  if (template !== undefined && !/^[a-z0-9_]+$/.test(template)) throw new Error(`not a database name: ${template}`);
  await withAdmin(baseUrl, (client) => client.query(`create database ${name}${template === undefined ? '' : ` template ${template}`}`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(baseUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** The run's migrated database (set by migrated-template.ts), when there is one. */
const TEMPLATE = process.env['CASUSTAFEL_TEST_TEMPLATE'];
let migratedDump: Promise<Blob> | null = null;

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  // Only a database that is to be migrated starts from the migrated copy; migrate: false stays empty.
  const fromTemplate = migrate && TEMPLATE !== undefined && TEMPLATE !== '';
  if (!DATABASE_URL) {
    if (fromTemplate) migratedDump ??= readFile(TEMPLATE).then((bytes) => new Blob([bytes]));
    const database = await openDatabase({ dataDir: IN_MEMORY, migrate, ...(fromTemplate && migratedDump !== null ? { loadDataDir: await migratedDump } : {}) });
    return { ...database, url: null };
  }
  const scratch = await createScratchPostgres(DATABASE_URL, fromTemplate ? TEMPLATE : undefined);
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
