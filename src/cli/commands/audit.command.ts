/** `audit verify`: checks the hash chain of the access log (P16); exit code 2 when broken. */
import type { Command } from 'commander';
import { addStoreOptions } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The access log (P16)');
  addStoreOptions(audit.command('verify').description('Seal pending records and verify the whole hash chain').option('--no-seal', 'verify without sealing first')).action(
    async (options: StoreOptions & { seal: boolean }) => (await import('./audit.action.js')).verifyCommand(options),
  );
}
