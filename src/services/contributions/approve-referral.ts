/**
 * The contributor approves taking its contribution along when the case is referred to another
 * table of the collaboration, or handing it over when the case is referred to a body outside it
 * (ZSM, Veilig Thuis, another Zorg- en Veiligheidshuis, as configured) (P4: "triage data reaches another table only with its approval";
 * seed 003 fase 2 "mag uitsluitend indien de partij die de informatie heeft ingebracht dit
 * accordeert"). The approval names the table; `null` takes it back. Without it, a referral
 * removes the contribution.
 */
import { referralTargets } from '../../domain/tables/referral.js';
import { withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { bumpContributionVersion, startContributionWrite } from './contribution-write.js';

export interface ApproveReferralInput {
  readonly caseId: string;
  readonly contributionId: string;
  /** The table it may go to; null withdraws the approval. */
  readonly toTable: string | null;
  readonly version?: number | undefined;
}

export async function approveReferral(deps: ServiceDeps, actor: SessionActor, input: ApproveReferralInput): Promise<{ version: number; approvedFor: string | null }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { loaded, row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.referral_approval');
    if (input.toTable !== null) {
      const config = await deps.collaborationConfig(trx, loaded.row.collaborationId);
      const targets = referralTargets(config, loaded.row.tableId);
      if (!targets.some((t) => t.id === input.toTable)) {
        const known = targets.map((t) => `${t.id} (${t.name})`).join('; ');
        throw validationFailed([{ field: 'toTable', message: `geen andere overlegtafel of instantie van dit samenwerkingsverband; kies uit: ${known || '(geen)'}` }]);
      }
    }
    const version = await bumpContributionVersion(trx, row.id, input.version, now);
    await trx
      .updateTable('contributions')
      .set(input.toTable === null ? { referral_approved_for: null, referral_approved_by: null, referral_approved_at: null } : { referral_approved_for: input.toTable, referral_approved_by: actor.userId, referral_approved_at: now })
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append(trx, entry);
    return { version, approvedFor: input.toTable };
  });
}
