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
import { detailsAsText } from '../../domain/process/registration-details.js';
import type { RegistrationDetails } from '../../domain/process/registration-details.js';
import { planReferral, REFERRAL_MESSAGES } from '../../domain/tables/referral.js';
import type { ReferralPlan } from '../../domain/tables/referral.js';
import { toJson } from '../../store/schema.js';
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
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
  const rows = await trx.selectFrom('contributions').select(['id', 'category', 'referral_approved_for', 'withdrawn_at', 'erased_at', 'restricted_at']).where('case_id', '=', ctx.row.id).execute();
  const plan = planReferral(
    ctx.config,
    ctx.row.tableId,
    target,
    rows.map((r) => ({ id: r.id, category: r.category, approvedFor: r.referral_approved_for, stopped: r.withdrawn_at !== null || r.erased_at !== null || r.restricted_at !== null })),
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

/** What is handed over to a body outside the collaboration, once, in the referral's answer: nothing of it stays here. */
export interface ReferralHandover {
  readonly body: { readonly id: string; readonly name: string };
  /** The persons the case is about, so the body knows whom it concerns. */
  readonly subjects: readonly { readonly name: string; readonly birthDate: string | null }[];
  /** Exactly the contributions their contributors approved handing over to this body. */
  readonly contributions: readonly { readonly id: string; readonly partner: string; readonly category: string; readonly givenIn: string; readonly special: boolean; readonly text: string }[];
}

/** The handover to an outside body, read before the case is purged. */
export async function readHandover(trx: Trx, ctx: ProcessContext, plan: Extract<AcceptedReferral, { kind: 'outside' }>): Promise<ReferralHandover> {
  const key = ctx.key;
  if (key === undefined) return { body: plan.body, subjects: [], contributions: [] };
  const subjects = await trx.selectFrom('subjects').select(['name_enc', 'birth_date_enc']).where('case_id', '=', ctx.row.id).orderBy('created_at').orderBy('id').execute();
  const rows =
    plan.handOver.length === 0
      ? []
      : await trx
          .selectFrom('contributions')
          .innerJoin('partners', 'partners.id', 'contributions.by_partner_id')
          .select(['contributions.id', 'partners.name as partner', 'contributions.category', 'contributions.given_in', 'contributions.special', 'contributions.content_enc'])
          .where('contributions.case_id', '=', ctx.row.id)
          .where('contributions.id', 'in', [...plan.handOver])
          .orderBy('contributions.created_at')
          .execute();
  return {
    body: plan.body,
    subjects: subjects.map((s) => ({ name: decryptField(key, 'subject.name', s.name_enc), birthDate: s.birth_date_enc === null ? null : decryptField(key, 'subject.birth_date', s.birth_date_enc) })),
    contributions: rows.map((r) => {
      const content = decryptJson(key, 'contribution.content', r.content_enc) as { text?: string; details?: RegistrationDetails };
      // The registration's structured fields go with its text; the work note (child data) stays behind.
      const details = content.details === undefined ? undefined : { ...content.details, workNote: undefined };
      return { id: r.id, partner: r.partner, category: r.category, givenIn: r.given_in, special: r.special, text: [content.text ?? '', detailsAsText(details)].filter((x) => x !== '').join('\n') };
    }),
  };
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
    const handed = plan.handOver.length === 0 ? 'Er zijn geen bijdragen overgedragen' : `Met instemming van de inbrengers ${plan.handOver.length === 1 ? 'is 1 bijdrage' : `zijn ${plan.handOver.length} bijdragen`} overgedragen`;
    const advice = `Doorverwezen naar ${plan.body.name}. ${handed}. Meld de casus daar zelf aan en leg de afhandeling vast in uw eigen dossier; hier blijft niets herleidbaars achter.`;
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
    .set({ table_id: plan.toTable, referred_from_table: ctx.row.tableId, referred_to_table: null, screening_outcome: null, table_screening_enc: null, acceptance_enc: null, phase: plan.phase, updated_at: now })
    .where('id', '=', caseId)
    .execute();
}
