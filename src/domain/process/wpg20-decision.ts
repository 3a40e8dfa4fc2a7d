/**
 * The art. 20 Wpg decision under which a police partner provides police data to the
 * collaboration (P9; seed 002 art. 20 Wpg decision §9: "De korpschef kan deze beslissing te allen
 * tijde opschorten, wijzigen of intrekken"; Bijlage A art. 10.4: the police may suspend or end the
 * cooperation). The decision has a status: in force (also when nothing was recorded), suspended
 * or withdrawn, each recorded with a date, a reason and the police user who recorded it (ADR 0190).
 *
 * While the decision is not in force, no police data is provided under it: the police add no
 * police data and no contribution on the art. 20 basis, and no other organisation reads the police
 * data already in a case (every such read is a provision, logged as one under art. 32 Wpg). The
 * police partner keeps its own data. A suspension can be lifted; a withdrawn decision comes back
 * into force only as a new (changed) decision, whose reference is recorded.
 */
import type { LegalBasisKind } from '../model.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import { filled } from './text.js';

export const WPG20_DECISION_STATUSES = ['in_force', 'suspended', 'withdrawn'] as const;
export type Wpg20DecisionStatus = (typeof WPG20_DECISION_STATUSES)[number];

/** The status now: the last recorded change (`recorded`, oldest first); none recorded: in force. */
export function currentWpg20Status(recorded: readonly Wpg20DecisionStatus[]): Wpg20DecisionStatus {
  return recorded.at(-1) ?? 'in_force';
}

/** Whether a new item is a provision under the art. 20 decision: police data, or anything on the art. 20 basis. */
export function providesUnderWpg20(policeData: boolean, basis: LegalBasisKind | undefined): boolean {
  return policeData || basis === 'wpg20';
}

/** A new provision of police data (a contribution, an answer, a registration) needs the decision in force. */
export function checkWpg20InForce(status: Wpg20DecisionStatus, provision: boolean): GuardResult {
  if (!provision) return ALLOWED;
  switch (status) {
    case 'in_force':
      return ALLOWED;
    case 'suspended':
      return refuse('wpg20_decision_suspended');
    case 'withdrawn':
      return refuse('wpg20_decision_withdrawn');
  }
}

export interface Wpg20StatusChange {
  /** The actor's partner, and the police partner whose decision it is. */
  readonly actorPartnerId: string;
  readonly decisionPartnerId: string;
  /** The partner's catalogue names an art. 20 Wpg decision (config `legalBasisCatalogue`). */
  readonly holdsDecision: boolean;
  readonly current: Wpg20DecisionStatus;
  readonly next: Wpg20DecisionStatus;
  readonly reason: string;
  /** The reference of a changed or new decision (required to bring a withdrawn decision back). */
  readonly decisionReference?: string | undefined;
}

/**
 * Only the police partner's own people record what its chief decided, with a reason. A change
 * of the decision keeps it in force under a new reference; a withdrawn decision is only
 * followed by a new decision in force.
 */
export function checkWpg20StatusChange(c: Wpg20StatusChange): GuardResult {
  if (!c.holdsDecision) return refuse('wpg20_no_decision');
  if (c.actorPartnerId !== c.decisionPartnerId) return refuse('wpg20_not_decision_holder');
  if (!filled(c.reason)) return refuse('wpg20_reason_missing');
  const newDecision = filled(c.decisionReference);
  if (c.current === 'withdrawn' && (c.next !== 'in_force' || !newDecision)) return refuse('wpg20_withdrawn_needs_new_decision');
  if (c.next === c.current && !(c.next === 'in_force' && newDecision)) return refuse('wpg20_status_unchanged');
  return ALLOWED;
}
