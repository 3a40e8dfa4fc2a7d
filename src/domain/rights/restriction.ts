/**
 * Restriction of processing (AVG art. 18) and an upheld objection (art. 21) act on the one subject
 * a rights request is about: the partner's contributions about that subject stay stored, but
 * nobody processes them any more. Art. 18.2 allows processing besides storage only with the
 * subject's consent, for legal claims, to protect another person's rights or for an important
 * public interest: none of these happens inside the system (legal claims are brought outside it;
 * a new consent of the subject to processing is a reason to lift the restriction, art. 18.3). The
 * one processing left is the subject's own: the privacy officer shows the item, marked
 * restricted, within a rights request of that subject (read, never taken along).
 * Part of the access decision (domain/access/decide.ts): a restricted item is refused whatever
 * else would allow it.
 */
import type { Action, Purpose } from '../model.js';

export type RestrictionKind = 'restriction' | 'objection';

export type RestrictionReason = 'P15_restricted_processing' | 'P15_objection_upheld';

/** Null when the read may go on; otherwise the P15 reason it is refused. */
export function restrictionDenial(c: { readonly restriction?: RestrictionKind | undefined }, purpose: Purpose, action: Action): RestrictionReason | null {
  if (c.restriction === undefined) return null;
  if (purpose === 'rights_request' && action === 'read') return null;
  return c.restriction === 'objection' ? 'P15_objection_upheld' : 'P15_restricted_processing';
}

/**
 * Lifting a restriction (AVG art. 18.3): the privacy officer lifts the restriction a rights request
 * of kind `restriction` set, with a reason, after the subject was informed ("wordt ... op de hoogte
 * gesteld voordat de beperking van de verwerking wordt opgeheven"): informing comes first, so the
 * date it happened may not lie after the lifting. An upheld objection (art. 21) is no restriction
 * and is not lifted here. Pure: the service passes what the request restricted.
 */
export interface RestrictedItem {
  readonly id: string;
  readonly restriction: RestrictionKind;
}

export type LiftRefusal = 'P15_lift_not_restriction' | 'P15_lift_without_reason' | 'P15_lift_subject_not_informed' | 'P15_lift_nothing_restricted';

export type LiftCheck = { readonly ok: true; readonly lift: readonly string[] } | { readonly ok: false; readonly reason: LiftRefusal; readonly field?: string };

export function planLifting(
  request: { readonly kind: string },
  restricted: readonly RestrictedItem[],
  input: { readonly reason: string; readonly subjectInformedAt: number },
  now: number,
): LiftCheck {
  if (request.kind !== 'restriction') return { ok: false, reason: 'P15_lift_not_restriction' };
  if (input.reason.trim() === '') return { ok: false, reason: 'P15_lift_without_reason', field: 'reason' };
  if (!Number.isFinite(input.subjectInformedAt) || input.subjectInformedAt > now) return { ok: false, reason: 'P15_lift_subject_not_informed', field: 'subjectInformedAt' };
  const lift = restricted.filter((r) => r.restriction === 'restriction').map((r) => r.id);
  if (lift.length === 0) return { ok: false, reason: 'P15_lift_nothing_restricted' };
  return { ok: true, lift };
}

export const LIFT_MESSAGES: Readonly<Record<LiftRefusal, { nl: string; en: string }>> = {
  P15_lift_not_restriction: {
    nl: 'Alleen een beperking van de verwerking (art. 18 AVG) wordt opgeheven; dit verzoek is van een andere soort.',
    en: 'Only a restriction of processing (art. 18 GDPR) is lifted; this request is of another kind.',
  },
  P15_lift_without_reason: { nl: 'Het opheffen van een beperking vraagt een reden.', en: 'Lifting a restriction needs a reason.' },
  P15_lift_subject_not_informed: {
    nl: 'De betrokkene wordt geïnformeerd voordat de beperking wordt opgeheven (art. 18 lid 3 AVG): vul de datum in waarop dat gebeurde (niet in de toekomst).',
    en: 'The subject is informed before the restriction is lifted (art. 18(3) GDPR): give the date this happened (not in the future).',
  },
  P15_lift_nothing_restricted: { nl: 'Dit verzoek heeft (nu) niets beperkt.', en: 'This request restricts nothing (any more).' },
};

/**
 * Who is told that a restriction is lifted (AVG art. 19: the controller communicates a restriction
 * and its lifting to each recipient of the data): every partner that received a lifted item — a
 * contribution shared with it or released to it for the RTO, a meeting item of a meeting it took
 * part in — except the partner that holds the item itself. Sorted, each once.
 */
export interface LiftedItemReach {
  /** The partner whose item it is. */
  readonly by: string;
  /** The partners that received it. */
  readonly receivedBy: readonly string[];
}

export function liftingRecipients(items: readonly LiftedItemReach[]): string[] {
  const out = new Set<string>();
  for (const item of items) for (const p of item.receivedBy) if (p !== item.by) out.add(p);
  return [...out].sort();
}
