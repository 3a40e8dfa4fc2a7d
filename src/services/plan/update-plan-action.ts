/**
 * The case director follows up the plan (§3.3): it marks actions done, re-opens or cancels them.
 * Optimistic locking on the action's `version`: a change made on an older version is refused
 * with 409 and the other writer's change stays.
 */
import { PLAN_ACTION_MESSAGES, planActionCheck, planActionItem } from '../../domain/process/plan-action-guard.js';
import { auditEntry, domainActor, refuse, withActor } from '../access-gate.js';
import { decideMeetingItemChange } from '../../domain/access/decide.js';
import { notFound, staleVersion } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';

export interface PlanActionUpdate {
  readonly version: number;
  readonly status: 'open' | 'done' | 'cancelled';
  readonly dueAt?: string | undefined;
}

export async function updatePlanAction(deps: ServiceDeps, actor: SessionActor, caseId: string, actionId: string, input: PlanActionUpdate): Promise<{ id: string; status: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, caseId);
    const f = loaded.facts;
    const entry = auditEntry(deps, actor, { action: 'plan_action.update', caseId, purpose: 'plan_execution', onBehalfOfPartnerId: f.leadPartner });
    const current = await trx
      .selectFrom('plan_actions')
      .select(['id', 'version', 'meeting_id', 'life_domain', 'owner_partner_id', 'owner_user_id', 'subject_ids', 'restriction_kind'])
      .where('id', '=', actionId)
      .where('case_id', '=', caseId)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    if (current === undefined) throw notFound({ nl: 'Actie', en: 'Action' });
    // Who changes a plan action is the access engine's decision (one home for the rule).
    const check = planActionCheck(decideMeetingItemChange(domainActor(actor), f, planActionItem(current), now.getTime()));
    if (!check.ok) refuse(entry, { rule: check.rule, reason: check.reason, messages: PLAN_ACTION_MESSAGES[check.reason] });
    const updated = await trx
      .updateTable('plan_actions')
      .set((eb) => ({
        status: input.status,
        done_at: input.status === 'done' ? now : null,
        ...(input.dueAt === undefined ? {} : { due_at: new Date(input.dueAt) }),
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', actionId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion();
    await deps.audit.append(trx, entry);
    return { id: actionId, status: input.status, version: input.version + 1 };
  });
}
