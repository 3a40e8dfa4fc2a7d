/**
 * The contributor withdraws its contribution (P4): from now on nobody reads it (the engine
 * refuses `withdrawn`). The reason is stored with the contribution, encrypted under the case key.
 */
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey } from '../cases/case-context.js';
import { bumpContributionVersion, startContributionWrite } from './contribution-write.js';

export async function withdrawContribution(
  deps: ServiceDeps,
  actor: SessionActor,
  input: { caseId: string; contributionId: string; reason: string; version?: number | undefined },
): Promise<{ version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.withdraw');
    const version = await bumpContributionVersion(trx, row.id, input.version, now);
    const key = await caseKey(deps, trx, row.case_id);
    const content = decryptJson(key, 'contribution.content', row.content_enc) as Record<string, unknown>;
    const content_enc = encryptJson(key, 'contribution.content', { ...content, withdrawalReason: input.reason });
    await trx.updateTable('contributions').set({ withdrawn_at: now, content_enc }).where('id', '=', row.id).execute();
    await deps.audit.append(trx, entry);
    return { version };
  });
}
