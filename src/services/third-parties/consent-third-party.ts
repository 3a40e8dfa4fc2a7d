/**
 * P11: a partner involved in the case consents to the third party, by one of its designated
 * professionals. After every consent the domain re-judges whether all P11 conditions hold.
 */
import { checkThirdPartyConsent } from '../../domain/process/contribution-control.js';
import { thirdPartyMeetsP11 } from '../../domain/process/third-party.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, loadStateContext } from '../contributions/case-writes.js';
import type { ThirdPartyResult } from './add-third-party.js';

const THIRD_PARTY = { nl: 'Derde', en: 'Third party' };

export async function consentThirdParty(deps: ServiceDeps, actor: SessionActor, input: { caseId: string; thirdPartyId: string }): Promise<ThirdPartyResult> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const row = await trx.selectFrom('third_parties').selectAll().where('id', '=', input.thirdPartyId).where('case_id', '=', input.caseId).where('ended_at', 'is', null).executeTakeFirst();
    if (row === undefined) throw notFound(THIRD_PARTY);
    const entry = auditEntry(deps, actor, { action: 'third_party.consent', caseId: input.caseId, onBehalfOfPartnerId: actor.partnerId });
    const { state } = await loadStateContext(deps, trx, loaded);
    enforce(entry, checkThirdPartyConsent(caseActor(actor, loaded.facts), state.involvedPartners));
    if (row.consents_from.includes(actor.partnerId)) {
      throw new AppError('conflict', { nl: 'Uw organisatie heeft al ingestemd.', en: 'Your organisation already consented.' });
    }
    const third = state.thirdParties.find((t) => t.userId === row.user_id);
    if (third === undefined) throw notFound(THIRD_PARTY);
    const consentsFrom = [...row.consents_from, actor.partnerId];
    const meetsP11 = thirdPartyMeetsP11({ ...third, consentsFrom }, state, now.getTime());
    await trx.updateTable('third_parties').set({ consents_from: toJson(consentsFrom), released_to: meetsP11 }).where('id', '=', row.id).execute();
    await deps.audit.append(trx, entry);
    return { id: row.id, meetsP11 };
  });
}
