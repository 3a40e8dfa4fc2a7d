/**
 * Who plans the sessions of a standing body and sets their agendas (ADR 0050): the process
 * directors and their support staff. Professionals, privacy officers, statisticians, managers and
 * administrators are invited to sessions or keep their books, but do not plan them. Pure.
 */
import type { Role } from '../model.js';

export const SESSION_PLANNER_ROLES: readonly Role[] = ['process_director', 'support'];

export function mayPlanSessions(role: Role): boolean {
  return SESSION_PLANNER_ROLES.includes(role);
}

export const SESSION_PLANNER_ONLY = {
  nl: 'Alleen de procesregisseur of ondersteuning plant overleggen en stelt de agenda vast.',
  en: 'Only the process director or support plans sessions and sets the agenda.',
} as const;
