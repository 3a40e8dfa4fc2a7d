/**
 * Disputes about how a director carries out its tasks (seed 003 art. 9.4 and 10.4, seed 001
 * art. 9.4 and 10.4; row 003-29). A dispute about the process director goes to the manager, who may
 * put it to the steering group; a dispute about a case director goes to the process director, who
 * may put it to the body the covenant names (the manager in seed 003, the steering group's
 * preparation group in seed 001). Whoever holds the dispute records the outcome; once it was put to
 * a body outside the system, the manager records that body's decision. Pure.
 */
import type { Role } from '../model.js';

export type DisputeAbout = 'process_director' | 'case_director';
export type DisputeStatus = 'open' | 'escalated' | 'decided';

/** The covenant's dispute article as configured: which body each kind of dispute can be put to. */
export interface DisputeRules {
  readonly escalation: { readonly processDirector: string; readonly caseDirector: string };
}

export interface DisputeFacts {
  readonly about: DisputeAbout;
  readonly status: DisputeStatus;
  /** The user the dispute is about. */
  readonly aboutUserId: string;
}

export type DisputeDecision = { readonly ok: true } | { readonly ok: false; readonly reason: DisputeRefusal };

export type DisputeRefusal =
  | 'disputes_not_in_covenant'
  | 'dispute_about_oneself'
  | 'dispute_not_for_you'
  | 'dispute_already_decided'
  | 'dispute_already_escalated'
  | 'no_case_director'
  | 'disputes_not_for_role';

const OK: DisputeDecision = { ok: true };
const no = (reason: DisputeRefusal): DisputeDecision => ({ ok: false, reason });

/**
 * The roles that take part in disputes: those who work in cases raise them, the process director
 * and the manager hold them. The administrator, the privacy officer, statistics and third parties
 * neither raise nor hold one, so they list none either.
 */
export function takesPartInDisputes(role: Role): boolean {
  return role === 'professional' || role === 'process_director' || role === 'support' || role === 'manager';
}

/** The role that holds a dispute first: the manager for the process director, the process director for a case director. */
export function disputeHandler(about: DisputeAbout): Role {
  return about === 'process_director' ? 'manager' : 'process_director';
}

/** The body a dispute can be put to, in the covenant's words. */
export function escalationBody(rules: DisputeRules, about: DisputeAbout): string {
  return about === 'process_director' ? rules.escalation.processDirector : rules.escalation.caseDirector;
}

/** Raising a dispute: the covenant must know disputes, and nobody raises one about themselves. */
export function checkRaise(rules: DisputeRules | undefined, raiserId: string, aboutUserId: string | null): DisputeDecision {
  if (rules === undefined) return no('disputes_not_in_covenant');
  if (aboutUserId === null) return no('no_case_director');
  if (aboutUserId === raiserId) return no('dispute_about_oneself');
  return OK;
}

/**
 * The role that holds a dispute now: while open, the handler's; once escalated, the manager, who
 * records the decision of the body it was put to; nobody once decided.
 */
export function disputeHolder(dispute: Pick<DisputeFacts, 'about' | 'status'>): Role | null {
  if (dispute.status === 'decided') return null;
  return dispute.status === 'escalated' ? 'manager' : disputeHandler(dispute.about);
}

/** Whether the actor acts on the dispute now: its holder's role, never the director it is about. */
function holds(dispute: DisputeFacts, actorRole: Role, actorId: string): boolean {
  return actorId !== dispute.aboutUserId && actorRole === disputeHolder(dispute);
}

/**
 * Who lists a dispute: the one who raised it, and, never the director it is about, the role that
 * holds it or held it first (the manager also those about a process director once decided).
 */
export function seesDispute(dispute: DisputeFacts & { readonly raisedBy: string }, actorRole: Role, actorId: string): boolean {
  if (dispute.raisedBy === actorId) return true;
  if (dispute.aboutUserId === actorId) return false;
  return actorRole === disputeHandler(dispute.about) || actorRole === disputeHolder(dispute);
}

/** Putting the dispute to the body the covenant names: by its handler, once. */
export function checkEscalate(dispute: DisputeFacts, actorRole: Role, actorId: string): DisputeDecision {
  if (dispute.status === 'decided') return no('dispute_already_decided');
  if (dispute.status === 'escalated') return no('dispute_already_escalated');
  return holds(dispute, actorRole, actorId) ? OK : no('dispute_not_for_you');
}

/** Recording the outcome: by whoever holds the dispute, once. */
export function checkDecide(dispute: DisputeFacts, actorRole: Role, actorId: string): DisputeDecision {
  if (dispute.status === 'decided') return no('dispute_already_decided');
  return holds(dispute, actorRole, actorId) ? OK : no('dispute_not_for_you');
}
