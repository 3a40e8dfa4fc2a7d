/**
 * P11: the process director lets a user of a non-member organisation join one case, with a
 * legal basis, the date the confidentiality declaration was signed and when the subject was
 * informed. The third party is designated for its organisation (Row-Level Security needs
 * that), but reads only when every P11 condition holds: `released_to` is the domain's verdict
 * (`thirdPartyMeetsP11`), re-judged at every consent, and the engine checks it per read.
 */
import type { LegalBasis } from '../../domain/model.js';
import { checkThirdPartyJoin } from '../../domain/process/contribution-control.js';
import { thirdPartyMeetsP11 } from '../../domain/process/third-party.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, loadStateContext } from '../contributions/case-writes.js';
import { initialConsents } from './consents-from.js';

export interface AddThirdPartyInput {
  readonly caseId: string;
  readonly userId: string;
  readonly basis: LegalBasis;
  readonly declarationSignedAt: string;
  readonly subjectInformedAt?: string | undefined;
}

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
    enforce(entry, checkThirdPartyJoin(caseActor(actor, loaded.facts), loaded.row.phase, user.member || user.role !== 'third_party'));

    const { state } = await loadStateContext(deps, trx, loaded);
    const consentsFrom = initialConsents(user.partner_id);
    const meetsP11 = thirdPartyMeetsP11(
      {
        userId: user.id,
        partnerId: user.partner_id,
        basis: input.basis,
        declarationSignedAt: input.declarationSignedAt,
        consentsFrom,
        subjectInformedAt: input.subjectInformedAt ?? null,
        releasedTo: false,
      },
      state.involvedPartners,
      now.getTime(),
    );
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
