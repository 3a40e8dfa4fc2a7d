/**
 * Finding M5 (ADR 0126): in production on PostgreSQL with DATABASE_URL alone, the server ran on one
 * login for user requests and the system context, and nothing was said. Now it refuses to start
 * until DATABASE_SYSTEM_URL gives the system its own login, or DATABASE_SINGLE_LOGIN=true says the
 * single login is meant; then it warns at every start (the pattern of L7's TLS check).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, productionDatabaseLoginCheck } from '../../src/config.js';

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
    const dir = await mkdtemp(join(tmpdir(), 'casustafel-m5-'));
    try {
      // Port 9 (discard): nothing answers there, so a start that opened the database would fail differently.
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', TLS: 'true', DATA_DIR: join(dir, 'data'), PORT: '0', DATABASE_URL: 'postgres://casustafel_login@127.0.0.1:9/casustafel' };
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain('DATABASE_SYSTEM_URL ontbreekt met NODE_ENV=production op PostgreSQL');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
