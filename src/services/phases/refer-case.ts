/**
 * Referral as a step of the work process (seed 003 fase 2, seed 000 Bijlage 2, ADR 0035): the
 * domain (`planReferral`) decides what goes along; this applies it in the step's transaction.
 *
 * - Another table of the collaboration: the case moves with its subjects, registration, consents
 *   and informing records, and the contributions their contributors approved for that table;
 *   everything else of the old table's deliberation goes (other contributions, triage questions,
 *   meetings, plan, case director, third parties, take-along grants, and the designations of
 *   organisations that keep nothing in the case). Kept contributions are released to nobody
 *   until their contributor releases them under the new table's rules. The case starts at the
 *   new table's screening.
 * - A body outside the collaboration: nothing identifying stays (P12, `purgeCase`), and the
 *   registrant is told where to register the case itself.
 */
import { planReferral, REFERRAL_MESSAGES } from '../../domain/tables/referral.js';
import type { ReferralPlan } from '../../domain/tables/referral.js';
import { toJson } from '../../store/schema.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { checkReferralAge } from '../../domain/tables/age-range.js';
import { TABLE_OK, type TableResult } from '../../domain/tables/table-reasons.js';
import { caseTable } from '../tables/table-context.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { noticeSignalOutcome } from '../notifications/notices.js';
import type { ProcessContext } from './process-context.js';
import { purgeCase } from './purge-case.js';

export type AcceptedReferral = Extract<ReferralPlan, { ok: true }>;

/** What the referral takes along; a target that is no table or body of the collaboration is a 400 naming `toTable`. */
export async function planCaseReferral(trx: Trx, ctx: ProcessContext, target: string): Promise<AcceptedReferral> {
  const rows = await trx.selectFrom('contributions').select(['id', 'category', 'referral_approved_for']).where('case_id', '=', ctx.row.id).execute();
  const plan = planReferral(
    ctx.config,
    ctx.row.tableId,
    target,
    rows.map((r) => ({ id: r.id, category: r.category, approvedFor: r.referral_approved_for })),
  );
  if (!plan.ok) throw validationFailed([{ field: plan.field, message: REFERRAL_MESSAGES[plan.reason](ctx.config, ctx.row.tableId) }]);
  return plan;
}

/**
 * The receiving table's age range, judged again on the subjects' birth dates (seed 000 Bijlage 2:
 * Nwo RJ "-9 maanden tot 23 jaar", Casusoverleg Jeugd "0-23 jaar").
 */
export async function referralAge(trx: Trx, ctx: ProcessContext, plan: AcceptedReferral, now: Date): Promise<TableResult> {
  if (plan.kind !== 'table') return TABLE_OK;
  const table = caseTable(ctx.config, plan.toTable);
  if (table.ageRange === undefined) return TABLE_OK;
  const key = ctx.key;
  const rows = await trx.selectFrom('subjects').select('birth_date_enc').where('case_id', '=', ctx.row.id).execute();
  const birthDates = rows.map((r) => (r.birth_date_enc === null || key === undefined ? null : decryptField(key, 'subject.birth_date', r.birth_date_enc)));
  return checkReferralAge(table.name, table.ageRange, birthDates, now.getTime());
}

/** The old table's deliberation: none of it goes to the new table. */
const DELIBERATION_TABLES = ['take_along_grants', 'triage_questions', 'meeting_attendance', 'meeting_invitations', 'plan_actions', 'case_director_appointments', 'meetings', 'third_parties'] as const;

export async function applyReferral(deps: ServiceDeps, trx: Trx, ctx: ProcessContext, plan: AcceptedReferral, now: Date): Promise<void> {
  const caseId = ctx.row.id;
  if (plan.kind === 'outside') {
    const c = await trx
      .updateTable('cases')
      .set({ referred_to_table: plan.body.id, closed_at: now })
      .where('id', '=', caseId)
      .returning('registrant_user_id')
      .executeTakeFirstOrThrow();
    await purgeCase(trx, caseId, now);
    const advice = `Doorverwezen naar ${plan.body.name}. Meld de casus daar zelf aan en leg de afhandeling vast in uw eigen dossier; hier blijft niets herleidbaars achter.`;
    await noticeSignalOutcome(deps, trx, { collaborationId: ctx.row.collaborationId, caseId, registrantUserId: c.registrant_user_id, outcome: 'not_picked_up', advice });
    return;
  }
  const removed = [...plan.notApproved, ...plan.outsideDataSet];
  if (removed.length > 0) await trx.deleteFrom('contributions').where('case_id', '=', caseId).where('id', 'in', removed).execute();
  for (const table of DELIBERATION_TABLES) await trx.deleteFrom(table).where('case_id', '=', caseId).execute();
  await trx
    .updateTable('contributions')
    .set({ released_for_rto: toJson('none'), excluded: toJson([]), referral_approved_for: null, referral_approved_by: null, referral_approved_at: null })
    .where('case_id', '=', caseId)
    .execute();
  const kept = await trx.selectFrom('contributions').select('by_partner_id').where('case_id', '=', caseId).execute();
  const keepers = new Set([ctx.row.registrantPartnerId, ctx.row.leadPartnerId, ...kept.map((k) => k.by_partner_id)]);
  await trx.deleteFrom('involvement').where('case_id', '=', caseId).where('partner_id', 'not in', [...keepers]).execute();
  await trx
    .updateTable('cases')
    .set({ table_id: plan.toTable, referred_from_table: ctx.row.tableId, referred_to_table: null, screening_outcome: null, table_screening_enc: null, phase: plan.phase, updated_at: now })
    .where('id', '=', caseId)
    .execute();
}
