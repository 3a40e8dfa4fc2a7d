/**
 * P11: a partner involved in the case consents to the third party, by one of its designated
 * professionals; in writing where the covenant demands it (seed 001 art. 7.2: what an RTO
 * discussed goes to a third party only with the prior written consent of its provider). After every consent the domain re-judges whether all P11 conditions hold.
 */
import { checkThirdPartyConsent } from '../../domain/process/contribution-control.js';
import { thirdPartyMeetsP11 } from '../../domain/process/third-party.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, loadStateContext } from '../contributions/case-writes.js';
import type { ThirdPartyResult } from './add-third-party.js';

const THIRD_PARTY = { nl: 'Derde', en: 'Third party' };

export interface ConsentThirdPartyInput {
  readonly caseId: string;
  readonly thirdPartyId: string;
  /** When the partner's written consent was signed; required where the covenant demands it in writing. */
  readonly writtenConsentSignedAt?: string | undefined;
}

export async function consentThirdParty(deps: ServiceDeps, actor: SessionActor, input: ConsentThirdPartyInput): Promise<ThirdPartyResult> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const row = await trx.selectFrom('third_parties').selectAll().where('id', '=', input.thirdPartyId).where('case_id', '=', input.caseId).where('ended_at', 'is', null).executeTakeFirst();
    if (row === undefined) throw notFound(THIRD_PARTY);
    const entry = auditEntry(deps, actor, { action: 'third_party.consent', caseId: input.caseId, onBehalfOfPartnerId: actor.partnerId });
    const { state, config } = await loadStateContext(deps, trx, loaded);
    const writtenNeeded = config.thirdParties.rtoDisclosureNeedsContributorWrittenConsent;
    const signedAt = input.writtenConsentSignedAt;
    enforce(entry, checkThirdPartyConsent(caseActor(actor, loaded.facts, entry.at), state.involvedPartners, writtenNeeded, signedAt !== undefined));
    if (signedAt !== undefined && new Date(signedAt).getTime() > now.getTime()) throw validationFailed([{ field: 'writtenConsentSignedAt', message: 'lies in the future' }]);
    if (row.consents_from.includes(actor.partnerId)) {
      throw new AppError('conflict', { nl: 'Uw organisatie heeft al ingestemd.', en: 'Your organisation already consented.' });
    }
    const third = state.thirdParties.find((t) => t.userId === row.user_id);
    if (third === undefined) throw notFound(THIRD_PARTY);
    const consentsFrom = [...row.consents_from, actor.partnerId];
    const meetsP11 = thirdPartyMeetsP11({ ...third, consentsFrom }, state, now.getTime());
    const written = signedAt === undefined ? row.written_consents : [...row.written_consents, { partnerId: actor.partnerId, signedAt: new Date(signedAt).toISOString() }];
    await trx.updateTable('third_parties').set({ consents_from: toJson(consentsFrom), written_consents: toJson(written), released_to: meetsP11 }).where('id', '=', row.id).execute();
    await deps.audit.append(trx, entry);
    return { id: row.id, meetsP11 };
  });
}
