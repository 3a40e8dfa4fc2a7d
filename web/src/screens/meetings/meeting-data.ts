/** What the meeting screens read from the API, and small helpers they share. */
import type { CaseView } from '../../api/types';
import type { Directory } from '../../api/directory';

export interface Preparation {
  readonly goal: string;
  readonly themes: readonly string[];
  readonly decisionsToTake: readonly string[];
  readonly subjectInvolvement: string;
  readonly careAgreements: string;
  readonly representatives: readonly { readonly subjectId: string; readonly name: string; readonly identifiedAt?: string | null }[];
}

export interface Invitation {
  /** A user id, or the subject's id for the subject or a representative. */
  readonly userId: string;
  readonly partnerId: string;
  readonly role: string;
  /** What is asked of the party and its information need for the plan (seed 001/003 art. 9.2e, 6.4c); null: none recorded. */
  readonly requestedContribution?: string | null;
  readonly informationNeed?: string | null;
}

export interface MeetingView {
  readonly id: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly version: number;
  readonly preparation: Preparation | null;
  readonly invitations: readonly Invitation[];
  readonly attendance: readonly { readonly userId: string; readonly present: boolean }[];
  readonly subjectMayAttend: boolean;
}

/** One meeting of the case as `GET /api/cases/:caseId/meetings` lists it. */
export interface CaseMeetingItem {
  readonly id: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly heldAt: string | null;
  readonly followUp: boolean;
  readonly actionListSentAt: string | null;
  readonly invitations: number;
  readonly actions: number;
}

export interface ActionList {
  readonly heldAt: string | null;
  readonly sendBy: string | null;
  readonly sentAt: string | null;
  /** What the monitoring after this meeting is for, and how many contributions it kept (null: no choice). */
  readonly monitoringPurpose?: string | null;
  readonly monitoringKept?: number | null;
  readonly actions: readonly { readonly id: string; readonly description: string; readonly ownerPartnerId: string; readonly ownerPartnerName?: string; readonly ownerUserId?: string | null; readonly lifeDomain: string | null; readonly dueAt: string | null; readonly status: string; readonly version: number }[];
}

export const DOMAINS = ['housing', 'work_education', 'income_debts', 'social_relations', 'addiction', 'mental_functioning', 'physical_functioning', 'thinking_behaviour_skills', 'police_justice'] as const;

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function formatDate(iso: string | null, lang: string): string {
  return iso === null ? '—' : new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/** Who an invitation names: a person from the directory, or the subject / their representative. */
export function participantName(i: Invitation, m: MeetingView, c: CaseView, dir: Directory | undefined): string {
  if (i.role === 'subject' || i.role === 'representative') {
    const subject = c.subjects.find((s) => s.id === i.userId)?.name ?? i.userId;
    if (i.role === 'subject') return subject;
    const rep = m.preparation?.representatives.find((r) => r.subjectId === i.userId)?.name;
    return rep === undefined ? subject : `${rep} (${subject})`;
  }
  return dir?.people.find((p) => p.id === i.userId)?.displayName ?? i.userId;
}
