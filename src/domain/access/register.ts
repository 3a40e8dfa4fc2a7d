import type { Actor } from '../model.js';
import { isActivePartner } from './decide.js';
import type { PartnerFacts } from './facts.js';
import { ALLOW, deny } from './reasons.js';
import type { Decision } from './reasons.js';

/**
 * P1: only a professional (or process director) of an active covenant partner registers a case
 * (§3.1: a non-partner has no mandate). `partners` are the collaboration's partners.
 */
export function decideRegistration(actor: Actor, partners: ReadonlyMap<string, PartnerFacts>, now: number): Decision {
  if (!isActivePartner(partners.get(actor.partnerId), now)) return deny('partner_not_active');
  if (actor.role !== 'professional' && actor.role !== 'process_director') return deny('role_may_not_register');
  return ALLOW;
}
