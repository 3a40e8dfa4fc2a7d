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
