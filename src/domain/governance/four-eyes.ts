/**
 * Four eyes on privileged roles (item 14 of the privacy-rules issue; ADR 0031). The roles that
 * reach case content or govern who does (privacy officer, process director, manager) and the
 * admin role itself (an admin could otherwise mint a second admin to approve its own grants) are
 * given only when a second person approves: a manager of the collaboration who is neither the
 * admin who asked nor the account that gets the role.
 */
import type { Role } from '../model.js';

export const PRIVILEGED_ROLES: ReadonlySet<Role> = new Set<Role>(['privacy_officer', 'process_director', 'manager', 'admin']);

export const needsSecondPerson = (role: Role): boolean => PRIVILEGED_ROLES.has(role);

export type GrantRefusal = 'four_eyes_not_manager' | 'four_eyes_own_request' | 'four_eyes_own_account' | 'four_eyes_already_decided';

export function checkGrantDecision(grant: { readonly requestedBy: string; readonly userId: string; readonly decided: boolean }, decider: { readonly userId: string; readonly role: Role }): GrantRefusal | null {
  if (grant.decided) return 'four_eyes_already_decided';
  if (decider.role !== 'manager') return 'four_eyes_not_manager';
  if (decider.userId === grant.requestedBy) return 'four_eyes_own_request';
  if (decider.userId === grant.userId) return 'four_eyes_own_account';
  return null;
}

export const GRANT_REFUSALS: Record<GrantRefusal, { readonly nl: string; readonly en: string }> = {
  four_eyes_not_manager: { nl: 'Alleen een manager van het samenwerkingsverband keurt een bevoorrechte rol goed (vier ogen).', en: 'Only a manager of the collaboration approves a privileged role (four eyes).' },
  four_eyes_own_request: { nl: 'U kunt uw eigen verzoek niet goedkeuren; een tweede persoon moet dat doen (vier ogen).', en: 'You cannot approve your own request; a second person must (four eyes).' },
  four_eyes_own_account: { nl: 'U kunt een rol voor uw eigen account niet goedkeuren (vier ogen).', en: 'You cannot approve a role for your own account (four eyes).' },
  four_eyes_already_decided: { nl: 'Over dit verzoek is al beslist.', en: 'This request has already been decided.' },
};
