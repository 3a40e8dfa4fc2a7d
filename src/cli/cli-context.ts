/**
 * What every CLI command that touches the store shares: configuration from the environment with
 * command-line overrides, the database and keys opened the same way the server opens them.
 * Loaded only by the commands that need it (see cli-options.ts for the light part).
 */
import { databaseAuditPort } from '../audit/audit-port.js';
import { loadConfig } from '../config.js';
import type { AppConfig } from '../config.js';
import { deriveBsnHashKey } from '../crypto/bsn-hash.js';
import { loadMasterKeyRing } from '../crypto/master-key.js';
import { configCache } from '../services/config-cache.js';
import type { ServiceDeps } from '../services/ports.js';
import { openDatabase } from '../store/database.js';
import { sealPlaintextCaseText } from '../services/setup/seal-case-text.js';
import { sealPlaintextFreeText } from '../services/setup/seal-free-text.js';
import { fileDeletionJournal } from '../store/deletion-journal.js';
import type { AppDatabase } from '../store/database.js';
import type { StoreOptions } from './cli-options.js';

export { CliError, addStoreOptions, out } from './cli-options.js';
export type { StoreOptions } from './cli-options.js';

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
    const keys = await loadMasterKeyRing({ dataDir: config.dataDir, keyFile: config.masterKeyFile, production: config.production });
    // Rows an older version wrote in plaintext are sealed before any command reads them (ADR 0075).
    if (open.migrate ?? true) {
      await sealPlaintextFreeText(database, keys);
      await sealPlaintextCaseText(database, keys);
    }
    const deps: ServiceDeps = {
      database,
      audit: databaseAuditPort(database),
      keys,
      bsnKey: deriveBsnHashKey(keys.current),
      now: () => new Date(),
      collaborationConfig: configCache(),
      accessPoint: 'cli',
      deletionJournal: fileDeletionJournal(config.deletionJournal),
    };
    return await fn({ config, database, deps });
  } finally {
    await database.close();
  }
}
