/**
 * P11: a third party (incidental partner) joins one case only with a legal basis, the consent
 * of every partner involved in that case, a signed confidentiality declaration, and the
 * subject informed (seed 000 art. 6.3; seed 002 Bijlage A art. 9).
 */
import type { PartnerId, ThirdPartyAccess } from '../model.js';
import { parseIso } from '../validation/iso-date.js';

/** The partners in the case whose consent to this third party is still missing (its own organisation is not asked). */
export function partnersAwaited(third: Pick<ThirdPartyAccess, 'partnerId' | 'consentsFrom'>, involvedPartners: readonly PartnerId[]): PartnerId[] {
  return involvedPartners.filter((p) => p !== third.partnerId && !third.consentsFrom.includes(p));
}

export function thirdPartyMeetsP11(third: ThirdPartyAccess, involvedPartners: readonly PartnerId[], now: number): boolean {
  const signed = third.declarationSignedAt === null ? null : parseIso(third.declarationSignedAt);
  const informed = third.subjectInformedAt === null ? null : parseIso(third.subjectInformedAt);
  return (
    third.basis !== null &&
    signed !== null &&
    signed <= now &&
    informed !== null &&
    informed <= now &&
    partnersAwaited(third, involvedPartners).length === 0
  );
}
