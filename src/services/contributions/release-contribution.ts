/**
 * The contributor releases (or restricts) its contribution for the RTO (P4): to everybody
 * invited, nobody, or named organisations, excluding whom it wants. Disclosing to others needs
 * a consent naming every recipient or the contributor's completed weighing (P7, decided by
 * `checkSharing`, with Venlo's limited first disclosure).
 */
import type { RtoRelease } from '../../domain/model.js';
import type { DisclosureScope } from '../../domain/process/sharing-guard.js';
import { toJson } from '../../store/schema.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadStateContext } from './case-writes.js';
import { bumpContributionVersion, startContributionWrite } from './contribution-write.js';
import { basisKindOf, enforceDisclosure, recordDisclosureWithoutConsent } from './disclosure.js';

export interface ReleaseContributionInput {
  readonly caseId: string;
  readonly contributionId: string;
  readonly releasedForRto: RtoRelease;
  readonly excluded: readonly string[];
  /** What the disclosure tells: only who is involved and what kind of help, or content. */
  readonly disclosureScope: DisclosureScope;
  readonly version?: number | undefined;
}

export async function releaseContribution(deps: ServiceDeps, actor: SessionActor, input: ReleaseContributionInput): Promise<{ version: number; withoutConsent: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { loaded, row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.release');
    const ctx = await loadStateContext(deps, trx, loaded);
    const disclosure = { from: row.by_partner_id, released: input.releasedForRto, excluded: input.excluded, scope: input.disclosureScope, basis: basisKindOf(row.basis) };
    const withoutConsent = enforceDisclosure(entry, ctx, disclosure, now.getTime());
    if (withoutConsent) await recordDisclosureWithoutConsent(trx, ctx, row.id, disclosure, now);
    const version = await bumpContributionVersion(trx, row.id, input.version, now);
    await trx
      .updateTable('contributions')
      .set({ released_for_rto: toJson(input.releasedForRto), excluded: toJson(input.excluded) })
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append(trx, entry);
    return { version, withoutConsent };
  });
}
