/**
 * The process director's judgement when taking a case up (fase 1, seed 003 Bijlage 3 B3-F1
 * "Activiteiten"; seed 001 and 003 art. 9.2a): (1) a global judgement on the formal criteria of
 * the Landelijk Kader, (2) an assessment of the substance, made in consultation with the party
 * that registered the case. The criteria hold as the table's `criteriaGroups` say (seed 001
 * Bijlage 2); a case that does not meet them may still belong ("bij nadere beschouwing toch thuis
 * blijkt te horen"), and is then accepted only with the reason why. Pure: the caller gives the
 * table and the variant.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';
import { criteriaSuffice } from '../tables/preconditions.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { ProcessVariant } from './variant.js';

/** The consultation with the registering party (art. 9.2a). */
export interface Consultation {
  /** Who of the registering party was consulted. */
  readonly with: string;
  /** When (ISO date or date-time). */
  readonly at: string;
  readonly outcome: string;
}

export interface AcceptanceAssessment {
  /** Indexes into the table's criteria that the case meets, in the director's global judgement. */
  readonly criteriaMet: readonly number[];
  /** The assessment of the substance: the case information and what other partners can add. */
  readonly substance: string;
  /** Why a case outside the criteria still belongs here. */
  readonly outsideCriteriaReason?: string | undefined;
  readonly consultation?: Consultation | undefined;
}

type Table = Pick<CollaborationTable, 'criteria' | 'allCriteriaRequired' | 'criteriaGroups'>;
type Variant = Pick<ProcessVariant, 'acceptInConsultationWithRegistrant'>;

const filled = (s: string | undefined): boolean => s !== undefined && s.trim().length > 0;

/** The case meets the table's criteria in the director's judgement. */
export function withinCriteria(table: Table, assessment: Pick<AcceptanceAssessment, 'criteriaMet'>): boolean {
  return criteriaSuffice(table, assessment.criteriaMet);
}

/**
 * May the director accept with this assessment? Where the table groups its criteria the
 * assessment is required, and a case outside them needs the reason it still belongs; where the
 * covenant requires it, the consultation with the registrant is on record. `more_information`
 * (outcome c: information from other partners is needed to decide) judges the criteria later.
 */
export function checkAcceptance(table: Table, variant: Variant, outcome: 'accepted' | 'more_information', assessment: AcceptanceAssessment | undefined): GuardResult {
  if (table.criteriaGroups !== undefined) {
    if (assessment === undefined || !filled(assessment.substance)) return refuse('acceptance_assessment_missing');
    if (outcome === 'accepted' && !withinCriteria(table, assessment) && !filled(assessment.outsideCriteriaReason)) return refuse('outside_criteria_without_reason');
  }
  if (variant.acceptInConsultationWithRegistrant === true) {
    const c = assessment?.consultation;
    if (c === undefined || !filled(c.with) || !filled(c.at) || !filled(c.outcome)) return refuse('consultation_missing');
  }
  return ALLOWED;
}
