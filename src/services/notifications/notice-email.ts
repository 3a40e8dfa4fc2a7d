/**
 * The address notice e-mails go to (§7): set by the admin, or by the user for itself. E-mail only
 * ever says that something waits, so the address is the one personal datum it carries.
 */
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';

export async function setNoticeEmail(deps: ServiceDeps, actor: SessionActor, userId: string, email: string | null): Promise<{ userId: string; email: string | null }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'user.email.change' });
    if (userId !== actor.userId) requireAbility(actor, 'users.manage', entry);
    const updated = await trx
      .updateTable('users')
      .set({ email, updated_at: deps.now() })
      .where('id', '=', userId)
      .where('collaboration_id', '=', actor.collaborationId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound({ nl: 'Gebruiker', en: 'User' });
    await deps.audit.append(trx, entry);
    return { userId, email };
  });
}
