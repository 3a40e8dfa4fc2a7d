/**
 * Who reads the Wpg art. 32 provision log (P9; seed 002 Bijlage A art. 10.5): the privacy officer
 * reads every provision of the collaboration; a police partner's own people read the provisions
 * of the data their organisation provided (the police account for them under art. 32 Wpg).
 * Everyone else is refused.
 */
import type { PartnerId, Role } from '../model.js';

export type ProvisionLogScope = { readonly kind: 'all' } | { readonly kind: 'provider'; readonly partnerId: PartnerId };

/** Roles of a police partner that speak for its provisions. */
const POLICE_READERS: readonly Role[] = ['professional', 'process_director', 'manager'];

export function provisionLogScope(actor: { readonly role: Role; readonly partnerId: PartnerId }, partnerType: string | null): ProvisionLogScope | null {
  if (actor.role === 'privacy_officer') return { kind: 'all' };
  if (partnerType === 'politie' && POLICE_READERS.includes(actor.role)) return { kind: 'provider', partnerId: actor.partnerId };
  return null;
}

/** A period [from, to) as the log is searched; `to` before `from` is refused by the caller. */
export function validPeriod(from: number | null, to: number | null): boolean {
  return from === null || to === null || from < to;
}
