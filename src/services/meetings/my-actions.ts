/**
 * "My actions" (§3.3 monitoring): the open actions of the plans of approach that my organisation
 * owns, across the cases, overdue first, then by due date. Each action is decided by the access
 * engine as a meeting item (`decide`, resource `meeting_item`): the participants of the current
 * RTO, the case director and staff read the plan's actions, the owner its own action of the
 * current plan (seed 003 Fase 3: an invitation to an earlier RTO keeps nothing readable). An
 * action I may not read is left out, not refused; every case shown is audited.
 */
import { decide } from '../../domain/access/decide.js';
import { planActionItem } from '../../domain/process/plan-action-guard.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { auditEntry, domainActor, withActor } from '../access-gate.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { PLAN_ACTION_FIELD } from './save-meeting-record.js';

export interface MyAction {
  readonly id: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly meetingId: string | null;
  readonly description: string;
  readonly dueAt: string | null;
  readonly overdue: boolean;
  /** Mine in person (owner user), not only my organisation's. */
  readonly mine: boolean;
}

export async function myActions(deps: ServiceDeps, actor: SessionActor): Promise<readonly MyAction[]> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const rows = await trx
      .selectFrom('plan_actions')
      .innerJoin('cases', 'cases.id', 'plan_actions.case_id')
      .select([
        'plan_actions.id',
        'plan_actions.case_id',
        'plan_actions.meeting_id',
        'plan_actions.description_enc',
        'plan_actions.due_at',
        'plan_actions.owner_user_id',
        'plan_actions.owner_partner_id',
        'plan_actions.life_domain',
        'plan_actions.subject_ids',
        'plan_actions.restriction_kind',
        'cases.number',
      ])
      .where('plan_actions.owner_partner_id', '=', actor.partnerId)
      .where('plan_actions.collaboration_id', '=', actor.collaborationId)
      .where('plan_actions.status', '=', 'open')
      .where('plan_actions.restricted_at', 'is', null)
      .where('plan_actions.erased_at', 'is', null)
      .execute();
    const facts = new Map<string, Awaited<ReturnType<typeof loadCaseFacts>>>();
    const audited = new Set<string>();
    const out: MyAction[] = [];
    for (const r of rows) {
      if (!facts.has(r.case_id)) facts.set(r.case_id, await loadCaseFacts(trx, r.case_id));
      const loaded = facts.get(r.case_id) ?? null;
      const purpose = loaded === null ? null : defaultPurpose(loaded.facts.phase);
      if (loaded === null || purpose === null) continue;
      const item = planActionItem(r);
      if (!decide(domainActor(actor), loaded.facts, { kind: 'meeting_item', item }, purpose, 'read', now.getTime()).allow) continue;
      if (!audited.has(r.case_id)) {
        audited.add(r.case_id);
        await deps.audit.append(trx, auditEntry(deps, actor, { action: 'plan_action.mine.read', caseId: r.case_id, purpose, onBehalfOfPartnerId: actor.partnerId }));
      }
      const key = await optionalCaseKey(deps, trx, r.case_id);
      out.push({
        id: r.id,
        caseId: r.case_id,
        caseNumber: r.number,
        meetingId: r.meeting_id,
        description: key === undefined ? '' : decryptField(key, PLAN_ACTION_FIELD, r.description_enc),
        dueAt: r.due_at?.toISOString() ?? null,
        overdue: r.due_at !== null && r.due_at.getTime() < now.getTime(),
        mine: r.owner_user_id === actor.userId,
      });
    }
    return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.caseNumber.localeCompare(b.caseNumber));
  });
}
