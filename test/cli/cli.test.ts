/**
 * The `casustafel` CLI as a child process, against a temporary PGlite data directory or a
 * scratch PostgreSQL database (DATABASE_URL): good input works, bad input exits non-zero with a
 * clear message and no stack trace.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStore } from '../support/cli.js';
import type { CliRun as Run, CliStore } from '../support/cli.js';

const FIXTURE = fileURLToPath(new URL('../../src/domain/config/zorgnetwerk-oost-fictief.fixture.json', import.meta.url));

let cliAt: CliStore;
let store: readonly string[];
const cli = (...args: string[]): Promise<Run> => cliAt.run(...args);

const noStack = (r: Run): void => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(async () => {
  cliAt = await cliStore('cli', randomBytes(32));
  store = cliAt.store;
});
afterAll(async () => {
  await cliAt.remove();
});

describe('casustafel CLI: help and input checks', () => {
  it('every command has --help', async () => {
    for (const args of [['--help'], ['retention', 'run', '--help'], ['users', 'add', '--help'], ['audit', 'verify', '--help']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: casustafel/);
    }
  }, 120_000);

  it('an unknown command or a missing required option exits non-zero and says what is wrong', async () => {
    const unknown = await cli('bogus');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command 'bogus'/);
    const missing = await cli('users', 'add', '--username', 'x');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/required option '--collaboration <slug>' not specified/);
  }, 60_000);

  it('config validate: a valid collaboration passes; broken JSON and an invalid configuration fail with their paths', async () => {
    const good = await cli('config', 'validate', FIXTURE);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/Geldig \/ valid/);
    const broken = join(cliAt.dir, 'broken.json');
    await writeFile(broken, '{"id": ');
    const r1 = await cli('config', 'validate', broken);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/not valid JSON/);
    const invalid = join(cliAt.dir, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ id: 'x', partners: 'none' }));
    const r2 = await cli('config', 'validate', invalid);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/invalid configuration/);
    expect(r2.stderr).toMatch(/partners/);
    const r3 = await cli('config', 'validate', join(cliAt.dir, 'missing.json'));
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/cannot read file/);
    for (const r of [r1, r2, r3]) noStack(r);
  }, 120_000);
});

describe('casustafel CLI against a database', () => {
  it('migrate, demo (once), users add / reset-totp, retention run (dry and real), audit verify', async () => {
    const migrate = await cli('migrate', ...store);
    expect(migrate.code, migrate.stderr).toBe(0);

    const demo = await cli('demo', ...store);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/5 samenwerkingsverbanden/);
    const again = await cli('demo', ...store);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty/);

    const add = await cli('users', 'add', ...store, '--collaboration', 'zvh-noord-limburg', '--partner', 'met-ggz', '--username', 'nieuw@ggz', '--name', 'Nieuwe collega', '--role', 'professional', '--declared', '--vog');
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/one-time password: \S{16,}/);
    const duplicate = await cli('users', 'add', ...store, '--collaboration', 'zvh-noord-limburg', '--partner', 'met-ggz', '--username', 'nieuw@ggz', '--name', 'X', '--role', 'professional');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/already exists/);
    const badRole = await cli('users', 'add', ...store, '--collaboration', 'zvh-noord-limburg', '--partner', 'met-ggz', '--username', 'y@ggz', '--name', 'Y', '--role', 'king');
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/unknown role "king"/);
    const badPartner = await cli('users', 'add', ...store, '--collaboration', 'zvh-noord-limburg', '--partner', 'nope', '--username', 'z@ggz', '--name', 'Z', '--role', 'professional');
    expect(badPartner.code).toBe(1);
    expect(badPartner.stderr).toMatch(/partner not found: nope/);

    const reset = await cli('users', 'reset-totp', 'nieuw@ggz', ...store);
    expect(reset.code, reset.stderr).toBe(0);
    const resetUnknown = await cli('users', 'reset-totp', 'niemand', ...store);
    expect(resetUnknown.code).toBe(1);
    expect(resetUnknown.stderr).toMatch(/user not found: niemand/);

    const dry = await cli('retention', 'run', '--dry-run', ...store);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/retention \(proef \/ dry run.*\): cases=\d+ archived=0 deleted=0/);
    const run = await cli('retention', 'run', '--run-key', '2026-06-01', ...store);
    expect(run.code, run.stderr).toBe(0);
    const repeat = await cli('retention', 'run', '--run-key', '2026-06-01', ...store);
    expect(repeat.stdout).toMatch(/skipped/);

    const verify = await cli('audit', 'verify', ...store);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/access log intact: \d+ records/);
    for (const r of [again, duplicate, badRole, badPartner, resetUnknown]) noStack(r);
  }, 400_000);

  it('a bad database URL exits non-zero with the configuration message', async () => {
    const r = await cli('migrate', '--database-url', 'mysql://nope');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    noStack(r);
  }, 60_000);
});
