/** A user as the admin sees it: account, role, partner and the §4 preconditions; no case content. */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly role: string;
  readonly active: boolean;
  readonly confidentialityDeclaredAt: string | null;
  readonly vogCheckedAt: string | null;
  /** The work areas (neighbourhoods) the user is responsible for (migration 430; 004-C06, 004-R09). */
  readonly workAreas: readonly string[];
}

export const USER = { nl: 'Gebruiker', en: 'User' };

export function userView(u: {
  id: string;
  username: string;
  display_name: string;
  partner_id: string;
  role: string;
  active: boolean;
  confidentiality_declared_at: Date | null;
  vog_checked_at: Date | null;
  work_areas: string[];
}): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    partnerId: u.partner_id,
    role: u.role,
    active: u.active,
    confidentialityDeclaredAt: u.confidentiality_declared_at?.toISOString() ?? null,
    vogCheckedAt: u.vog_checked_at?.toISOString() ?? null,
    workAreas: u.work_areas,
  };
}

export const USER_COLUMNS = ['id', 'username', 'display_name', 'partner_id', 'role', 'active', 'confidentiality_declared_at', 'vog_checked_at', 'work_areas'] as const;
