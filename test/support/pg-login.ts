/**
 * PostgreSQL logins for the tests of finding M5: a client on a connection string for one piece of
 * work, and a login that is a member of casustafel_app only (no superuser, no BYPASSRLS), as an
 * operator would create it for the server's requests.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runs `fn` on a fresh client of `connectionString` and closes it afterwards. */
export async function withClient<T>(connectionString: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface AppLogin {
  /** The login's name (random per test file). */
  readonly name: string;
  /** `databaseUrl` with this login's name and password. */
  readonly url: string;
  /** Drops the login (the cluster's roles outlive the scratch database). */
  readonly drop: () => Promise<void>;
}

/** Creates a login in role casustafel_app on the cluster of `adminUrl`, for the database of `databaseUrl`. */
export async function createAppLogin(adminUrl: string, databaseUrl: string, prefix: string): Promise<AppLogin> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(16).toString('hex');
  await withClient(adminUrl, (c) => c.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE casustafel_app`));
  const url = new URL(databaseUrl);
  url.username = name;
  url.password = password;
  return { name, url: url.toString(), drop: () => withClient(adminUrl, (c) => c.query(`DROP ROLE IF EXISTS ${name}`)).then(() => undefined) };
}

/**
 * Makes a new non-superuser login (with CREATEROLE, no BYPASSRLS) the owner of the database of
 * `databaseUrl`, and as that owner grants casustafel_system CREATE on the schema `public` (the
 * functions of migrations 240 and 260 are owned by casustafel_system; docs/security.md, "Database
 * login"). Returns the owner's connection string and a drop for the login.
 */
export async function createOwnerLogin(adminUrl: string, databaseUrl: string, prefix: string): Promise<AppLogin> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(16).toString('hex');
  const database = new URL(databaseUrl).pathname.slice(1);
  await withClient(adminUrl, async (c) => {
    await c.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB CREATEROLE`);
    await c.query(`DO $$ BEGIN CREATE ROLE casustafel_system NOLOGIN NOSUPERUSER NOBYPASSRLS; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await c.query(`ALTER DATABASE ${database} OWNER TO ${name}`);
  });
  const url = new URL(databaseUrl);
  url.username = name;
  url.password = password;
  await withClient(url.toString(), (c) => c.query('GRANT CREATE ON SCHEMA public TO casustafel_system'));
  return { name, url: url.toString(), drop: () => withClient(adminUrl, (c) => c.query(`DROP ROLE IF EXISTS ${name}`)).then(() => undefined) };
}
