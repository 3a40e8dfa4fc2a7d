/**
 * P10 per covenant: on whose behalf an informing is recorded when the request names none, and
 * whether this actor may record it (`informSubject` of the collaboration's configuration).
 */
import { checkInformer, checkPostponer, responsiblePartners } from '../../domain/process/informing-rules.js';
import type { InformingRefusal, InformingRules } from '../../domain/process/informing-rules.js';
import type { CaseActor } from '../../domain/process/contribution-control.js';

export interface InformingParty {
  readonly onBehalfOf: string;
  readonly refusal: InformingRefusal | null;
}

export function informingParty(
  rules: InformingRules,
  actor: CaseActor,
  parties: { readonly registrant: string; readonly leadPartner: string },
  requested: string | undefined,
  action: 'inform' | 'postpone',
): InformingParty {
  const responsible = responsiblePartners(rules, parties.registrant, parties.leadPartner);
  // A professional informs for its own organisation; staff for the party holding casusregie where that party informs.
  const fallback = !actor.staff ? actor.partnerId : responsible.includes(parties.leadPartner) ? parties.leadPartner : parties.registrant;
  const onBehalfOf = requested ?? fallback;
  const check = action === 'inform' ? checkInformer : checkPostponer;
  return { onBehalfOf, refusal: check(rules, actor, onBehalfOf, responsible) };
}
