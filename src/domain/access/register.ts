import type { Actor } from '../model.js';
import { isActivePartner } from './decide.js';
import type { PartnerFacts } from './facts.js';
import { ALLOW, deny } from './reasons.js';
import type { Decision } from './reasons.js';

/**
 * P1: only a professional of an active covenant partner registers a case (§3.1: a non-partner has
 * no mandate). The process director does not register: the collaboration has no title of its own
 * and takes no case on its own, so a director's registration would process on the title of the
 * organisation that employs it, which did not bring the case (seed 003 Bijlage 3, Fase 1:
 * "Aanmelding kan alleen door een partner"). `partners` are the collaboration's partners.
 */
export function decideRegistration(actor: Actor, partners: ReadonlyMap<string, PartnerFacts>, now: number): Decision {
  if (!isActivePartner(partners.get(actor.partnerId), now)) return deny('partner_not_active');
  if (actor.role === 'process_director') return deny('process_director_not_a_registrant');
  if (actor.role !== 'professional') return deny('role_may_not_register');
  return ALLOW;
}
