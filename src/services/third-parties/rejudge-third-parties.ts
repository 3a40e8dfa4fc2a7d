/**
 * P11: re-judges whether each third party of a case meets every condition, after something the
 * verdict depends on was recorded (an informing about the third party recorded afterwards counts
 * from then on). The stored `released_to` is the domain's verdict; the engine also checks the
 * basis on every read.
 */
import { thirdPartyMeetsP11 } from '../../domain/process/third-party.js';
import type { ServiceDeps, Trx } from '../ports.js';
import type { LoadedCase } from '../cases/case-context.js';
import { loadStateContext } from '../contributions/case-writes.js';

export async function rejudgeThirdParties(deps: ServiceDeps, trx: Trx, loaded: LoadedCase, now: Date): Promise<void> {
  const { state } = await loadStateContext(deps, trx, loaded);
  for (const third of state.thirdParties) {
    const meets = thirdPartyMeetsP11(third, state, now.getTime());
    if (meets === third.releasedTo) continue;
    await trx.updateTable('third_parties').set({ released_to: meets }).where('case_id', '=', loaded.row.id).where('user_id', '=', third.userId).where('ended_at', 'is', null).execute();
  }
}
