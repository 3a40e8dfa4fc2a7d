/**
 * Who reads the Wpg art. 32 provision log (P9; seed 002 Bijlage A art. 10.5): the privacy officer
 * reads every provision of the collaboration; the own people of a partner that processes under the
 * Wpg read the provisions of the data their organisation provided (it accounts for them under
 * art. 32 Wpg). Which partner that is follows its legal regimes, not its type (ADR 0099): a
 * municipality with enforcement officers under the Wpg reads its own provisions like the police.
 * Everyone else is refused.
 */
import type { PartnerId, Role } from '../model.js';
import { processesUnderWpg } from '../process/police-data.js';

export type ProvisionLogScope = { readonly kind: 'all' } | { readonly kind: 'provider'; readonly partnerId: PartnerId };

/** Roles of a partner under the Wpg that speak for its provisions. */
const POLICE_READERS: readonly Role[] = ['professional', 'process_director', 'manager'];

export function provisionLogScope(actor: { readonly role: Role; readonly partnerId: PartnerId }, legalRegimes: readonly string[]): ProvisionLogScope | null {
  if (actor.role === 'privacy_officer') return { kind: 'all' };
  if (processesUnderWpg(legalRegimes) && POLICE_READERS.includes(actor.role)) return { kind: 'provider', partnerId: actor.partnerId };
  return null;
}

/** A period [from, to) as the log is searched; `to` before `from` is refused by the caller. */
export function validPeriod(from: number | null, to: number | null): boolean {
  return from === null || to === null || from < to;
}
