/**
 * Who informs the subject and by when (P10), as each covenant sets it in `informSubject`:
 * - `responsible`: `registrant` (seeds 000, 002, 004: the one who brought the case informs) or
 *   `lead_partner` (seeds 001, 003: the registering party or the party holding casusregie);
 * - `processDirectorMayInformOnBehalf`: whether the process director may inform on that party's
 *   behalf (seed 003 Bijlage 3: only with the bevoegdheidsverlening; Venlo and Nijmegen: never);
 * - `postponementAllowed`: whether informing may be postponed with a reason and a planned date;
 * - `latestAtPhase`: the phase by whose start the subject has been informed (Venlo and Nijmegen:
 *   `screening`, i.e. at registration; elsewhere `triage`).
 */
import type { PartnerId, Phase } from '../model.js';

export interface InformingRules {
  readonly latestAtPhase: Phase;
  readonly responsible: 'registrant' | 'lead_partner';
  readonly processDirectorMayInformOnBehalf: boolean;
  readonly postponementAllowed: boolean;
}

/** The rules of the canonical model (seed 003), for a state built without a configuration. */
export const CANONICAL_INFORMING_RULES: InformingRules = {
  latestAtPhase: 'triage',
  responsible: 'lead_partner',
  processDirectorMayInformOnBehalf: true,
  postponementAllowed: true,
};

/** The partners on whose behalf the subject is informed: the registrant, and the lead partner when the covenant says so. */
export function responsiblePartners(rules: InformingRules, registrant: PartnerId, leadPartner: PartnerId): readonly PartnerId[] {
  return rules.responsible === 'lead_partner' && leadPartner !== registrant ? [registrant, leadPartner] : [registrant];
}

export type InformingRefusal = 'informing_on_behalf_of_other' | 'informing_partner_not_responsible' | 'informing_by_director_not_allowed' | 'informing_postponement_not_allowed';

export interface InformingActor {
  readonly partnerId: PartnerId;
  /** Process director or support acting in the case. */
  readonly staff: boolean;
  /** A professional designated by its organisation in the case. */
  readonly designated: boolean;
}

/**
 * Whether this actor may record informing on behalf of `onBehalfOf`: a professional of the
 * responsible party for itself; the process director only when the covenant lets it act on that
 * party's behalf.
 */
export function checkInformer(rules: InformingRules, actor: InformingActor, onBehalfOf: PartnerId, responsible: readonly PartnerId[]): InformingRefusal | null {
  const own = actor.designated && actor.partnerId === onBehalfOf;
  if (!actor.staff && !own) return 'informing_on_behalf_of_other';
  if (!responsible.includes(onBehalfOf)) return 'informing_partner_not_responsible';
  if (!own && !rules.processDirectorMayInformOnBehalf) return 'informing_by_director_not_allowed';
  return null;
}

/** The grounds on which a covenant may limit the subject's rights for a while (seed 004 Bijlage 1 art. 5). */
export const POSTPONEMENT_GROUNDS = ['vital_interest', 'conflict_of_duties'] as const;
export type PostponementGround = (typeof POSTPONEMENT_GROUNDS)[number];

/**
 * A postponement's ground where the covenant limits them (Nijmegen: only a vital interest or a
 * conflict of duties, seed 004 Bijlage 1 art. 5): `missing` without one, `not_allowed` for another;
 * where the covenant names no grounds, a reason alone suffices (null).
 */
export function postponementGroundProblem(allowed: readonly PostponementGround[] | undefined, ground: PostponementGround | undefined): 'missing' | 'not_allowed' | null {
  if (allowed === undefined) return null;
  if (ground === undefined) return 'missing';
  return allowed.includes(ground) ? null : 'not_allowed';
}

/** Postponing informing: only where the covenant allows it, by whoever may inform. */
export function checkPostponer(rules: InformingRules, actor: InformingActor, onBehalfOf: PartnerId, responsible: readonly PartnerId[]): InformingRefusal | null {
  if (!rules.postponementAllowed) return 'informing_postponement_not_allowed';
  return checkInformer(rules, actor, onBehalfOf, responsible);
}
