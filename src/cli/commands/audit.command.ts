/**
 * `audit verify`: checks the hash chain of the access log (P16), and against signed checkpoints
 * when given; exit code 2 when broken. `audit keygen` and `audit checkpoint`: the signing key and
 * the signed checkpoints of the chain head, kept outside the database (finding M6, ADR 0032).
 */
import type { Command } from 'commander';
import { addStoreOptions } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';
import type { CheckpointOptions, KeygenOptions, VerifyOptions } from './audit.action.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The access log (P16)');
  addStoreOptions(
    audit
      .command('verify')
      .description('Seal pending records and verify the whole hash chain; with --checkpoints, also against the signed checkpoints')
      .option('--no-seal', 'verify without sealing first')
      .option('--checkpoints <file>', 'signed checkpoints (JSON Lines) written by `audit checkpoint`')
      .option('--public-key <file>', 'the Ed25519 public key (PEM) of the checkpoints')
      .option('--max-age-hours <hours>', 'fail when the newest checkpoint is older than this'),
  ).action(async (options: StoreOptions & VerifyOptions) => (await import('./audit.action.js')).verifyCommand(options));
  audit
    .command('keygen')
    .description('Create the Ed25519 key pair that signs checkpoints; keep the private key outside the database and the data directory')
    .requiredOption('--private-key <file>', 'where to write the private key (PEM, mode 0600; must not exist)')
    .requiredOption('--public-key <file>', 'where to write the public key (PEM)')
    .action(async (options: KeygenOptions) => (await import('./audit.action.js')).keygenCommand(options));
  addStoreOptions(
    audit
      .command('checkpoint')
      .description('Seal pending records and append a signed checkpoint of the chain head to a file outside the data directory (run daily)')
      .requiredOption('--private-key <file>', 'the Ed25519 private key (PEM)')
      .requiredOption('--out <file>', 'the checkpoint file (JSON Lines), appended to'),
  ).action(async (options: StoreOptions & CheckpointOptions) => (await import('./audit.action.js')).checkpointCommand(options));
}
