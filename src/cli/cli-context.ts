/**
 * What every CLI command shares: configuration from the environment with command-line
 * overrides, the database and keys opened the same way the server opens them, clear errors.
 */
import { Option } from 'commander';
import type { Command } from 'commander';
import { appendAudit, appendAuditMany } from '../audit/append.js';
import { loadConfig } from '../config.js';
import type { AppConfig } from '../config.js';
import { deriveBsnHashKey } from '../crypto/bsn-hash.js';
import { loadMasterKeyRing } from '../crypto/master-key.js';
import { configCache } from '../server.js';
import type { ServiceDeps } from '../services/ports.js';
import { openDatabase } from '../store/database.js';
import type { AppDatabase } from '../store/database.js';

/** An expected failure: its message is shown as is, the exit code is non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface StoreOptions {
  readonly dataDir?: string;
  readonly databaseUrl?: string;
}

export function addStoreOptions(command: Command): Command {
  return command
    .addOption(new Option('--data-dir <dir>', 'PGlite data directory (overrides DATA_DIR)'))
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL (overrides DATABASE_URL)'));
}

export function cliConfig(options: StoreOptions, extra: Record<string, string> = {}): AppConfig {
  return loadConfig({
    ...process.env,
    ...extra,
    ...(options.dataDir === undefined ? {} : { DATA_DIR: options.dataDir }),
    ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
  });
}

export interface CliDeps {
  readonly config: AppConfig;
  readonly database: AppDatabase;
  readonly deps: ServiceDeps;
}

/** Opens database and keys, runs `fn`, always closes (the PGlite data-dir lock is released). */
export async function withDeps<T>(options: StoreOptions, fn: (d: CliDeps) => Promise<T>, open: { migrate?: boolean } = {}): Promise<T> {
  const config = cliConfig(options);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: open.migrate ?? true });
  try {
    const keys = await loadMasterKeyRing({ dataDir: config.dataDir });
    const deps: ServiceDeps = {
      database,
      audit: { append: (trx, entry) => appendAudit(trx, entry), appendMany: (trx, entries) => appendAuditMany(trx, entries) },
      keys,
      bsnKey: deriveBsnHashKey(keys.current),
      now: () => new Date(),
      collaborationConfig: configCache(),
      accessPoint: 'cli',
    };
    return await fn({ config, database, deps });
  } finally {
    await database.close();
  }
}

export const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
