/**
 * P11: the process director lets a user of a non-member organisation join one case, with a
 * legal basis that exists and holds (a cited consent of this case, in force, naming the third
 * party's organisation), the motivation of seed 000 art. 6.3, the date the confidentiality
 * declaration was signed and, when already done, when the subject was informed. The third party
 * is designated for its organisation (Row-Level Security needs that), but reads only when every
 * P11 condition holds: `released_to` is the domain's verdict (`thirdPartyMeetsP11`), re-judged
 * at every consent and informing, and the engine checks it (and the basis) per read.
 */
import type { LegalBasis } from '../../domain/model.js';
import { checkThirdPartyJoin, checkThirdPartyPolicy } from '../../domain/process/contribution-control.js';
import { thirdPartyBasisIssue, consentsOnRecord, thirdPartyMeetsP11 } from '../../domain/process/third-party.js';
import type { ThirdPartyBasisIssue } from '../../domain/process/third-party.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, loadStateContext } from '../contributions/case-writes.js';
import { initialConsents } from './consents-from.js';

export interface AddThirdPartyInput {
  readonly caseId: string;
  readonly userId: string;
  readonly basis: LegalBasis;
  /** Why the progress of this case needs the third party (seed 000 art. 6.3). */
  readonly motivation: string;
  readonly declarationSignedAt: string;
  readonly subjectInformedAt?: string | undefined;
}

/** The encrypted field of a third party's motivation. */
export const THIRD_PARTY_MOTIVATION_FIELD = 'third_party.motivation';

const BASIS_ISSUES: Readonly<Record<ThirdPartyBasisIssue, { field: string; message: string }>> = {
  no_basis: { field: 'basis', message: 'vermeld de wettelijke grondslag' },
  consent_not_found: { field: 'basis.consentId', message: 'deze toestemming bestaat niet in deze casus' },
  consent_not_in_force: { field: 'basis.consentId', message: 'deze toestemming is niet (meer) van kracht' },
  consent_not_naming_third_party: { field: 'basis.consentId', message: 'deze toestemming noemt de organisatie van de derde niet' },
};

export interface ThirdPartyResult {
  readonly id: string;
  /** Whether every P11 condition holds now. */
  readonly meetsP11: boolean;
}

export async function addThirdParty(deps: ServiceDeps, actor: SessionActor, input: AddThirdPartyInput): Promise<ThirdPartyResult> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const user = await trx
      .selectFrom('users')
      .innerJoin('partners', 'partners.id', 'users.partner_id')
      .select(['users.id', 'users.partner_id', 'users.role', 'partners.member'])
      .where('users.id', '=', input.userId)
      .where('users.collaboration_id', '=', actor.collaborationId)
      .executeTakeFirst();
    if (user === undefined) throw validationFailed([{ field: 'userId', message: 'not a user of this collaboration' }]);
    const entry = auditEntry(deps, actor, { action: 'third_party.add', caseId: input.caseId, legalBasisKind: input.basis.kind, onBehalfOfPartnerId: loaded.row.leadPartnerId });
    enforce(entry, checkThirdPartyJoin(caseActor(actor, loaded.facts, entry.at), loaded.row.phase, user.member || user.role !== 'third_party'));

    const { config, state } = await loadStateContext(deps, trx, loaded);
    enforce(entry, checkThirdPartyPolicy(config.thirdParties.policy, input.basis.kind));
    const basisIssue = thirdPartyBasisIssue(input.basis, user.partner_id, consentsOnRecord(state.consents), now.getTime());
    if (basisIssue !== null) throw validationFailed([BASIS_ISSUES[basisIssue]]);
    if (input.motivation.trim() === '') throw validationFailed([{ field: 'motivation', message: 'motiveer waarom de voortgang van deze casus de derde nodig heeft' }]);
    const consentsFrom = initialConsents(user.partner_id);
    const meetsP11 = thirdPartyMeetsP11(
      {
        userId: user.id,
        partnerId: user.partner_id,
        basis: input.basis,
        declarationSignedAt: input.declarationSignedAt,
        consentsFrom,
        subjectInformedAt: input.subjectInformedAt ?? null,
        motivated: true,
        addedAt: now.toISOString(),
        releasedTo: false,
      },
      state,
      now.getTime(),
    );
    const key = await caseKey(deps, trx, input.caseId);
    const row = await trx
      .insertInto('third_parties')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        user_id: user.id,
        partner_id: user.partner_id,
        basis: toJson(input.basis),
        declaration_signed_at: input.declarationSignedAt,
        consents_from: toJson(consentsFrom),
        subject_informed_at: input.subjectInformedAt ?? null,
        released_to: meetsP11,
        motivation_enc: encryptJson(key, THIRD_PARTY_MOTIVATION_FIELD, { motivation: input.motivation }),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('involvement')
      .values({ case_id: input.caseId, collaboration_id: actor.collaborationId, partner_id: user.partner_id, user_id: user.id, designated_by: actor.userId, designated_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'partner_id', 'user_id']).doUpdateSet({ ended_at: null }))
      .execute();
    await deps.audit.append(trx, entry);
    return { id: row.id, meetsP11 };
  });
}
