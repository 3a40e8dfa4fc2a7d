/**
 * A partner's designation of who speaks for it (seed 001 art. 5.3: "één afgevaardigde van iedere
 * Partij" in the Voorbereidingsgroep, which decides on AVG matters, art. 5.4; seed 002 art. 11.6:
 * a complaint is answered "via een bij partners daarvoor verantwoordelijke functionaris"; ADR 0212).
 * The designated users are the partner's privacy contacts (`privacyContacts`): they receive the
 * rights requests, incident notices and complaints routed to the partner and read the published
 * accountability report. A partner without a designation, or whose designated users are all
 * deactivated or have left it, is told through the derived contacts as before.
 * Pure: the service passes the users and the latest designation per partner.
 */
import type { PartnerId, Role, UserId } from '../model.js';
import type { NoticeUser } from './recipients.js';

/** The latest designation of a partner: the users it names (empty: withdrawn, the derived contacts apply). */
export interface PartnerDesignation {
  readonly partnerId: PartnerId;
  readonly userIds: readonly UserId[];
}

/** Roles that may speak for a partner: those the derived contacts come from (and that read the published report). */
export const DESIGNATABLE_ROLES: readonly Role[] = ['privacy_officer', 'manager', 'process_director', 'professional'];

/** At most this many users per partner: a delegate and deputies for its absence (as seed 002 art. 6.3 asks "een vervanger" for the designated professional). */
export const MAX_DELEGATES = 5;

/**
 * Marks the users each partner designated. A user counts only while it belongs to the partner that
 * designated it: one who moved to another partner is no longer that partner's delegate.
 */
export function markDesignated(users: readonly NoticeUser[], designations: readonly PartnerDesignation[]): NoticeUser[] {
  const byPartner = new Map(designations.map((d) => [d.partnerId, new Set(d.userIds)]));
  return users.map((u) => (byPartner.get(u.partnerId)?.has(u.id) === true ? { ...u, designated: true } : u));
}

export type DesignatorRefusal = 'role_not_allowed' | 'not_own_partner';

/** The administrator designates for any partner; a manager only for its own organisation; nobody else. */
export function mayDesignate(actor: { readonly role: Role; readonly partnerId: PartnerId }, partnerId: PartnerId): { readonly ok: true } | { readonly ok: false; readonly reason: DesignatorRefusal } {
  if (actor.role === 'admin') return { ok: true };
  if (actor.role !== 'manager') return { ok: false, reason: 'role_not_allowed' };
  return actor.partnerId === partnerId ? { ok: true } : { ok: false, reason: 'not_own_partner' };
}

export type DelegateProblem = 'unknown_user' | 'other_partner' | 'inactive' | 'role_cannot_speak' | 'duplicate' | 'too_many';

/** What is wrong with each named user (by position in the list); an empty list withdraws the designation. */
export function delegateProblems(partnerId: PartnerId, userIds: readonly UserId[], users: readonly NoticeUser[]): { readonly index: number; readonly problem: DelegateProblem }[] {
  const out: { index: number; problem: DelegateProblem }[] = [];
  if (userIds.length > MAX_DELEGATES) out.push({ index: MAX_DELEGATES, problem: 'too_many' });
  userIds.forEach((id, index) => {
    const user = users.find((u) => u.id === id);
    if (user === undefined) out.push({ index, problem: 'unknown_user' });
    else if (user.partnerId !== partnerId) out.push({ index, problem: 'other_partner' });
    else if (!user.active) out.push({ index, problem: 'inactive' });
    else if (!DESIGNATABLE_ROLES.includes(user.role)) out.push({ index, problem: 'role_cannot_speak' });
    else if (userIds.indexOf(id) !== index) out.push({ index, problem: 'duplicate' });
  });
  return out;
}
