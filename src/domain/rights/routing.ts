/**
 * Routing of a rights request (P15; seed 002 art. 11.2 and 11.7): every partner whose data about the
 * subject is involved must handle it for its own contributions (each stays controller) — unless
 * the covenant names the controller that coordinates every request (seed 004: the College). The
 * receiving partner forwards it in time and tells the subject which other partners received data.
 */
import type { PartnerId } from '../model.js';

export interface InvolvedContribution {
  readonly by: PartnerId;
  readonly police: boolean;
}

export interface RightsRouting {
  /** Every partner whose data is involved, sorted, each once. */
  readonly to: readonly PartnerId[];
  /** The partner that received the request and forwards it. */
  readonly forwardedBy: PartnerId;
  /** Partners other than the receiver that must get the request forwarded. */
  readonly forwardTo: readonly PartnerId[];
  /** Police data is involved: the Wpg regime applies to that part (access without copies, P9). */
  readonly policeInvolved: boolean;
}

/**
 * Where the covenant sends rights requests (`controller.rightsRequestsTo`): to every partner whose
 * data is involved, or to the controller(s) that coordinate them (seed 004 Bijlage 2: the College;
 * joint controllers under their arrangement, AVG art. 26).
 */
export type RightsDestination = { readonly kind: 'each_partner' } | { readonly kind: 'controllers'; readonly controllers: readonly PartnerId[] };

export function routeRightsRequest(receivedBy: PartnerId, contributions: Iterable<InvolvedContribution>, destination: RightsDestination = { kind: 'each_partner' }): RightsRouting {
  const partners = new Set<PartnerId>();
  let policeInvolved = false;
  for (const c of contributions) {
    partners.add(c.by);
    if (c.police) policeInvolved = true;
  }
  const to = destination.kind === 'controllers' && destination.controllers.length > 0 ? [...new Set(destination.controllers)].sort() : [...partners].sort();
  return { to, forwardedBy: receivedBy, forwardTo: to.filter((p) => p !== receivedBy), policeInvolved };
}
