/**
 * Assigning support staff to a case (rows 003-52, 004-R05): seed 003 Fase 1 and 2 give access to
 * "de aanmeldende partner, de procesregisseur en eventueel de betrokken ondersteunende
 * medewerker"; seed 004 Bijlage 2: "de procesregisseur en de managementassistentes van het
 * Regieteam hebben toegang tot het werksysteem". Once assigned, support staff act in the case as
 * staff (the access engine's `isStaff`): they read its contributions for the phase's purposes and
 * take the process steps the process director takes; an assignment ends by being ended, never by
 * itself.
 */
import { actsAsStaff } from '../access/decide.js';
import type { CaseFacts } from '../access/facts.js';
import { ACTIVE_PHASES } from '../model.js';
import type { Actor, Role } from '../model.js';

export const SUPPORT_REFUSALS = {
  support_assign_not_director: {
    rule: 'P2',
    field: null,
    nl: 'Alleen de procesregisseur van deze casus (of diens vervanger) wijst ondersteuning toe of haalt die weg.',
    en: 'Only the process director of this case (or their substitute) assigns or removes support staff.',
  },
  support_case_not_active: {
    rule: 'P13',
    field: null,
    nl: 'De casus loopt niet meer; ondersteuning toewijzen kan alleen in een lopende casus.',
    en: 'The case is no longer running; support staff are assigned only to a running case.',
  },
  support_not_support_role: {
    rule: 'P2',
    field: 'userId',
    nl: 'Kies bij Ondersteuner een medewerker met de rol ondersteuner van dit samenwerkingsverband.',
    en: 'Choose a user with the support role in this collaboration.',
  },
  support_inactive: { rule: 'P2', field: 'userId', nl: 'Het account van deze ondersteuner is uitgezet.', en: 'This support user\'s account is disabled.' },
  support_already_assigned: { rule: 'P2', field: 'userId', nl: 'Deze ondersteuner is al aan de casus toegewezen.', en: 'This support user is already assigned to the case.' },
  support_not_assigned: { rule: 'P2', field: 'userId', nl: 'Deze ondersteuner is niet aan de casus toegewezen.', en: 'This support user is not assigned to the case.' },
} as const;

export type SupportRefusal = keyof typeof SUPPORT_REFUSALS;

export interface SupportCandidate {
  readonly userId: string;
  readonly collaborationId: string;
  readonly role: Role;
  readonly active: boolean;
}

/** Who may change the support staff of a case at all: its process director (or substitute) while it runs. */
export function mayChangeSupport(actor: Actor, facts: CaseFacts, now: number): SupportRefusal | null {
  if (actor.collaborationId !== facts.collaborationId || actor.role !== 'process_director' || !actsAsStaff(actor, facts, now)) return 'support_assign_not_director';
  return ACTIVE_PHASES.includes(facts.phase) ? null : 'support_case_not_active';
}

/** Assigning: the candidate has the support role in this collaboration, an active account and is not assigned yet. */
export function checkSupportAssignment(actor: Actor, facts: CaseFacts, candidate: SupportCandidate | null, now: number): SupportRefusal | null {
  const who = mayChangeSupport(actor, facts, now);
  if (who !== null) return who;
  if (candidate === null || candidate.collaborationId !== facts.collaborationId || candidate.role !== 'support') return 'support_not_support_role';
  if (!candidate.active) return 'support_inactive';
  return facts.support.has(candidate.userId) ? 'support_already_assigned' : null;
}

/** Ending an assignment: by the same people, for someone who is assigned. */
export function checkSupportRemoval(actor: Actor, facts: CaseFacts, userId: string, now: number): SupportRefusal | null {
  return mayChangeSupport(actor, facts, now) ?? (facts.support.has(userId) ? null : 'support_not_assigned');
}
