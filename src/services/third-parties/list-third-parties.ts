/**
 * P11: the third parties of a case, for whoever has a lawful relation to the case now (engine),
 * audited: who, on which basis and why (the motivation art. 6.3 of seed 000 wants documented,
 * decrypted from the case key), when the declaration was signed and the subject informed,
 * which partners of the case consented and which are still awaited, whether every condition
 * holds, and whether the acting user may give its organisation's consent (the domain's write
 * check, so the UI offers it without re-implementing the rule).
 */
import { computeAbilities } from '../../domain/access/abilities.js';
import type { LegalBasis } from '../../domain/model.js';
import { checkThirdPartyConsent } from '../../domain/process/contribution-control.js';
import { partnersAwaited, subjectInformedAt, thirdPartyMeetsP11 } from '../../domain/process/third-party.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import { domainActor, gate, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { caseActor, loadStateContext } from '../contributions/case-writes.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { THIRD_PARTY_MOTIVATION_FIELD } from './add-third-party.js';

export interface ThirdPartyView {
  readonly id: string;
  readonly userId: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly basis: LegalBasis | null;
  /** Why the third party is needed in this case (seed 000 art. 6.3); null in rows from before it was asked. */
  readonly motivation: string | null;
  readonly declarationSignedAt: string | null;
  readonly subjectInformedAt: string | null;
  readonly addedAt: string;
  /** Partners of the case that consented (the third party's own organisation not counted). */
  readonly consentsFrom: readonly string[];
  /** Partners of the case whose consent is still missing. */
  readonly awaiting: readonly string[];
  /** Every P11 condition holds now: the third party reads what was released to it. */
  readonly meetsP11: boolean;
  /** The acting user may give its organisation's consent to this third party now. */
  readonly mayConsent: boolean;
}

/** When the subject was informed: at the addition, or by an informing about the third party recorded later. */
function informedAt(judged: number | null, stored: Date | null): string | null {
  if (judged !== null) return new Date(judged).toISOString();
  return stored?.toISOString() ?? null;
}

export async function listThirdParties(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<ThirdPartyView[]> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCase(trx, caseId);
    const { facts } = loaded;
    const purpose = computeAbilities(domainActor(actor), facts, now.getTime()).purpose ?? 'monitoring';
    await gate(deps, trx, actor, facts, { resource: { kind: 'admin_set' }, purpose, action: 'read', auditAction: 'third_party.list' });
    const rows = await trx
      .selectFrom('third_parties')
      .innerJoin('users', 'users.id', 'third_parties.user_id')
      .select([
        'third_parties.id',
        'third_parties.user_id',
        'third_parties.partner_id',
        'third_parties.basis',
        'third_parties.motivation_enc',
        'third_parties.declaration_signed_at',
        'third_parties.subject_informed_at',
        'third_parties.consents_from',
        'third_parties.created_at',
        'users.display_name',
      ])
      .where('third_parties.case_id', '=', caseId)
      .where('third_parties.ended_at', 'is', null)
      .orderBy('third_parties.created_at')
      .orderBy('third_parties.id')
      .execute();
    if (rows.length === 0) return [];
    const { state } = await loadStateContext(deps, trx, loaded);
    const key = await optionalCaseKey(deps, trx, caseId);
    const motivationOf = (enc: Buffer | null): string | null => {
      if (enc === null || key === undefined) return null;
      const sealed = decryptJson(key, THIRD_PARTY_MOTIVATION_FIELD, enc) as { motivation?: unknown };
      return typeof sealed.motivation === 'string' ? sealed.motivation : null;
    };
    const mayConsentAtAll = checkThirdPartyConsent(caseActor(actor, facts, deps.now()), state.involvedPartners).ok;
    return rows.map((r) => {
      const third = state.thirdParties.find((t) => t.userId === r.user_id);
      const consentsFrom = r.consents_from.filter((p) => p !== r.partner_id);
      return {
        id: r.id,
        userId: r.user_id,
        displayName: r.display_name,
        partnerId: r.partner_id,
        basis: (r.basis as LegalBasis | null) ?? null,
        motivation: motivationOf(r.motivation_enc),
        declarationSignedAt: r.declaration_signed_at?.toISOString() ?? null,
        subjectInformedAt: informedAt(third === undefined ? null : subjectInformedAt(third, state.informing), r.subject_informed_at),
        addedAt: r.created_at.toISOString(),
        consentsFrom,
        awaiting: partnersAwaited({ partnerId: r.partner_id, consentsFrom: r.consents_from }, state.involvedPartners),
        meetsP11: third !== undefined && thirdPartyMeetsP11(third, state, now.getTime()),
        mayConsent: mayConsentAtAll && !r.consents_from.includes(actor.partnerId),
      };
    });
  });
}
