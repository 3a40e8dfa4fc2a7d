/** The contributor withdraws a take-along grant (P4); taking along stops at once. */
import { withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { startContributionWrite } from './contribution-write.js';

const GRANT = { nl: 'Toestemming om mee te nemen', en: 'Take-along grant' };

export async function revokeTakeAlong(deps: ServiceDeps, actor: SessionActor, input: { caseId: string; contributionId: string; grantId: string }): Promise<void> {
  await withActor(deps, actor, async (trx) => {
    const { row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.grant_revoke');
    const revoked = await trx
      .updateTable('take_along_grants')
      .set({ revoked_at: deps.now() })
      .where('id', '=', input.grantId)
      .where('contribution_id', '=', row.id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (revoked === undefined) throw notFound(GRANT);
    await deps.audit.append(trx, entry);
  });
}
