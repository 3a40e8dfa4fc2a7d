/**
 * The process directors' team queue (issue 15 item 5): the new registrations of a director's pool
 * that a colleague or nobody holds. The pool is the one registration assigns from: where the
 * case's table has a responsible officer (seed 000 art. 10.2/10.3), the process directors of that
 * officer's partner; elsewhere all of the house.
 */
import type { Phase, Role } from '../model.js';
import { ALLOWED, refuse } from './reasons.js';
import type { GuardResult } from './reasons.js';

export interface QueueFacts {
  readonly role: Role;
  readonly phase: Phase;
  /** The partner of the table's responsible officer; null where the table has none. */
  readonly officerPartnerId: string | null;
  readonly actorPartnerId: string;
  /** Whether the actor already is the case's process director. */
  readonly heldByActor: boolean;
}

/** Whether the case belongs to the actor's pool of process directors. */
export function inPool(officerPartnerId: string | null, actorPartnerId: string): boolean {
  return officerPartnerId === null || officerPartnerId === actorPartnerId;
}

/** Whether the actor may take the case from the queue; the first reason it may not. */
export function checkTakeFromQueue(f: QueueFacts): GuardResult {
  if (f.role !== 'process_director') return refuse('actor_not_process_director');
  if (f.phase !== 'screening') return refuse('not_new');
  if (!inPool(f.officerPartnerId, f.actorPartnerId)) return refuse('not_in_pool');
  if (f.heldByActor) return refuse('already_yours');
  return ALLOWED;
}

/** Whether the case shows in the actor's queue: it could take it. */
export function inQueueOf(f: QueueFacts): boolean {
  return checkTakeFromQueue(f).ok;
}
