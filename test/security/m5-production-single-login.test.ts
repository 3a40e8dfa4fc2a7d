/**
 * Finding M5 (ADR 0126): in production on PostgreSQL with DATABASE_URL alone, the server ran on one
 * login for user requests and the system context, and nothing was said. Now it refuses to start
 * until DATABASE_SYSTEM_URL gives the system its own login, or DATABASE_SINGLE_LOGIN=true says the
 * single login is meant; then it warns at every start (the pattern of L7's TLS check).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, productionDatabaseLoginCheck } from '../../src/config.js';
import { runMainUntilExit } from '../support/spawn-main.js';

const PG = 'postgres://casustafel_login@127.0.0.1:5432/casustafel';
const SYSTEM = 'postgres://casustafel_system_login@127.0.0.1:5432/casustafel';

describe('M5 production on PostgreSQL with one database login', () => {
  it('M5 the check: refused with DATABASE_URL alone, a warning with DATABASE_SINGLE_LOGIN=true, nothing with two logins, on PGlite or outside production', () => {
    const base = { NODE_ENV: 'production', TLS: 'true' };
    expect(productionDatabaseLoginCheck(loadConfig({ ...base, DATABASE_URL: PG })).refuse).toMatch(/DATABASE_SYSTEM_URL ontbreekt met NODE_ENV=production op PostgreSQL/);
    expect(productionDatabaseLoginCheck(loadConfig({ ...base, DATABASE_URL: PG, DATABASE_SINGLE_LOGIN: 'false' })).refuse).toMatch(/DATABASE_SINGLE_LOGIN=true/);
    expect(productionDatabaseLoginCheck(loadConfig({ ...base, DATABASE_URL: PG, DATABASE_SINGLE_LOGIN: 'true' }))).toEqual({
      refuse: null,
      warning: expect.stringMatching(/^WAARSCHUWING: productie met één databaselogin/) as unknown,
    });
    expect(productionDatabaseLoginCheck(loadConfig({ ...base, DATABASE_URL: PG, DATABASE_SYSTEM_URL: SYSTEM }))).toEqual({ refuse: null, warning: null });
    expect(productionDatabaseLoginCheck(loadConfig(base))).toEqual({ refuse: null, warning: null });
    expect(productionDatabaseLoginCheck(loadConfig({ DATABASE_URL: PG }))).toEqual({ refuse: null, warning: null });
  });

  it('M5 the shipped start: `src/main.ts` in production with DATABASE_URL alone exits 1 with the Dutch message, before opening the database', async () => {
    // Port 9 (discard): nothing answers there, so a start that opened the database would fail differently.
    const { code, stderr } = await runMainUntilExit({ NODE_ENV: 'production', TLS: 'true', PORT: '0', DATABASE_URL: 'postgres://casustafel_login@127.0.0.1:9/casustafel' });
    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_SYSTEM_URL ontbreekt met NODE_ENV=production op PostgreSQL');
  }, 120_000);
});
