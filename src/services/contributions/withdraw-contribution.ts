/** The contributor withdraws its contribution (P4): from now on nobody reads it (the engine refuses `withdrawn`). */
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { bumpContributionVersion, startContributionWrite } from './contribution-write.js';

export async function withdrawContribution(
  deps: ServiceDeps,
  actor: SessionActor,
  input: { caseId: string; contributionId: string; version?: number | undefined },
): Promise<{ version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.withdraw');
    const version = await bumpContributionVersion(trx, row.id, input.version, now);
    await trx.updateTable('contributions').set({ withdrawn_at: now }).where('id', '=', row.id).execute();
    await deps.audit.append(trx, entry);
    return { version };
  });
}
