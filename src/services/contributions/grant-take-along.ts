/**
 * After the RTO the contributor decides per participant and plan action who may take its
 * contribution along into its own systems (P4). Only in the RTO and monitoring phases, only to
 * a user of the collaboration.
 */
import { checkGrantPhase } from '../../domain/process/contribution-control.js';
import { withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { enforce } from './case-writes.js';
import { startContributionWrite } from './contribution-write.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';
import { caseKey } from '../cases/case-context.js';

export interface GrantTakeAlongInput {
  readonly caseId: string;
  readonly contributionId: string;
  readonly toUserId: string;
  readonly planAction: string;
}

export async function grantTakeAlong(deps: ServiceDeps, actor: SessionActor, input: GrantTakeAlongInput): Promise<{ id: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { loaded, row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.grant');
    enforce(entry, checkGrantPhase(loaded.row.phase));
    const user = await trx.selectFrom('users').select('id').where('id', '=', input.toUserId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
    if (user === undefined) throw validationFailed([{ field: 'toUserId', message: 'not a user of this collaboration' }]);
    const key = await caseKey(deps, trx, input.caseId);
    const grant = await trx
      .insertInto('take_along_grants')
      .values({
        contribution_id: row.id,
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        to_user_id: input.toUserId,
        plan_action_enc: sealCaseText(key, CASE_TEXT_FIELDS.grantPlanAction, input.planAction),
        granted_by: actor.userId,
        granted_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return { id: grant.id };
  });
}
