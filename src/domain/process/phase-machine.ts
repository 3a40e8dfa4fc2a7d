/**
 * The phase machine of the canonical work process (seed 003 Bijlage 3, DOMAIN.md §3). The
 * allowed moves are data (`TRANSITIONS`); a move is taken only when the target phase is one
 * the collaboration uses (`ProcessVariant.phases`), the actor may take it, and the guards of
 * the rules it touches pass. Pure: the caller passes the case snapshot and `now`.
 *
 *   screening ─accept→ triage ─schedule_rto→ rto ─adopt_plan→ monitoring ─deescalate→ deescalation1
 *       │               │  └─close_without_meeting→ monitoring   ↑ └follow_up_rto→ rto    │  ↑ relapse→ monitoring
 *       └reject→ rejected└reject/refer→ rejected/referred        rto─deescalate→           archive↓  │ reopen (manager)
 *                                                                                   archived ─delete→ deleted
 */
import { isActiveMember } from '../membership/active.js';
import type { PartnerId, Phase, Role, UserId } from '../model.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import { checkClosing } from './closing-guard.js';
import { checkReopen, checkStepNotPostponed } from './deescalation-guard.js';
import { checkInformedForTriage } from './informing-guard.js';
import { checkMonitoringReady } from './monitoring-guard.js';
import { ALLOWED, firstRefusal, refuse, type GuardResult, type Refusal } from './reasons.js';
import { filled } from './text.js';
import type { ProcessVariant } from './variant.js';

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
  | { readonly kind: 'schedule_rto'; readonly by: ProcessActor }
  /** The RTO adopted a plan and appointed a case director. */
  | { readonly kind: 'adopt_plan'; readonly by: ProcessActor }
  | { readonly kind: 'follow_up_rto'; readonly by: ProcessActor }
  | { readonly kind: 'deescalate'; readonly by: ProcessActor }
  | { readonly kind: 'relapse'; readonly by: ProcessActor }
  /** De-escalation step 2. */
  | { readonly kind: 'archive'; readonly by: ProcessActor }
  /** De-escalation step 3. */
  | { readonly kind: 'delete'; readonly by: ProcessActor }
  /** The manager re-opens an archived dossier with a recorded reason. */
  | { readonly kind: 'reopen'; readonly by: ProcessActor; readonly reason: string };

export type ProcessEventKind = ProcessEvent['kind'];

interface Move {
  readonly from: readonly Phase[];
  readonly to: Phase;
}

export const TRANSITIONS = {
  accept: { from: ['screening'], to: 'triage' },
  reject: { from: ['screening', 'triage', 'rto'], to: 'rejected' },
  refer: { from: ['triage', 'rto'], to: 'referred' },
  close_without_meeting: { from: ['triage'], to: 'monitoring' },
  schedule_rto: { from: ['triage'], to: 'rto' },
  adopt_plan: { from: ['rto'], to: 'monitoring' },
  follow_up_rto: { from: ['monitoring'], to: 'rto' },
  deescalate: { from: ['rto', 'monitoring'], to: 'deescalation1' },
  relapse: { from: ['deescalation1'], to: 'monitoring' },
  archive: { from: ['deescalation1'], to: 'archived' },
  delete: { from: ['archived'], to: 'deleted' },
  reopen: { from: ['archived'], to: 'deescalation1' },
} as const satisfies Record<ProcessEventKind, Move>;

export const PROCESS_EVENT_KINDS = Object.keys(TRANSITIONS) as readonly ProcessEventKind[];

export type TransitionResult = { readonly ok: true; readonly phase: Phase } | Refusal;

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

function eventGuards(state: CaseState, event: ProcessEvent, variant: ProcessVariant, now: number): GuardResult {
  switch (event.kind) {
    case 'accept':
      return checkInformedForTriage(state, now);
    case 'schedule_rto':
    case 'follow_up_rto':
      return firstRefusal(() => checkInformedForTriage(state, now), () => rtoPrepared(state));
    case 'close_without_meeting':
      return firstRefusal(
        () => (variant.closeWithoutMeeting ? ALLOWED : refuse('close_without_meeting_not_allowed')),
        () => pickupPartnerActive(state, event.pickedUpBy, now),
        () => checkClosing(state, variant),
      );
    case 'adopt_plan':
    case 'relapse':
      return checkMonitoringReady(state, now);
    case 'deescalate':
      return checkClosing(state, variant);
    case 'archive':
      return checkStepNotPostponed(state, 2, now);
    case 'delete':
      return checkStepNotPostponed(state, 3, now);
    case 'reject':
    case 'refer':
    case 'reopen':
      return ALLOWED;
  }
}

/** Takes one step of the work process, or says which rule refuses it. */
export function transition(state: CaseState, event: ProcessEvent, variant: ProcessVariant, now: number): TransitionResult {
  const move: Move = TRANSITIONS[event.kind];
  if (!move.from.includes(state.phase)) return refuse('transition_not_allowed');
  if (!variant.phases.includes(move.to)) return refuse('phase_not_in_variant');
  const guarded = firstRefusal(
    () => actorMay(event),
    () => eventGuards(state, event, variant, now),
  );
  return guarded.ok ? { ok: true, phase: move.to } : guarded;
}

/** The kinds of step the phase and the variant allow at all (before guards), e.g. for the UI. */
export function availableEvents(phase: Phase, variant: ProcessVariant): readonly ProcessEventKind[] {
  return PROCESS_EVENT_KINDS.filter((kind) => {
    const move: Move = TRANSITIONS[kind];
    const configured = kind !== 'close_without_meeting' || variant.closeWithoutMeeting;
    return configured && move.from.includes(phase) && variant.phases.includes(move.to);
  });
}
