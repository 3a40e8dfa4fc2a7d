/**
 * The light part of the CLI every command registration uses: store options, the error type and
 * output. Nothing here loads the server, the database or the schema, so `--help` stays fast.
 */
import { Option } from 'commander';
import type { Command } from 'commander';

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

export const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
