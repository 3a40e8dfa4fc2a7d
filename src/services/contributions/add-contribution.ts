/**
 * A designated professional adds its organisation's contribution to a case in any live phase
 * (P4: its organisation stays its controller). Stored only when the domain allows: an active
 * partner (P1), a legal basis from its catalogue (P5), Nijmegen's nothing-before-pickup (P12),
 * the household's consent for domain-crossing processing (P6), and special-category police data
 * on the art. 20 Wpg basis only as a supplement, police data only from a partner under the Wpg (P9). Its category is a life domain or a data kind
 * of the case's table, never free text (P3, seed 000 art. 5.1 and 5.3).
 */
import { checkRefusedData } from '../../domain/process/refused-consent-data.js';
import { dataConsentAnswers } from '../consents/data-consent-answers.js';
import { isSpecialData } from '../../domain/access/special-kinds.js';
import type { ContributionPurpose, LegalBasis, RtoRelease } from '../../domain/model.js';
import { checkMayContribute } from '../../domain/process/contribution-control.js';
import { checkContributionStorage } from '../../domain/process/contribution-guard.js';
import { checkPoliceSupplement } from '../../domain/process/police-supplement.js';
import type { DisclosureScope } from '../../domain/process/sharing-guard.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import { toJson } from '../../store/schema.js';
import { finishesRunningCase } from '../../domain/access/decide.js';
import { auditEntry, domainActor, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce, enforceGuard, enforcePoliceData, loadStateContext } from './case-writes.js';
import { contributionSubjects } from './contribution-subjects.js';
import { crossesDomains } from './domain-crossing.js';
import { enforceDisclosure, recordDisclosureWithoutConsent } from './disclosure.js';
import { caseTable, tableCategory } from '../tables/table-context.js';
import { enforceWpg20InForce } from '../provisions/wpg20-decision.js';

export interface AddContributionInput {
  readonly caseId: string;
  readonly content: string;
  /** A life domain or a data kind of the case's table (seed 000 art. 5.1, 5.3). */
  readonly category?: string | undefined;
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: readonly ContributionPurpose[];
  readonly basis: LegalBasis;
  readonly releasedForRto: RtoRelease;
  readonly excluded: readonly string[];
  readonly disclosureScope: DisclosureScope;
  /** The subjects of the case it is about (household cases); default: see contributionSubjects. */
  readonly subjects?: readonly string[] | undefined;
}

export async function addContribution(deps: ServiceDeps, actor: SessionActor, input: AddContributionInput): Promise<{ id: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const entry = auditEntry(deps, actor, { action: 'contribution.add', caseId: input.caseId, legalBasisKind: input.basis.kind, onBehalfOfPartnerId: actor.partnerId });
    enforce(entry, checkMayContribute(caseActor(actor, loaded.facts, entry.at), loaded.row.phase));
    const ctx = await loadStateContext(deps, trx, loaded);
    const { config, key, state } = ctx;
    const finishingRunningCase = finishesRunningCase(domainActor(actor), loaded.facts, loaded.facts.partners.get(actor.partnerId), now.getTime());
    const storage = { partnerId: actor.partnerId, basis: input.basis, domainCrossing: crossesDomains(state, actor.partnerId), finishingRunningCase };
    enforceGuard(entry, checkContributionStorage(storage, state, config.process, now.getTime()));
    const police = await enforcePoliceData(trx, entry, actor.partnerId, input.police);
    // P9 (ADR 0190): no police data while the police chief has suspended or withdrawn the art. 20 decision.
    await enforceWpg20InForce(trx, entry, actor.partnerId, police, input.basis.kind);
    if (input.basis.kind === 'wpg20' && input.special) {
      const ordinary = await trx
        .selectFrom('contributions')
        .select('id')
        .where('case_id', '=', input.caseId)
        .where('by_partner_id', '=', actor.partnerId)
        .where('special', '=', false)
        .where('withdrawn_at', 'is', null)
        .execute();
      enforceGuard(entry, checkPoliceSupplement(input.basis.kind, input.special, ordinary.length));
    }
    const disclosure = { from: actor.partnerId, released: input.releasedForRto, excluded: input.excluded, scope: input.disclosureScope, basis: input.basis.kind };
    const withoutConsent = enforceDisclosure(entry, ctx, disclosure, now.getTime());
    const kind = tableCategory(entry, caseTable(config, loaded.row.tableId), input.category, input.special);
    enforceGuard(entry, checkRefusedData(await dataConsentAnswers(trx, input.caseId), actor.partnerId, kind.category));
    const row = await trx
      .insertInto('contributions')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        by_partner_id: actor.partnerId,
        author_user_id: actor.userId,
        given_in: loaded.row.phase,
        category: kind.category,
        // P8 by kind: a special kind stays special whatever is marked; the table's data set may add kinds.
        special: isSpecialData(kind),
        subject_ids: toJson(contributionSubjects(loaded.facts, input.subjects)),
        police,
        purposes: toJson(input.purposes),
        basis: toJson(input.basis),
        released_for_rto: toJson(input.releasedForRto),
        excluded: toJson(input.excluded),
        content_enc: encryptJson(key, 'contribution.content', { text: input.content }),
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    if (withoutConsent) await recordDisclosureWithoutConsent(trx, ctx, row.id, disclosure, now);
    await deps.audit.append(trx, { ...entry, contributionId: row.id });
    return { id: row.id, version: row.version };
  });
}
