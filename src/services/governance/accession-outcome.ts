/** How an accession stands after a step, as the API presents it (P1). */
import type { AccessionResult } from '../../domain/membership/accession.js';

export interface AccessionOutcome {
  readonly partnerId: string;
  readonly member: boolean;
  readonly joinedAt: string | null;
  /** Why it is not a member yet (e.g. `partner_approval_missing`, `declaration_not_signed`). */
  readonly pending: string | null;
  /** The partners whose approval is missing or who refused. */
  readonly partners: readonly string[];
}

export function accessionOutcome(partnerId: string, result: AccessionResult): AccessionOutcome {
  return result.ok
    ? { partnerId, member: true, joinedAt: result.joinedAt, pending: null, partners: [] }
    : { partnerId, member: false, joinedAt: null, pending: result.reason, partners: result.partners ?? [] };
}
