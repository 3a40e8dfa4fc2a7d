/**
 * P1 membership: only active covenant partners register cases or contribute as partners.
 * A partner is active from `joinedAt` (null: a founding partner, member since the covenant
 * started, as in access/facts.ts) until the end of its notice period (`endsAt`, exclusive).
 * An unreadable date fails closed.
 */
import type { Partner } from '../model.js';
import { parseIso } from '../validation/iso-date.js';

/** Whether `partner` is an active covenant partner at `now` (epoch ms). */
export function isActiveMember(partner: Partner, now: number): boolean {
  if (!partner.member) return false;
  const { joinedAt, endsAt } = partner.membership;
  if (joinedAt !== null) {
    const from = parseIso(joinedAt);
    if (from === null || now < from) return false;
  }
  if (endsAt !== null) {
    const until = parseIso(endsAt);
    if (until === null || now >= until) return false;
  }
  return true;
}

/** Why a partner is not active, for a clear refusal. */
export type InactiveReason = 'not_a_member' | 'membership_not_started' | 'membership_ended';

export function inactiveReason(partner: Partner, now: number): InactiveReason | null {
  if (isActiveMember(partner, now)) return null;
  if (!partner.member) return 'not_a_member';
  const from = partner.membership.joinedAt === null ? null : parseIso(partner.membership.joinedAt);
  return partner.membership.joinedAt !== null && (from === null || now < from) ? 'membership_not_started' : 'membership_ended';
}
