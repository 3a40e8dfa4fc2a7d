/**
 * The contributor corrects its contribution (P4): the correction is a new contribution that
 * links the one it corrects and inherits its restrictions; the corrected one is withdrawn so
 * nobody reads the outdated version. Optimistic locking: a correction made on an outdated
 * version is refused with 409 (nothing lost). The reason for the correction is stored with the
 * corrected text, encrypted under the case key. A registration keeps its structured fields
 * (ADR 0150): those the correction gives, checked against the table's fields, else the ones of
 * the version it corrects. The partners the corrected version was released to are told that it
 * was corrected (seed 002 Bijlage D §7), without its content.
 */
import { isSpecialData } from '../../domain/access/special-kinds.js';
import type { ContributionPurpose, LegalBasis } from '../../domain/model.js';
import { noticeContributionCorrected } from '../notifications/notices.js';
import { recipientsOf } from './recipients.js';
import { checkContributionStorage } from '../../domain/process/contribution-guard.js';
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { checkRegistrationDetails, detailsAfterCorrection } from '../../domain/process/registration-details.js';
import type { RegistrationDetails } from '../../domain/process/registration-details.js';
import { validationFailed } from '../app-error.js';
import { toJson } from '../../store/schema.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { enforceGuard, loadStateContext } from './case-writes.js';
import { bumpContributionVersion, startContributionWrite } from './contribution-write.js';
import { crossesDomains } from './domain-crossing.js';

export interface CorrectContributionInput {
  readonly caseId: string;
  readonly contributionId: string;
  readonly version: number;
  readonly content: string;
  /** Why the contribution is corrected. */
  readonly reason: string;
  readonly special?: boolean | undefined;
  readonly purposes?: readonly ContributionPurpose[] | undefined;
  readonly basis?: LegalBasis | undefined;
  /** A registration's structured fields as corrected (seed 002 Bijlage B §4); left out, the corrected version's fields stay. */
  readonly details?: RegistrationDetails | undefined;
}

/** The registration's structured fields after the correction, checked against the fields the case's table asks. */
function correctedDetails(config: CollaborationConfig, tableId: string, category: string, previous: RegistrationDetails | undefined, given: RegistrationDetails | undefined, now: number): RegistrationDetails | undefined {
  if (given !== undefined && category !== 'registration') throw validationFailed([{ field: 'details', message: 'alleen een melding heeft gestructureerde velden / only a registration has structured fields' }]);
  const details = detailsAfterCorrection(previous, given);
  if (given === undefined) return details;
  const rules = config.tables.find((t) => t.id === tableId)?.registrationFields;
  const issues = checkRegistrationDetails(rules, details, now).map((i) => ({ ...i, field: i.field.replace(/^registration\.details/, 'details') }));
  if (issues.length > 0) throw validationFailed(issues);
  return details;
}

export async function correctContribution(deps: ServiceDeps, actor: SessionActor, input: CorrectContributionInput): Promise<{ id: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { loaded, row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.correct');
    const basis = input.basis ?? (row.basis as unknown as LegalBasis);
    const { config, key, state } = await loadStateContext(deps, trx, loaded);
    const storage = { partnerId: row.by_partner_id, basis, domainCrossing: crossesDomains(state, row.by_partner_id) };
    enforceGuard(entry, checkContributionStorage(storage, state, config.process, now.getTime()));
    const previous = decryptJson(key, 'contribution.content', row.content_enc) as { details?: RegistrationDetails };
    const details = correctedDetails(config, loaded.row.tableId, row.category, previous.details, input.details, now.getTime());
    await bumpContributionVersion(trx, row.id, input.version, now);
    await trx.updateTable('contributions').set({ withdrawn_at: now }).where('id', '=', row.id).execute();
    const correction = await trx
      .insertInto('contributions')
      .values({
        case_id: row.case_id,
        collaboration_id: row.collaboration_id,
        by_partner_id: row.by_partner_id,
        author_user_id: actor.userId,
        given_in: row.given_in,
        category: row.category,
        // P8 by kind: a correction may mark more as special, never a special kind as ordinary.
        special: isSpecialData({ category: row.category, special: input.special ?? row.special }),
        police: row.police,
        purposes: toJson(input.purposes ?? row.purposes),
        basis: toJson(basis),
        shared_with: toJson(row.shared_with),
        released_for_rto: toJson(row.released_for_rto),
        excluded: toJson(row.excluded),
        subject_ids: toJson(row.subject_ids),
        triage_question_id: row.triage_question_id,
        corrects_id: row.id,
        content_enc: encryptJson(key, 'contribution.content', { text: input.content, correctionReason: input.reason, ...(details === undefined ? {} : { details }) }),
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, { ...entry, contributionId: correction.id, legalBasisKind: basis.kind });
    // Those who received the corrected version learn that it was corrected (seed 002 Bijlage D §7, AVG art. 19).
    const received = recipientsOf(state, row.by_partner_id, row.released_for_rto, row.excluded);
    const by = state.partners.find((p) => p.id === row.by_partner_id)?.name ?? 'Een partner';
    await noticeContributionCorrected(deps, trx, { collaborationId: row.collaboration_id, caseId: row.case_id, correctionId: correction.id, byPartnerName: by, partners: received, at: now });
    return { id: correction.id, version: correction.version };
  });
}
