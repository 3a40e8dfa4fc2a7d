/**
 * A rights request routed to several partners (P15; seed 002 Bijlage A art. 11.2 and 11.7): each
 * partner stays controller of the data it provided, so each answers or refuses for its own part,
 * through the people who speak for it on privacy matters (its privacy contacts, who were told).
 * The privacy officer who registered the request sees every partner's answer and sends the
 * combined answer. Pure: the service passes the request, the answers and the users.
 */
import type { PartnerId, RightsRequestKind, UserId } from '../model.js';
import { privacyContacts } from '../notifications/recipients.js';
import type { NoticeUser } from '../notifications/recipients.js';
import { validateRefusal } from './refusal-grounds.js';
import type { DataRegime, RefusalGround } from './refusal-grounds.js';

export type PartnerOutcome = 'answered' | 'refused';

export interface PartnerAnswer {
  readonly partnerId: PartnerId;
  readonly outcome: PartnerOutcome;
  readonly refusalGround: string | null;
  readonly answeredAt: number;
}

/**
 * Who opens a rights request: the privacy office (`office`: the role may handle requests) sees every one; the
 * contact of a partner it was routed to sees it and answers for that partner.
 */
export type RightsRequestReader = { readonly kind: 'office' } | { readonly kind: 'partner'; readonly partnerId: PartnerId } | null;

export function rightsRequestReader(
  actor: { readonly userId: UserId; readonly partnerId: PartnerId },
  office: boolean,
  routedTo: readonly PartnerId[],
  users: readonly NoticeUser[],
): RightsRequestReader {
  if (office) return { kind: 'office' };
  if (routedTo.includes(actor.partnerId) && privacyContacts([actor.partnerId], users).includes(actor.userId)) return { kind: 'partner', partnerId: actor.partnerId };
  return null;
}

/** The partner this user answers for: a routed partner whose privacy contact it is; else null. */
export function answeringPartner(actor: { readonly userId: UserId; readonly partnerId: PartnerId }, routedTo: readonly PartnerId[], users: readonly NoticeUser[]): PartnerId | null {
  return routedTo.includes(actor.partnerId) && privacyContacts([actor.partnerId], users).includes(actor.userId) ? actor.partnerId : null;
}

export type PartnerAnswerInput =
  | { readonly outcome: 'answered' }
  | { readonly outcome: 'refused'; readonly regime: DataRegime; readonly ground: RefusalGround; readonly partial: boolean; readonly motivation: string };

export type PartnerAnswerRefusal =
  | 'P15_request_closed'
  | 'P15_not_routed_to_partner'
  | 'P15_partner_already_answered'
  | 'P15_complaint_cannot_be_refused'
  | 'P15_ground_of_other_regime'
  | 'P15_refusal_without_motivation';

export type PartnerAnswerCheck = { readonly ok: true; readonly refusalGround: string | null } | { readonly ok: false; readonly reason: PartnerAnswerRefusal };

/** Whether this partner may record this answer now; a refusal cites its ground (art. 41 UAVG, art. 27 Wpg). */
export function checkPartnerAnswer(
  request: { readonly status: string; readonly kind: RightsRequestKind; readonly routedTo: readonly PartnerId[] },
  partnerId: PartnerId | null,
  answers: readonly PartnerAnswer[],
  input: PartnerAnswerInput,
): PartnerAnswerCheck {
  if (request.status !== 'open') return { ok: false, reason: 'P15_request_closed' };
  if (partnerId === null || !request.routedTo.includes(partnerId)) return { ok: false, reason: 'P15_not_routed_to_partner' };
  if (answers.some((a) => a.partnerId === partnerId)) return { ok: false, reason: 'P15_partner_already_answered' };
  if (input.outcome === 'answered') return { ok: true, refusalGround: null };
  const check = validateRefusal({ kind: request.kind, regime: input.regime, ground: input.ground, partial: input.partial, motivation: input.motivation });
  if (!check.ok) return check;
  return { ok: true, refusalGround: input.partial ? `${check.article} (gedeeltelijk / partly)` : check.article };
}

export interface PartnerProgress {
  readonly partnerId: PartnerId;
  readonly answer: PartnerAnswer | null;
}

/** Every routed partner with its answer (or none yet), in routing order, and how many still owe one. */
export function partnerProgress(routedTo: readonly PartnerId[], answers: readonly PartnerAnswer[]): { readonly partners: readonly PartnerProgress[]; readonly pending: number } {
  const partners = routedTo.map((partnerId) => ({ partnerId, answer: answers.find((a) => a.partnerId === partnerId) ?? null }));
  return { partners, pending: partners.filter((p) => p.answer === null).length };
}
