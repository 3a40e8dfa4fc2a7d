/**
 * What the collaboration's variant adds to the case page: where nothing is stored before a
 * partner picked the case up (Nijmegen, seed 004 Bijlage 3, P12), whether and by whom it was
 * picked up. The pickup lives in `cases.closing_criteria` as `{ pickup }` (see
 * case-state.repository); it names a partner and a time, no personal data.
 */
import type { VariantFacts } from '../../domain/access/abilities.js';
import type { PickupRecord } from '../../domain/process/records.js';
import type { CaseClosingColumn } from '../../store/repositories/case-state.repository.js';
import type { ServiceDeps, Trx } from '../ports.js';
import type { LoadedCase } from './case-context.js';

export interface PickupView {
  readonly byPartnerId: string | null;
  readonly pickedUpAt: string | null;
}

export interface CaseVariant {
  readonly facts: VariantFacts;
  /** Absent where the collaboration records no pickup. */
  readonly pickup?: PickupView;
}

export async function loadCaseVariant(deps: ServiceDeps, trx: Trx, loaded: LoadedCase): Promise<CaseVariant> {
  const config = await deps.collaborationConfig(trx, loaded.row.collaborationId);
  const informingRules = config.informSubject;
  if (!config.process.storeOnlyAfterPickup) return { facts: { storeOnlyAfterPickup: false, pickedUp: false, informingRules } };
  const row = await trx.selectFrom('cases').select('closing_criteria').where('id', '=', loaded.row.id).executeTakeFirst();
  const column = typeof row?.closing_criteria === 'object' && row.closing_criteria !== null ? (row.closing_criteria as CaseClosingColumn) : {};
  const pickup: PickupRecord | null = column.pickup ?? null;
  return {
    facts: { storeOnlyAfterPickup: true, pickedUp: pickup !== null, informingRules },
    pickup: { byPartnerId: pickup?.byPartner ?? null, pickedUpAt: pickup?.pickedUpAt ?? null },
  };
}
