/**
 * Confidentiality outlives membership (P1): a signed confidentiality declaration binds the
 * partner (and its professionals) from signing onwards, and leaving the covenant does not end
 * it. There is deliberately no end date in the type.
 */
import type { IsoDate, PartnerId, UserId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';

export interface ConfidentialityDeclaration {
  readonly partnerId: PartnerId;
  /** The professional who signed, or null for the organisation's declaration. */
  readonly userId: UserId | null;
  readonly signedAt: IsoDate;
}

/** The declaration stays in force after the membership ended: a fact others may rely on. */
export const CONFIDENTIALITY_OUTLIVES_MEMBERSHIP = true;

/** Whether the declaration binds at `now` (epoch ms): from signing, forever. */
export function confidentialityBinds(declaration: ConfidentialityDeclaration, now: number): boolean {
  const signed = parseIso(declaration.signedAt);
  return signed !== null && signed <= now;
}
