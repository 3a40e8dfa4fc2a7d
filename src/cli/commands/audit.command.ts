/** `audit verify`: checks the hash chain of the access log (P16); exit code 2 when broken. */
import type { Command } from 'commander';
import { sealAudit } from '../../audit/seal.js';
import { verifyAudit } from '../../audit/verify.js';
import { CliError, addStoreOptions, out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The access log (P16)');
  addStoreOptions(audit.command('verify').description('Seal pending records and verify the whole hash chain').option('--no-seal', 'verify without sealing first')).action(
    async (options: StoreOptions & { seal: boolean }) => {
      await withDeps(options, async ({ database }) => {
        if (options.seal) await sealAudit(database.db);
        const result = await verifyAudit(database.db);
        if (!result.ok) {
          throw new CliError(`Logboek beschadigd / access log broken: ${result.problem} op positie / at position ${result.position} (record ${String(result.at)}).`, 2);
        }
        out(`Logboek intact / access log intact: ${result.count} records verzegeld / sealed, ${result.unsealed} nog niet / not yet.`);
      });
    },
  );
}
