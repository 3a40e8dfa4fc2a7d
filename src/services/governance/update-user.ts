/**
 * Changes to a user by the admin (§4): its role, deactivation, and the recorded confidentiality
 * declaration and VOG check. Roles and status are read fresh per request (authenticate.ts), so a
 * change takes effect on the user's next request.
 */
import type { Role } from '../../domain/model.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { needsSecondPerson } from '../../domain/governance/four-eyes.js';
import { workAreaAssignmentIssue } from '../../domain/process/work-area.js';
import { requestRoleGrant } from './role-grants.js';
import { requireAbility } from './role-guard.js';
import { USER, USER_COLUMNS, userView } from './user-views.js';
import type { UserView } from './user-views.js';

export type UserChange =
  | { readonly kind: 'role'; readonly role: Role }
  | { readonly kind: 'deactivate' }
  | { readonly kind: 'checks'; readonly confidentialityDeclaredAt?: string | undefined; readonly vogCheckedAt?: string | undefined }
  | { readonly kind: 'work_areas'; readonly workAreas: readonly string[] };

const ACTION = { role: 'user.role.change', deactivate: 'user.deactivate', checks: 'user.checks.record', work_areas: 'user.work_areas.assign' } as const;

export async function updateUser(deps: ServiceDeps, actor: SessionActor, userId: string, change: UserChange): Promise<UserView & { readonly pendingApproval: boolean }> {
  return withActor(deps, actor, async (trx) => {
    let pending = false;
    const entry = auditEntry(deps, actor, { action: ACTION[change.kind], targetUserId: userId, ...(change.kind === 'role' ? { targetRole: change.role } : {}) });
    requireAbility(actor, 'users.manage', entry);
    const now = deps.now();
    const user = await trx.selectFrom('users').select(['id', 'role']).where('id', '=', userId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
    if (user === undefined) throw notFound(USER);
    if (userId === actor.userId && change.kind !== 'checks' && change.kind !== 'work_areas') {
      throw new AppError('conflict', { nl: 'U kunt uw eigen rol of account niet wijzigen; vraag een andere beheerder.', en: 'You cannot change your own role or account; ask another admin.' }, { rule: '§4' });
    }
    switch (change.kind) {
      case 'role':
        // A privileged role waits for a second person (four eyes); the account keeps its role until then.
        pending = needsSecondPerson(change.role) && change.role !== user.role;
        if (pending) await requestRoleGrant(trx, now, actor, userId, change.role, 'role');
        else await trx.updateTable('users').set({ role: change.role, updated_at: now }).where('id', '=', userId).execute();
        break;
      case 'deactivate':
        await trx.updateTable('users').set({ active: false, updated_at: now }).where('id', '=', userId).execute();
        break;
      case 'checks': {
        if (change.confidentialityDeclaredAt === undefined && change.vogCheckedAt === undefined) {
          throw validationFailed([{ field: 'confidentialityDeclaredAt', message: 'give the declaration date, the VOG check date, or both' }]);
        }
        await trx
          .updateTable('users')
          .set({
            ...(change.confidentialityDeclaredAt === undefined ? {} : { confidentiality_declared_at: change.confidentialityDeclaredAt }),
            ...(change.vogCheckedAt === undefined ? {} : { vog_checked_at: change.vogCheckedAt }),
            updated_at: now,
          })
          .where('id', '=', userId)
          .execute();
        break;
      }
      case 'work_areas': {
        // 004-C06 / 004-R09: a director directs several wijken, the statistician sees one.
        const workAreas = [...new Set(change.workAreas)];
        const issue = workAreaAssignmentIssue(user.role, (await deps.collaborationConfig(trx, actor.collaborationId)).workAreas, workAreas);
        if (issue !== null) throw validationFailed([issue]);
        await trx.updateTable('users').set({ work_areas: workAreas, updated_at: now }).where('id', '=', userId).execute();
        break;
      }
    }
    const row = await trx.selectFrom('users').select(USER_COLUMNS).where('id', '=', userId).executeTakeFirstOrThrow();
    await deps.audit.append(trx, { ...entry, ...(pending ? { rule: 'four_eyes_pending' } : {}) });
    return { ...userView(row), pendingApproval: pending };
  });
}
