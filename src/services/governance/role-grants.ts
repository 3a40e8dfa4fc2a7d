/**
 * Four eyes on privileged roles (ADR 0031): the admin's request waits in `role_grants` until a
 * manager of the collaboration, who is neither the requester nor the account, approves or
 * rejects it. Approval gives the role (or activates the new account); both outcomes are audited
 * naming the account and the role.
 */
import { checkGrantDecision, GRANT_REFUSALS } from '../../domain/governance/four-eyes.js';
import type { Role } from '../../domain/model.js';
import { actingContext, auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError, notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { systemContext } from '../../store/acting-context.js';

export interface RoleGrantView {
  readonly id: string;
  readonly userId: string;
  readonly username: string;
  /** The account's name, and the name of the admin who asked: the manager decides on people, not ids. */
  readonly displayName: string;
  readonly requestedByName: string;
  readonly role: string;
  readonly kind: 'create' | 'role';
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly outcome: 'approved' | 'rejected' | null;
  readonly decidedAt: string | null;
}

const GRANT = { nl: 'Rolverzoek', en: 'Role request' };

export async function requestRoleGrant(trx: Trx, now: Date, actor: SessionActor, userId: string, role: Role, kind: 'create' | 'role'): Promise<void> {
  const open = await trx.selectFrom('role_grants').select('id').where('user_id', '=', userId).where('outcome', 'is', null).executeTakeFirst();
  if (open !== undefined) {
    throw new AppError('conflict', { nl: 'Voor deze gebruiker wacht al een rolverzoek op goedkeuring.', en: 'A role request for this user is already awaiting approval.' }, { rule: 'four_eyes' });
  }
  await trx.insertInto('role_grants').values({ collaboration_id: actor.collaborationId, user_id: userId, role, kind, requested_by: actor.userId, requested_at: now }).execute();
}

/** Open (and recent) role requests of the collaboration, for the admin and the manager. */
export async function listRoleGrants(deps: ServiceDeps, actor: SessionActor): Promise<RoleGrantView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'role_grant.list' });
    if (actor.role !== 'admin' && actor.role !== 'manager') refuse(entry, { rule: 'four_eyes', reason: 'role_not_allowed', messages: GRANT_REFUSALS.four_eyes_not_manager });
    const rows = await trx
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .leftJoin('users as requester', 'requester.id', 'role_grants.requested_by')
      .select([
        'role_grants.id',
        'role_grants.user_id',
        'users.username',
        'users.display_name',
        'requester.display_name as requester_name',
        'role_grants.role',
        'role_grants.kind',
        'role_grants.requested_by',
        'role_grants.requested_at',
        'role_grants.outcome',
        'role_grants.decided_at',
      ])
      .where('role_grants.collaboration_id', '=', actor.collaborationId)
      .orderBy('role_grants.requested_at', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      username: r.username,
      displayName: r.display_name,
      requestedByName: r.requester_name ?? '',
      role: r.role,
      kind: r.kind,
      requestedBy: r.requested_by,
      requestedAt: r.requested_at.toISOString(),
      outcome: r.outcome,
      decidedAt: r.decided_at === null ? null : r.decided_at.toISOString(),
    }));
  });
}

/**
 * A manager approves or rejects. The change of the account runs in the system context narrowed
 * to the collaboration (users are written by admins under Row-Level Security), after the
 * decision was checked here.
 */
export async function decideRoleGrant(deps: ServiceDeps, actor: SessionActor, grantId: string, approve: boolean): Promise<RoleGrantView> {
  const now = deps.now();
  return withActor(
    deps,
    actor,
    async (trx) => {
      const grant = await trx.selectFrom('role_grants').selectAll().where('id', '=', grantId).where('collaboration_id', '=', actor.collaborationId).forUpdate().executeTakeFirst();
      if (grant === undefined) throw notFound(GRANT);
      const entry = auditEntry(deps, actor, { action: approve ? 'user.role.approve' : 'user.role.reject', targetUserId: grant.user_id, targetRole: grant.role });
      const refusal = checkGrantDecision({ requestedBy: grant.requested_by, userId: grant.user_id, decided: grant.outcome !== null }, { userId: actor.userId, role: actor.role });
      if (refusal !== null) refuse(entry, { rule: 'four_eyes', reason: refusal, messages: GRANT_REFUSALS[refusal] });
      const outcome = approve ? ('approved' as const) : ('rejected' as const);
      await trx.updateTable('role_grants').set({ decided_by: actor.userId, decided_at: now, outcome }).where('id', '=', grantId).execute();
      if (approve) {
        if (grant.kind === 'create') await trx.updateTable('users').set({ active: true, role: grant.role, updated_at: now }).where('id', '=', grant.user_id).execute();
        else await trx.updateTable('users').set({ role: grant.role, updated_at: now }).where('id', '=', grant.user_id).execute();
      }
      await deps.audit.append(trx, { ...entry, rule: 'four_eyes' });
      const user = await trx.selectFrom('users').select(['username', 'display_name']).where('id', '=', grant.user_id).executeTakeFirstOrThrow();
      const requester = await trx.selectFrom('users').select('display_name').where('id', '=', grant.requested_by).executeTakeFirst();
      return {
        id: grant.id,
        userId: grant.user_id,
        username: user.username,
        displayName: user.display_name,
        requestedByName: requester?.display_name ?? '',
        role: grant.role,
        kind: grant.kind,
        requestedBy: grant.requested_by,
        requestedAt: grant.requested_at.toISOString(),
        outcome,
        decidedAt: now.toISOString(),
      };
    },
    // The manager's own context for the audit, widened to write the account it approves.
    { ...actingContext(actor), role: systemContext(actor.collaborationId).role },
  );
}
