/** The work of `audit verify`, loaded only when that command runs. */
import { sealAudit } from '../../audit/seal.js';
import { verifyAudit } from '../../audit/verify.js';
import { CliError, out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';

export async function verifyCommand(options: StoreOptions & { seal: boolean }): Promise<void> {
  await withDeps(options, async ({ database }) => {
    if (options.seal) await sealAudit(database.db);
    const result = await verifyAudit(database.db);
    if (!result.ok) {
      throw new CliError(`Logboek beschadigd / access log broken: ${result.problem} op positie / at position ${result.position} (record ${String(result.at)}).`, 2);
    }
    out(`Logboek intact / access log intact: ${result.count} records verzegeld / sealed, ${result.unsealed} nog niet / not yet.`);
  });
}
