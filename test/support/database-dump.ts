/**
 * Every value of every table of a test database as one text, like a database dump (bytea both as
 * UTF-8 and as Latin-1), for the tests that look for plaintext at rest (finding L1).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/store/schema.js';

export async function dumpAllTables(db: Kysely<Database>): Promise<string> {
  const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(db);
    for (const row of rows.rows) {
      for (const value of Object.values(row)) {
        if (value === null || value === undefined) continue;
        if (Buffer.isBuffer(value) || value instanceof Uint8Array) parts.push(Buffer.from(value).toString('utf8'), Buffer.from(value).toString('latin1'));
        else parts.push(typeof value === 'string' ? value : JSON.stringify(value));
      }
    }
  }
  // A dump that reads almost nothing would find no plaintext either.
  expect(tables.rows.length).toBeGreaterThan(20);
  return parts.join('\n');
}
