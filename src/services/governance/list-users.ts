/** The users of the acting collaboration (admin, §4). */
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from './role-guard.js';
import { USER_COLUMNS, userView } from './user-views.js';
import type { UserView } from './user-views.js';

export async function listUsers(deps: ServiceDeps, actor: SessionActor, filter: { readonly partnerId?: string | undefined }): Promise<UserView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'user.list' });
    requireAbility(actor, 'users.manage', entry);
    let q = trx.selectFrom('users').select(USER_COLUMNS).where('collaboration_id', '=', actor.collaborationId);
    if (filter.partnerId !== undefined) q = q.where('partner_id', '=', filter.partnerId);
    const rows = await q.orderBy('username').execute();
    await deps.audit.append(trx, entry);
    return rows.map(userView);
  });
}
