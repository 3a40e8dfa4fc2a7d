/**
 * The `casustafel` command line as a child process in a test, against its own store: a temporary
 * PGlite data directory, or a scratch PostgreSQL database when DATABASE_URL is set. Shared by the
 * CLI tests and the walk of a collaboration installed through the command line.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_URL, createScratchPostgres, tempDir } from './db.js';

const BIN = fileURLToPath(new URL('../../bin/casustafel.js', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliStore {
  /** The working directory of every command (temporary files go here too). */
  readonly dir: string;
  /** The options that point a command at the store: `--data-dir …` or `--database-url …`. */
  readonly store: readonly string[];
  /** Runs `casustafel …args` with the given master key; never rejects. */
  run(...args: string[]): Promise<CliRun>;
  remove(): Promise<void>;
}

export async function cliStore(prefix: string, masterKey: Buffer): Promise<CliStore> {
  const dir = await tempDir(prefix);
  const scratch = DATABASE_URL ? await createScratchPostgres(DATABASE_URL) : null;
  const store = scratch === null ? ['--data-dir', join(dir.path, 'data')] : ['--database-url', scratch.url];
  const env: NodeJS.ProcessEnv = { ...process.env, MASTER_KEY: masterKey.toString('base64'), NODE_ENV: 'test' };
  delete env['DATABASE_URL'];
  return {
    dir: dir.path,
    store,
    run: (...args) =>
      new Promise((resolve) => {
        execFile(process.execPath, [BIN, ...args], { env, cwd: dir.path, timeout: 120_000 }, (error, stdout, stderr) => {
          resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
        });
      }),
    remove: async () => {
      await scratch?.drop();
      await dir.remove();
    },
  };
}
