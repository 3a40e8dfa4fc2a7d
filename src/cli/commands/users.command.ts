/** `users add` and `users reset-totp`: account administration from the command line, audited. */
import type { Command } from 'commander';
import { ROLES } from '../../domain/model.js';
import { addStoreOptions } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';

export interface AddOptions extends StoreOptions {
  readonly collaboration: string;
  readonly partner: string;
  readonly username: string;
  readonly name: string;
  readonly role: string;
  readonly declared?: boolean;
  readonly vog?: boolean;
}

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('User accounts');
  addStoreOptions(
    users
      .command('add')
      .description('Add an account; prints a one-time password (the user enrols TOTP at first login outside demo mode)')
      .requiredOption('--collaboration <slug>', 'collaboration slug, e.g. zvh-noord-limburg')
      .requiredOption('--partner <slug>', 'partner slug within the collaboration')
      .requiredOption('--username <name>', 'login name')
      .requiredOption('--name <display>', 'display name')
      .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
      .option('--declared', 'record the confidentiality declaration as signed now')
      .option('--vog', 'record the VOG (certificate of conduct) as checked now'),
  ).action(async (options: AddOptions) => (await import('./users.action.js')).addUserCommand(options));

  addStoreOptions(
    users.command('reset-totp').description('Remove the two-step verification of an account (lost device) and end its sessions').argument('<username>', 'login name'),
  ).action(async (username: string, options: StoreOptions) => (await import('./users.action.js')).resetTotpCommand(username, options));
}
