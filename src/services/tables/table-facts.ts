/**
 * The facts a table's preconditions are judged on (seed 000 Bijlage 2 "Randvoorwaarden"), gathered
 * from the case's snapshot and its screening record; `checkTableStep` decides.
 */
import { anyConsentCovers, householdConsentInForce } from '../../domain/process/consent.js';
import { exceptionGroundAccepted } from '../../domain/process/sharing-guard.js';
import { outcomeInformantsRecorded } from '../../domain/tables/outcome-informant.js';
import type { PreconditionFacts } from '../../domain/tables/preconditions.js';
import type { Trx } from '../ports.js';
import type { ProcessContext } from '../phases/process-context.js';
import { loadScreening } from './record-screening.js';

/** Done and open actions of the case's plan; restricted or erased actions do not count. */
async function planActionCounts(trx: Trx, caseId: string): Promise<PreconditionFacts['planActions']> {
  const rows = await trx.selectFrom('plan_actions').select('status').where('case_id', '=', caseId).where('restricted_at', 'is', null).where('erased_at', 'is', null).execute();
  return { done: rows.filter((r) => r.status === 'done').length, open: rows.filter((r) => r.status === 'open').length };
}

export async function tableFacts(trx: Trx, ctx: ProcessContext, now: Date): Promise<PreconditionFacts> {
  const { state } = ctx;
  const at = now.getTime();
  const informed = new Set(state.informing.map((i) => i.subjectId));
  const inDetention = new Set(state.informing.filter((i) => i.duringDetention === true).map((i) => i.subjectId));
  return {
    consentInForce: anyConsentCovers(state.consents, [], at) || householdConsentInForce(state.householdConsent, at),
    weighingCompleted: state.weighings.some((w) => w.completedAt !== null && exceptionGroundAccepted(state, w)),
    allSubjectsInformed: state.subjects.length > 0 && state.subjects.every((s) => informed.has(s)),
    allSubjectsInformedDuringDetention: state.subjects.length > 0 && state.subjects.every((s) => inDetention.has(s)),
    caseDirectorAppointed: state.caseDirector !== null,
    outcomeInformantsRecorded: outcomeInformantsRecorded(state.meetings, state.subjects),
    planActions: await planActionCounts(trx, ctx.row.id),
    screening: await loadScreening(trx, ctx),
  };
}
