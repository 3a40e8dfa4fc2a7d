/**
 * Leaving a covenant (P1): the membership ends after a notice period counted in months from the
 * notice date: 2 months (seed 000 art. 13.2), 3 months (seed 002), 1 year (seed 004), 2 years
 * (seed 003 art. 21.4, which moreover ends only on a 1 January). Running cases are finished
 * within the notice period, and confidentiality outlives the membership (confidentiality.ts).
 */
import type { IsoDate, Partner } from '../model.js';
import { addMonths, nextFirstOfJanuary } from '../validation/calendar.js';
import { parseIso } from '../validation/iso-date.js';

export interface NoticePolicy {
  readonly noticeMonths: number;
  /** Leaving takes effect no earlier than a 1 January after the notice period (seed 003). */
  readonly endsOnFirstOfJanuary: boolean;
}

export type NoticeResult =
  | { readonly ok: true; readonly partner: Partner; readonly endsAt: IsoDate }
  | { readonly ok: false; readonly reason: 'not_a_member' | 'notice_already_given' | 'notice_date_invalid' };

/** The end of membership for a notice given at `noticeGivenAt` (epoch ms). */
export function membershipEndsAt(noticeGivenAt: number, policy: NoticePolicy): number {
  const end = addMonths(noticeGivenAt, policy.noticeMonths);
  return policy.endsOnFirstOfJanuary ? nextFirstOfJanuary(end) : end;
}

/** Records a notice: the partner stays active until the computed `endsAt`. */
export function giveNotice(partner: Partner, noticeGivenAt: IsoDate, policy: NoticePolicy): NoticeResult {
  if (!partner.member) return { ok: false, reason: 'not_a_member' };
  if (partner.membership.noticeGivenAt !== null) return { ok: false, reason: 'notice_already_given' };
  const given = parseIso(noticeGivenAt);
  if (given === null) return { ok: false, reason: 'notice_date_invalid' };
  const endsAt = new Date(membershipEndsAt(given, policy)).toISOString();
  return { ok: true, endsAt, partner: { ...partner, membership: { ...partner.membership, noticeGivenAt, endsAt } } };
}
