/**
 * The team queue of the process directors (issue 15 item 5): the new registrations (cases still
 * in screening) of the director's pool that a colleague holds or nobody holds, so the team can
 * divide them; a director takes one and becomes its process director. The pool is the one
 * registration assigns from: where the case's table has a responsible officer (seed 000 art.
 * 10.2/10.3), the process directors employed by that officer's partner; elsewhere all of the
 * house. The queue names the case number, the table, the date and who holds it: no subject and
 * no content, because the case is not yet the reader's (Row-Level Security would not show it;
 * the list is read in the system context and narrowed here). Listing and taking are audited.
 */
import { checkTakeFromQueue, inQueueOf } from '../../domain/process/team-queue.js';
import type { Phase } from '../../domain/model.js';
import { reasonMessage } from '../../domain/process/reasons.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { systemContext } from '../../store/acting-context.js';
import { bumpCaseVersion } from './case-context.js';

export interface QueueItem {
  readonly id: string;
  readonly number: string;
  readonly tableId: string;
  readonly registeredAt: string;
  /** The colleague who holds the case now; null when nobody does. */
  readonly heldBy: string | null;
}

/**
 * The partner a table's responsible officer belongs to (its id), or null where the table has none;
 * '' when the officer's partner is not installed (then no director's pool holds the table).
 */
async function poolPartner(deps: ServiceDeps, trx: Trx, collaborationId: string, tableId: string): Promise<string | null> {
  const config = await deps.collaborationConfig(trx, collaborationId);
  const officer = config.tables.find((t) => t.id === tableId)?.responsibleOfficer;
  if (officer === undefined) return null;
  const partner = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('slug', '=', officer.partnerId).executeTakeFirst();
  return partner?.id ?? '';
}

/** The current process director of each case, by case id. */
async function holders(trx: Trx, caseIds: readonly string[]): Promise<Map<string, { userId: string; name: string }>> {
  if (caseIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('case_staff')
    .innerJoin('users', 'users.id', 'case_staff.user_id')
    .select(['case_staff.case_id', 'case_staff.user_id', 'users.display_name'])
    .where('case_staff.case_id', 'in', [...caseIds])
    .where('case_staff.role', '=', 'process_director')
    .where('case_staff.ended_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.case_id, { userId: r.user_id, name: r.display_name }]));
}

export async function listTeamQueue(deps: ServiceDeps, actor: SessionActor): Promise<QueueItem[]> {
  if (actor.role !== 'process_director') return [];
  return withActor(
    deps,
    actor,
    async (trx) => {
      const rows = await trx
        .selectFrom('cases')
        .select(['id', 'number', 'table_id', 'phase', 'created_at'])
        .where('collaboration_id', '=', actor.collaborationId)
        .where('phase', '=', 'screening')
        .orderBy('created_at')
        .limit(200)
        .execute();
      const held = await holders(
        trx,
        rows.map((r) => r.id),
      );
      const pools = new Map<string, string | null>();
      const items: QueueItem[] = [];
      for (const r of rows) {
        const holder = held.get(r.id);
        if (!pools.has(r.table_id)) pools.set(r.table_id, await poolPartner(deps, trx, actor.collaborationId, r.table_id));
        const officerPartnerId = pools.get(r.table_id) ?? null;
        if (!inQueueOf({ role: actor.role, phase: r.phase as Phase, officerPartnerId, actorPartnerId: actor.partnerId, heldByActor: holder?.userId === actor.userId })) continue;
        items.push({ id: r.id, number: r.number, tableId: r.table_id, registeredAt: r.created_at.toISOString(), heldBy: holder?.name ?? null });
      }
      await deps.audit.append(trx, auditEntry(deps, actor, { action: 'case.team_queue.list' }));
      return items;
    },
    systemContext(actor.collaborationId),
  );
}

/**
 * Takes a case from the team queue: the actor, a process director of the case's pool, becomes its
 * process director while it is in screening; the colleague who held it stops acting in it.
 */
export async function takeFromQueue(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<{ version: number }> {
  return withActor(
    deps,
    actor,
    async (trx) => {
      const now = deps.now();
      const entry = auditEntry(deps, actor, { action: 'case.team_queue.take', caseId, purpose: 'screening', onBehalfOfPartnerId: actor.partnerId });
      const row = await trx.selectFrom('cases').select(['id', 'phase', 'table_id']).where('id', '=', caseId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
      if (row === undefined) {
        refuse(entry, { rule: 'process', reason: 'not_in_queue', messages: { nl: 'Deze casus staat niet in de wachtrij van uw team.', en: 'This case is not in your team’s queue.' } });
      }
      const held = (await holders(trx, [caseId])).get(caseId);
      const officerPartnerId = await poolPartner(deps, trx, actor.collaborationId, row.table_id);
      const check = checkTakeFromQueue({ role: actor.role, phase: row.phase as Phase, officerPartnerId, actorPartnerId: actor.partnerId, heldByActor: held?.userId === actor.userId });
      if (!check.ok) refuse(entry, { rule: check.rule, reason: check.reason, messages: reasonMessage(check.reason) });
      await trx.updateTable('case_staff').set({ ended_at: now }).where('case_id', '=', caseId).where('role', '=', 'process_director').where('ended_at', 'is', null).execute();
      await trx
        .insertInto('case_staff')
        .values({ case_id: caseId, collaboration_id: actor.collaborationId, user_id: actor.userId, role: 'process_director', assigned_at: now })
        .onConflict((oc) => oc.columns(['case_id', 'user_id', 'role']).doUpdateSet({ ended_at: null, assigned_at: now }))
        .execute();
      const version = await bumpCaseVersion(trx, caseId, undefined, now);
      await deps.audit.append(trx, entry);
      return { version };
    },
    systemContext(actor.collaborationId),
  );
}
