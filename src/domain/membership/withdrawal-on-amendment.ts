/**
 * A partner that finds an amendment of the covenant unacceptable (the accession of a new
 * organisation included) may withdraw "met ingang van het tijdstip waarop het gewijzigde Convenant
 * (of de wijziging) van kracht wordt" (seed 003 art. 19.3, seed 001 art. 18.3), instead of after
 * the ordinary notice period. The product keeps no record of amendments (ADR 0200): the withdrawal
 * names the amendment and the day it takes effect, and that day ends the membership.
 */
import type { IsoDate, Partner } from '../model.js';
import { parseIso } from '../validation/iso-date.js';

export type WithdrawalOnAmendmentResult =
  | { readonly ok: true; readonly endsAt: IsoDate }
  | {
      readonly ok: false;
      readonly reason: 'withdrawal_on_amendment_not_in_covenant' | 'not_a_member' | 'notice_already_given' | 'notice_date_invalid' | 'amendment_already_in_force';
    };

/**
 * Whether `partner` may withdraw, by a notice given at `givenAt`, from the moment the amendment takes
 * effect (`takesEffectAt`). An amendment already in force when the notice is given is no ground: the
 * partner then has the ordinary notice. A notice given earlier that ends later is shortened to the day.
 */
export function withdrawOnAmendment(partner: Partner, givenAt: IsoDate, takesEffectAt: IsoDate, allowed: boolean): WithdrawalOnAmendmentResult {
  if (!allowed) return { ok: false, reason: 'withdrawal_on_amendment_not_in_covenant' };
  if (!partner.member) return { ok: false, reason: 'not_a_member' };
  const given = parseIso(givenAt);
  const effect = parseIso(takesEffectAt);
  if (given === null || effect === null) return { ok: false, reason: 'notice_date_invalid' };
  if (effect < given) return { ok: false, reason: 'amendment_already_in_force' };
  const current = partner.membership.endsAt === null ? null : parseIso(partner.membership.endsAt);
  if (current !== null && current <= effect) return { ok: false, reason: 'notice_already_given' };
  return { ok: true, endsAt: new Date(effect).toISOString() };
}
