/**
 * The address notice e-mails go to (§7): set by the admin, or by the user for itself. E-mail only
 * ever says that something waits, so the address is the one personal datum it carries. Row-Level
 * Security lets only the admin write user rows; a user's own address is written in the system
 * context, narrowed to exactly that user's row (and audited as the user's act).
 */
import { systemContext } from '../../store/acting-context.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';

async function write(deps: ServiceDeps, trx: Trx, actor: SessionActor, userId: string, email: string | null): Promise<{ userId: string; email: string | null }> {
  const updated = await trx
    .updateTable('users')
    .set({ email, updated_at: deps.now() })
    .where('id', '=', userId)
    .where('collaboration_id', '=', actor.collaborationId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw notFound({ nl: 'Gebruiker', en: 'User' });
  await deps.audit.append(trx, auditEntry(deps, actor, { action: 'user.email.change' }));
  return { userId, email };
}

export async function setNoticeEmail(deps: ServiceDeps, actor: SessionActor, userId: string, email: string | null): Promise<{ userId: string; email: string | null }> {
  if (userId === actor.userId) return deps.database.withTransaction(systemContext(actor.collaborationId), (trx) => write(deps, trx, actor, actor.userId, email));
  return withActor(deps, actor, async (trx) => {
    requireAbility(actor, 'users.manage', auditEntry(deps, actor, { action: 'user.email.change' }));
    return write(deps, trx, actor, userId, email);
  });
}
