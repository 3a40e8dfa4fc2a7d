/**
 * Finding M5 (penetration test 2026-12-06), the operator's part: the application should log in
 * as a dedicated login that is neither a superuser nor a member of casustafel_system. This test
 * creates such a login exactly as docs/security.md tells the operator to
 * (`CREATE ROLE … LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE casustafel_app`), connects with it to a
 * migrated scratch database on PostgreSQL (DATABASE_URL, default the local server), and shows
 * what that connection cannot do: switch to casustafel_system, become the system by a setting,
 * read another collaboration's rows, or write audit rows there. The application itself still
 * connects with one login for both contexts (docs/security.md, M5).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import type { AppDatabase } from '../../src/store/database.js';
import { createScratchPostgres } from '../support/db.js';
import { createAppLogin } from '../support/pg-login.js';
import type { AppLogin } from '../support/pg-login.js';
import { seedWorld } from '../store/seed.js';
import type { World } from '../store/seed.js';

const BASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let scratch: { url: string; drop: () => Promise<void> };
let database: AppDatabase;
let world: World;
let app: pg.Client;
let login: AppLogin;

beforeAll(async () => {
  scratch = await createScratchPostgres(BASE_URL);
  database = await openDatabase({ databaseUrl: scratch.url, poolSize: 2 });
  world = await seedWorld(database);
  login = await createAppLogin(BASE_URL, scratch.url, 'casustafel_app_login');
  app = new pg.Client({ connectionString: login.url });
  await app.connect();
}, 120_000);

afterAll(async () => {
  await app?.end().catch(() => undefined);
  await database?.close();
  await scratch?.drop();
  await login?.drop();
});

describe('M5 a dedicated application login (PostgreSQL)', () => {
  it('M5 the app login is no superuser and cannot SET ROLE casustafel_system, nor RESET ROLE to a superuser', async () => {
    const me = await app.query<{ rolsuper: boolean; rolbypassrls: boolean }>('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
    expect(me.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    await expect(app.query('set role casustafel_system')).rejects.toThrow(/permission denied to set role/);
    await app.query('reset role');
    const who = await app.query<{ u: string; s: boolean }>('select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as s');
    expect(who.rows[0]).toEqual({ u: login.name, s: false });
  });

  it("M5 the reproduction on that login: set_config('app.role','system') reads nothing of another collaboration and writes no audit row there", async () => {
    await app.query('begin');
    try {
      await app.query('set local role casustafel_app');
      await app.query("select set_config('app.collaboration_id', $1, true), set_config('app.role', 'system', true)", [world.a.id]);
      const cases = await app.query('select id from cases where collaboration_id = $1', [world.b.id]);
      const keys = await app.query('select case_id from case_keys');
      expect(cases.rows).toEqual([]);
      expect(keys.rows).toEqual([]);
      await app.query('savepoint s');
      await expect(
        app.query("insert into audit_log (at, collaboration_id, action, access_point, outcome) values (now(), $1, 'contribution.read', 'api', 'allow')", [world.b.id]),
      ).rejects.toThrow(/row-level security|permission denied/);
      await app.query('rollback to savepoint s');
      await expect(app.query('select password_hash from users limit 1')).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('rollback');
    }
  });
});
