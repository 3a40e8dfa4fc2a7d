/**
 * Routing of a rights request (P15; seed 002 art. 11.2 and 11.7): every partner whose data about the
 * subject is involved must handle it for its own contributions (each stays controller). The
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

export function routeRightsRequest(receivedBy: PartnerId, contributions: Iterable<InvolvedContribution>): RightsRouting {
  const partners = new Set<PartnerId>();
  let policeInvolved = false;
  for (const c of contributions) {
    partners.add(c.by);
    if (c.police) policeInvolved = true;
  }
  const to = [...partners].sort();
  return { to, forwardedBy: receivedBy, forwardTo: to.filter((p) => p !== receivedBy), policeInvolved };
}
