/**
 * The admin creates a user for a partner of its collaboration (§4). The password is hashed with
 * argon2id; the confidentiality declaration and VOG check start unrecorded, so the user reaches
 * no personal data until the admin records both (record-user-checks.ts).
 */
import type { Role } from '../../domain/model.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { createUser } from '../setup/create-user.js';
import { loadPartnerRow } from './accession-records.js';
import { needsSecondPerson } from '../../domain/governance/four-eyes.js';
import { requestRoleGrant } from './role-grants.js';
import { requireAbility } from './role-guard.js';
import { USER_COLUMNS, userView } from './user-views.js';
import type { UserView } from './user-views.js';

export interface NewCollaborationUser {
  readonly partnerId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

/** PostgreSQL's unique_violation: the username exists, possibly in another collaboration. */
const isUniqueViolation = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

export async function createCollaborationUser(deps: ServiceDeps, actor: SessionActor, input: NewCollaborationUser): Promise<UserView & { readonly pendingApproval: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'user.create', targetRole: input.role });
    requireAbility(actor, 'users.manage', entry);
    const pending = needsSecondPerson(input.role);
    await loadPartnerRow(trx, actor.collaborationId, input.partnerId);
    const id = await createUser(trx, {
      collaborationId: actor.collaborationId,
      partnerId: input.partnerId,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      password: { plain: input.password },
      confidentialityDeclaredAt: null,
      vogCheckedAt: null,
      // A privileged role waits for a second person: the account stays inactive until a manager approves (four eyes).
      ...(pending ? { active: false } : {}),
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new AppError('conflict', { nl: `Gebruikersnaam ${input.username} bestaat al.`, en: `Username ${input.username} already exists.` }, { fields: [{ field: 'username', message: 'taken' }] });
      }
      throw error;
    });
    if (pending) await requestRoleGrant(trx, deps.now(), actor, id, input.role, 'create');
    const row = await trx.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
    await deps.audit.append(trx, { ...entry, targetUserId: id, rule: pending ? 'four_eyes_pending' : null });
    return { ...userView(row), pendingApproval: pending };
  });
}
