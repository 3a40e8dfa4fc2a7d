/**
 * Restriction of processing (AVG art. 18) and an upheld objection (art. 21) act on the one subject
 * a rights request is about: the partner's contributions about that subject stay stored, but
 * nobody processes them any more, except within a rights request (the access answer shows them,
 * marked restricted). Storage and the establishment of legal claims happen outside the system.
 * Decided after the access engine allowed a read: a restricted item is refused whatever else
 * would allow it.
 */
import type { Action, Purpose } from '../model.js';

export type RestrictionKind = 'restriction' | 'objection';

export type RestrictionReason = 'P15_restricted_processing' | 'P15_objection_upheld';

export const RESTRICTION_MESSAGES: Readonly<Record<RestrictionReason, { nl: string; en: string }>> = {
  P15_restricted_processing: {
    nl: 'De verwerking van dit gegeven is beperkt op verzoek van de betrokkene (art. 18 AVG): het blijft bewaard, maar wordt niet gebruikt.',
    en: 'Processing of this item is restricted at the request of the subject (art. 18 GDPR): it stays stored but is not used.',
  },
  P15_objection_upheld: {
    nl: 'De betrokkene maakte bezwaar en dat is gehonoreerd (art. 21 AVG): dit gegeven wordt niet meer verwerkt.',
    en: 'The subject objected and the objection was upheld (art. 21 GDPR): this item is no longer processed.',
  },
};

/** Null when the read may go on; otherwise the P15 reason it is refused. */
export function restrictionDenial(c: { readonly restriction?: RestrictionKind | undefined }, purpose: Purpose, action: Action): RestrictionReason | null {
  if (c.restriction === undefined) return null;
  if (purpose === 'rights_request' && action === 'read') return null;
  return c.restriction === 'objection' ? 'P15_objection_upheld' : 'P15_restricted_processing';
}
