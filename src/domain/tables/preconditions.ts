/**
 * A table's preconditions and admission at the step they guard (seed 000 Bijlage 2
 * "Randvoorwaarden", "Criteria", "Vervolgvragen"; ADR 0035):
 * - a precondition with `before` refuses that step until it is met, quoting the table's own words;
 *   facts the system holds are checked (consent, weighing, informing, case director, the outcome
 *   informant of each meeting the subject missed, the screening record, progress on the plan), any other precondition the process director confirms in the screening record;
 * - the screening record: at least one of the table's criteria met (every one where the table's
 *   criteria hold together), every follow-up question answered, and the process director's own assessment;
 * - a table that discusses individuals only to route them (PJO) gives no individual plan, case
 *   director or monitoring: the case is referred to the table where it belongs.
 * Pure: the caller gathers the facts.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';
import type { ProcessEventKind } from '../process/process-events.js';
import { TABLE_OK, tableRefusal, type TableResult } from './table-reasons.js';

/** What the process director recorded at screening for this table. */
export interface TableScreening {
  readonly tableId: string;
  /** Indexes into the table's criteria that the case meets. */
  readonly criteriaMet: readonly number[];
  /** One answer per follow-up question, in order. */
  readonly answers: readonly string[];
  /** Indexes into the table's preconditions the process director confirms. */
  readonly preconditionsConfirmed: readonly number[];
  /** The process director's own assessment. */
  readonly assessment: string;
  readonly by: string;
  readonly at: string;
}

export interface PreconditionFacts {
  /** A sharing consent (or the household's consent) in force for a subject of the case. */
  readonly consentInForce: boolean;
  /** A completed weighing for sharing without consent (P7). */
  readonly weighingCompleted: boolean;
  /** Every subject has been informed. */
  readonly allSubjectsInformed: boolean;
  /** Every subject has an informing record that says it was given during detention. */
  readonly allSubjectsInformedDuringDetention: boolean;
  readonly caseDirectorAppointed: boolean;
  /** Every held meeting the subject did not attend names who informs the subject of its outcome. */
  readonly outcomeInformantsRecorded: boolean;
  /** The plan's actions (not restricted or erased): how many are done, how many still open. */
  readonly planActions: { readonly done: number; readonly open: number };
  readonly screening: TableScreening | null;
}

type Table = Pick<CollaborationTable, 'id' | 'criteria' | 'allCriteriaRequired' | 'criteriaGroups' | 'followUpQuestions' | 'preconditions' | 'individualsDiscussed'>;

/**
 * The criteria the case meets suffice: one of every group where the table groups them (seed 001
 * Bijlage 2), every one where they hold together, else one of them.
 */
export function criteriaSuffice(table: Pick<CollaborationTable, 'criteria' | 'allCriteriaRequired' | 'criteriaGroups'>, criteriaMet: readonly number[]): boolean {
  if (table.criteriaGroups !== undefined) return table.criteriaGroups.every((group) => group.some((i) => criteriaMet.includes(i)));
  return table.allCriteriaRequired === true ? table.criteria.every((_, i) => criteriaMet.includes(i)) : criteriaMet.length > 0;
}

/** The screening record is complete for this table. */
export function screeningComplete(table: Table, screening: TableScreening | null): boolean {
  return (
    screening !== null &&
    screening.tableId === table.id &&
    criteriaSuffice(table, screening.criteriaMet) &&
    screening.answers.length === table.followUpQuestions.length &&
    screening.answers.every((a) => a.trim().length > 0) &&
    screening.assessment.trim().length > 0
  );
}

function met(table: Table, index: number, facts: PreconditionFacts): boolean {
  const p = table.preconditions[index];
  if (p === undefined) return true;
  switch (p.kind) {
    case 'consent_required':
      return facts.consentInForce;
    case 'consent_or_documented_weighing':
      return facts.consentInForce || facts.weighingCompleted;
    case 'subject_informed':
      return facts.allSubjectsInformed;
    case 'subject_informed_during_detention':
      return facts.allSubjectsInformedDuringDetention;
    case 'case_manager_appointed':
      return facts.caseDirectorAppointed;
    case 'outcome_informant_designated':
      return facts.outcomeInformantsRecorded;
    case 'screening_recorded':
      return screeningComplete(table, facts.screening);
    case 'progress_made':
      return facts.planActions.done > 0 && facts.planActions.open === 0;
    default:
      return facts.screening?.tableId === table.id && facts.screening.preconditionsConfirmed.includes(index);
  }
}

/** Routing-only tables: the steps that would make the case an individual trajectory there. */
const INDIVIDUAL_STEPS: ReadonlySet<ProcessEventKind> = new Set(['adopt_plan', 'follow_up_rto']);

export function checkRoutingOnly(table: Pick<CollaborationTable, 'individualsDiscussed'>): TableResult {
  return table.individualsDiscussed === 'routing_only' ? tableRefusal('routing_only_table') : TABLE_OK;
}

/**
 * A meeting record at a routing-only table (seed 000 PJO: "alleen bepaald waar de casus wordt
 * opgepakt") carries no plan: a goal or an action would start an individual trajectory there.
 */
export function checkRoutingOnlyRecord(table: Pick<CollaborationTable, 'individualsDiscussed'>, plan: { readonly goals: readonly unknown[]; readonly actions: readonly unknown[] }): TableResult {
  if (plan.goals.length === 0 && plan.actions.length === 0) return TABLE_OK;
  return table.individualsDiscussed === 'routing_only' ? tableRefusal('routing_only_plan') : TABLE_OK;
}

/** May this step be taken at this table? The first unmet precondition it guards names itself. */
export function checkTableStep(table: Table, event: ProcessEventKind, facts: PreconditionFacts): TableResult {
  if (INDIVIDUAL_STEPS.has(event)) {
    const routing = checkRoutingOnly(table);
    if (!routing.ok) return routing;
  }
  for (const [index, p] of table.preconditions.entries()) {
    if (p.before !== event || met(table, index, facts)) continue;
    if (p.kind !== 'screening_recorded') return tableRefusal('precondition_unmet', p.text);
    const s = facts.screening;
    const criteriaShort = s !== null && s.tableId === table.id && s.criteriaMet.length > 0 && !criteriaSuffice(table, s.criteriaMet);
    return tableRefusal(criteriaShort ? 'screening_criteria_unmet' : 'screening_incomplete', p.text);
  }
  return TABLE_OK;
}
