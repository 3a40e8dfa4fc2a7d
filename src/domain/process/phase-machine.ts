/**
 * The phase machine of the work process (seed 003 Bijlage 3, DOMAIN.md §3). The moves are the
 * collaboration's configuration (`ProcessVariant.transitions`): a step is taken only when the
 * collaboration lists it from the case's phase, the actor may take it, and the guards of the rules
 * it touches pass. A step the collaboration does not take, or not from this phase, is refused;
 * `describeRefusal` (step-words.ts) says so in the collaboration's own words. Pure: the caller
 * passes the case snapshot and `now`.
 */
import { isActiveMember } from '../membership/active.js';
import type { PartnerId, Phase, Role, UserId } from '../model.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import { checkClosing } from './closing-guard.js';
import { checkReopen, checkStepNotPostponed } from './deescalation-guard.js';
import { checkInformedForTriage } from './informing-guard.js';
import type { HandoverParty, HandoverReason } from './records.js';
import { checkHandover, checkResultReady } from './result-guard.js';
import { ALLOWED, firstRefusal, refuse, type GuardResult, type Refusal } from './reasons.js';
import { filled } from './text.js';
import type { ProcessEventKind } from './process-events.js';
import type { ProcessTransition, ProcessVariant } from './variant.js';

export { PROCESS_EVENT_KINDS, type ProcessEventKind } from './process-events.js';

/** Who moves the case: a user in a role, or the retention job (`system`). */
export interface ProcessActor {
  readonly userId: UserId;
  readonly role: Role | 'system';
}

export type ProcessEvent =
  /** Screening outcome (b)/(c): accepted, on to triage. */
  | { readonly kind: 'accept'; readonly by: ProcessActor }
  /** Not accepted: nothing identifying remains (P12). */
  | { readonly kind: 'reject'; readonly by: ProcessActor }
  /** Better suited to another table (e.g. ZSM): identifying data goes (P12). */
  | { readonly kind: 'refer'; readonly by: ProcessActor; readonly toTable: string }
  /** Venlo: one partner picks the case up, no meeting needed. */
  | { readonly kind: 'close_without_meeting'; readonly by: ProcessActor; readonly pickedUpBy: PartnerId }
  /** Venlo: after the enrichment the case is handed over to a configured party (seed 002 Bijlage B §1). */
  | { readonly kind: 'hand_over'; readonly by: ProcessActor; readonly party: HandoverParty | undefined; readonly reason: HandoverReason }
  | { readonly kind: 'schedule_rto'; readonly by: ProcessActor }
  /** The RTO adopted a plan and appointed a case director, or (where allowed) its result is a jointly supported proposal. */
  | { readonly kind: 'adopt_plan'; readonly by: ProcessActor }
  | { readonly kind: 'follow_up_rto'; readonly by: ProcessActor }
  /** Closing the case after (or in) the meeting, e.g. in Venlo's monthly meeting. */
  | { readonly kind: 'close'; readonly by: ProcessActor }
  | { readonly kind: 'deescalate'; readonly by: ProcessActor }
  | { readonly kind: 'relapse'; readonly by: ProcessActor }
  /** De-escalation step 2. */
  | { readonly kind: 'archive'; readonly by: ProcessActor }
  /** De-escalation step 3. */
  | { readonly kind: 'delete'; readonly by: ProcessActor }
  /** The manager re-opens an archived dossier with a recorded reason. */
  | { readonly kind: 'reopen'; readonly by: ProcessActor; readonly reason: string };

/** Compile-time proof that the event union and the configured vocabulary are the same. */
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type EventKindsMatch = SameKinds<ProcessEvent['kind'], ProcessEventKind> extends true ? true : never;

export type TransitionResult = { readonly ok: true; readonly phase: Phase; readonly move: ProcessTransition } | Refusal;

/** The roles that may take each kind of step. */
function actorMay(event: ProcessEvent): GuardResult {
  switch (event.kind) {
    case 'reopen':
      return checkReopen({ by: event.by, reason: event.reason });
    case 'archive':
    case 'delete':
      return event.by.role === 'system' || event.by.role === 'process_director' ? ALLOWED : refuse('actor_not_process_director');
    case 'accept':
    case 'reject':
    case 'refer':
    case 'close_without_meeting':
    case 'hand_over':
    case 'close':
    case 'schedule_rto':
    case 'adopt_plan':
    case 'follow_up_rto':
    case 'deescalate':
    case 'relapse':
      return event.by.role === 'process_director' ? ALLOWED : refuse('actor_not_process_director');
  }
}

/** An RTO needs a planned meeting with an agenda and invitations (§3.2). */
function rtoPrepared(state: CaseState): GuardResult {
  const ready = state.meetings.some((m) => m.record === null && m.agenda.some(filled) && m.invitations.length > 0);
  return ready ? ALLOWED : refuse('rto_not_prepared');
}

function pickupPartnerActive(state: CaseState, partnerId: PartnerId, now: number): GuardResult {
  const partner = findPartner(state, partnerId);
  return partner !== undefined && isActiveMember(partner, now) ? ALLOWED : refuse('pickup_partner_not_active');
}

function eventGuards(state: CaseState, event: ProcessEvent, move: ProcessTransition, variant: ProcessVariant, now: number): GuardResult {
  if (move.closes) {
    const closing = checkClosing(state, variant);
    if (!closing.ok) return closing;
  }
  switch (event.kind) {
    case 'accept':
      return checkInformedForTriage(state, now);
    case 'schedule_rto':
    case 'follow_up_rto':
      return firstRefusal(() => checkInformedForTriage(state, now), () => rtoPrepared(state));
    case 'close_without_meeting':
      return pickupPartnerActive(state, event.pickedUpBy, now);
    case 'hand_over':
      return checkHandover(state, event.party, event.reason, now);
    case 'adopt_plan':
    case 'relapse':
      return checkResultReady(state, variant, now);
    case 'archive':
      return move.closes ? ALLOWED : checkStepNotPostponed(state, 2, now);
    case 'delete':
      return checkStepNotPostponed(state, 3, now);
    case 'close':
    case 'deescalate':
    case 'reject':
    case 'refer':
    case 'reopen':
      return ALLOWED;
  }
}

/** The configured move for this kind of step from this phase, if the collaboration takes it. */
export function findMove(variant: Pick<ProcessVariant, 'transitions'>, kind: ProcessEventKind, phase: Phase): ProcessTransition | undefined {
  return variant.transitions.find((t) => t.event === kind && t.from.includes(phase));
}

/** Takes one step of the work process, or says which rule refuses it. */
export function transition(state: CaseState, event: ProcessEvent, variant: ProcessVariant, now: number): TransitionResult {
  const move = findMove(variant, event.kind, state.phase);
  if (move === undefined) {
    return refuse(variant.transitions.some((t) => t.event === event.kind) ? 'transition_not_allowed' : 'phase_not_in_variant');
  }
  const guarded = firstRefusal(
    () => actorMay(event),
    () => eventGuards(state, event, move, variant, now),
  );
  return guarded.ok ? { ok: true, phase: move.to, move } : guarded;
}

/** The kinds of step the collaboration takes from this phase (before guards), in configured order, e.g. for the UI. */
export function availableEvents(phase: Phase, variant: Pick<ProcessVariant, 'transitions'>): readonly ProcessEventKind[] {
  const kinds = variant.transitions.filter((t) => t.from.includes(phase)).map((t) => t.event);
  return [...new Set(kinds)];
}
