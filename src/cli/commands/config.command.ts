/**
 * `config validate <file>`: checks a collaboration configuration (JSON) without installing it.
 * `config install <file>`: installs it with its first admin (an installation-level act, finding M2).
 */
import type { Command } from 'commander';
import { addStoreOptions } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';
import type { InstallOptions } from './config.action.js';

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('Collaboration configurations (§6)');
  config
    .command('validate')
    .description('Validate a collaboration configuration file (JSON); lists every problem with its path')
    .argument('<file>', 'the JSON file')
    .action(async (file: string) => (await import('./config.action.js')).validateCommand(file));
  addStoreOptions(
    config
      .command('install')
      .description('Install a new collaboration from its configuration (JSON) with its first admin; prints a one-time password. Add its first manager with `users add` (four eyes)')
      .argument('<file>', 'the JSON file')
      .requiredOption('--admin-partner <slug>', 'member partner of the new collaboration the admin works for')
      .requiredOption('--admin-username <name>', 'login name of the first admin')
      .requiredOption('--admin-name <display>', 'display name of the first admin'),
  ).action(async (file: string, options: StoreOptions & InstallOptions) => (await import('./config.action.js')).installCommand(file, options));
}
