/**
 * RTO meetings (§3.3): agenda, invitations with their role, attendance and the record with
 * the plan of approach. The record carries a `version` for optimistic locking: two process
 * directors editing at once must not silently overwrite each other (nothing lost, §7).
 */
import type { IsoDate, LifeDomain, MeetingId, ParticipantRole, PartnerId, SubjectId, UserId } from '../model.js';

/** Who is invited: a partner's professional, the subject or a representative, or a third party. */
export type Invitee =
  | { readonly kind: 'partner'; readonly partnerId: PartnerId; readonly userId: UserId }
  | { readonly kind: 'subject'; readonly subjectId: SubjectId }
  | { readonly kind: 'representative'; readonly subjectId: SubjectId; readonly name: string; readonly identifiedAt: IsoDate | null }
  | { readonly kind: 'third_party'; readonly userId: UserId };

export interface Invitation {
  readonly invitee: Invitee;
  readonly role: ParticipantRole;
  readonly invitedAt: IsoDate;
}

export interface PlanGoal {
  readonly domain: LifeDomain;
  readonly goal: string;
  /** The subjects of the case it is about (household cases); absent or empty: the case as a whole. */
  readonly subjects?: readonly SubjectId[];
}

export interface PlanAction {
  readonly id: string;
  readonly description: string;
  readonly ownerPartner: PartnerId;
  readonly dueAt: IsoDate;
  readonly domain: LifeDomain | null;
  readonly doneAt: IsoDate | null;
  /** The subjects of the case it is about (household cases); absent or empty: the case as a whole. */
  readonly subjects?: readonly SubjectId[];
}

/** A note of the meeting about one or more subjects of a household (absent or empty: the case as a whole). */
export interface MeetingNote {
  readonly text: string;
  readonly subjects?: readonly SubjectId[];
  /**
   * `state_of_affairs`: the state of affairs the RTO report records (seed 002 Bijlage B, 2: "stand
   * van zaken"; 002-B16). Kept as a note so rectification, restriction and erasure treat it as one.
   */
  readonly kind?: 'state_of_affairs';
}

export interface PlanOfApproach {
  readonly goals: readonly PlanGoal[];
  readonly actions: readonly PlanAction[];
}

/**
 * A jointly supported proposal as the result of the meeting instead of an integral plan (seed 002
 * Bijlage B §3: "een gezamenlijk gedragen voorstel: bijvoorbeeld toch een huisuitzetting").
 */
export interface MeetingProposal {
  readonly text: string;
  /** The partners that support it. */
  readonly supportedBy: readonly PartnerId[];
}

export interface MeetingRecord {
  readonly date: IsoDate;
  readonly present: readonly UserId[];
  readonly reason: string;
  readonly status: string;
  /** Notes of the meeting, each with the subjects it is about. */
  readonly notes?: readonly MeetingNote[];
  readonly plan: PlanOfApproach;
  /** When the process director sent the action list (within a week, §3.3). */
  readonly actionListSentAt: IsoDate | null;
  /** The result as a jointly supported proposal, where the collaboration allows it (`process.proposalAsResult`). */
  readonly proposal?: MeetingProposal | null;
  /** Who informs the subject of the outcome when the subject was not present (seed 000 Bijlage 2, 000-R69). */
  readonly outcomeInformant?: { readonly userId: UserId; readonly partnerId: PartnerId } | null;
}

export interface Meeting {
  readonly id: MeetingId;
  readonly plannedAt: IsoDate;
  readonly agenda: readonly string[];
  readonly invitations: readonly Invitation[];
  readonly attended: readonly UserId[];
  readonly record: MeetingRecord | null;
  readonly version: number;
}

export type MeetingUpdate =
  | { readonly ok: true; readonly meeting: Meeting }
  | { readonly ok: false; readonly reason: 'version_conflict'; readonly current: number };

/** Applies a change made on `expectedVersion`; refuses when someone else changed it since. */
export function updateMeeting(
  meeting: Meeting,
  expectedVersion: number,
  change: Partial<Pick<Meeting, 'plannedAt' | 'agenda' | 'invitations' | 'attended' | 'record'>>,
): MeetingUpdate {
  if (meeting.version !== expectedVersion) return { ok: false, reason: 'version_conflict', current: meeting.version };
  return { ok: true, meeting: { ...meeting, ...change, version: meeting.version + 1 } };
}

/** A plan is usable for monitoring when it has a goal and every action has an owner and due date. */
export function planIsComplete(plan: PlanOfApproach): boolean {
  return (
    plan.goals.length > 0 &&
    plan.goals.every((g) => g.goal.trim() !== '') &&
    plan.actions.length > 0 &&
    plan.actions.every((a) => a.description.trim() !== '' && a.ownerPartner !== '' && a.dueAt !== '')
  );
}

/** Days after the meeting the action list must be sent (§3.3). */
export const ACTION_LIST_DUE_DAYS = 7;
