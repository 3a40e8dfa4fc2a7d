/**
 * P7 for every write that discloses a contribution to other organisations (adding it released,
 * answering a triage question released, releasing it later): the domain's `checkSharing`
 * decides; a disclosure without consent is recorded against the weighing that carried it,
 * which is what `CaseState.disclosuresWithoutConsent` counts (Venlo's limited first disclosure).
 */
import { LEGAL_BASIS_KINDS } from '../../domain/model.js';
import type { LegalBasisKind, RtoRelease } from '../../domain/model.js';
import { anyConsentCovers } from '../../domain/process/consent.js';
import type { DisclosureScope } from '../../domain/process/sharing-guard.js';
import { carryingWeighing, checkSharing, wpg20Exempt } from '../../domain/process/sharing-guard.js';
import type { AuditEntry, Trx } from '../ports.js';
import type { CaseStateContext } from './case-writes.js';
import { enforceGuard } from './case-writes.js';
import { recipientsOf, validateRecipients } from './recipients.js';

export interface Disclosure {
  readonly from: string;
  readonly released: RtoRelease;
  readonly excluded: readonly string[];
  readonly scope: DisclosureScope;
  /** The contribution's legal basis kind (see `wpg20Exempt`). */
  readonly basis?: LegalBasisKind | undefined;
}

/** The kind of a stored legal basis (JSON), when it names a known one. */
export function basisKindOf(stored: unknown): LegalBasisKind | undefined {
  const kind = typeof stored === 'object' && stored !== null && 'kind' in stored ? stored.kind : undefined;
  return LEGAL_BASIS_KINDS.find((k) => k === kind);
}

/** Refuses (audited) what P7 forbids; returns whether the disclosure is made without consent. */
export function enforceDisclosure(entry: AuditEntry, ctx: CaseStateContext, d: Disclosure, now: number): boolean {
  validateRecipients(ctx.state, d.released, d.excluded);
  const to = recipientsOf(ctx.state, d.from, d.released, d.excluded);
  if (to.length === 0) return false;
  enforceGuard(entry, checkSharing({ from: d.from, to, scope: d.scope, ...(d.basis === undefined ? {} : { basis: d.basis }) }, ctx.state, ctx.config.process, now));
  return !wpg20Exempt(d, ctx.config.process) && !anyConsentCovers(ctx.state.consents, [d.from, ...to], now);
}

/** Links the disclosure of `contributionId` to the completed weighing of `from` that carried it. */
export async function recordDisclosureWithoutConsent(trx: Trx, ctx: CaseStateContext, contributionId: string, d: Disclosure, now: Date): Promise<void> {
  const carried = carryingWeighing(ctx.state, d.from, now.getTime());
  if (carried === undefined) throw new Error('checkSharing allowed a disclosure without consent but no completed weighing carries it');
  const source = await trx.selectFrom('weighings').selectAll().where('id', '=', carried.id).executeTakeFirstOrThrow();
  await trx
    .insertInto('weighings')
    .values({
      case_id: source.case_id,
      collaboration_id: source.collaboration_id,
      partner_id: source.partner_id,
      subject_id: source.subject_id,
      contribution_id: contributionId,
      set_aside_objections: source.set_aside_objections,
      inform_afterwards: source.inform_afterwards,
      first_disclosure_limited: d.scope === 'involvement_only',
      exception_ground: source.exception_ground,
      motivation_enc: source.motivation_enc,
      completed_by: source.completed_by,
      completed_at: source.completed_at,
      created_at: now,
    })
    .execute();
}
