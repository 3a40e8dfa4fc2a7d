/**
 * Carrying out a rights request per subject (P15; AVG art. 16-18, 21; seed 002 Bijlage A art. 11):
 * each routed partner acts on its own contributions about the one subject of the request, never
 * on the rest of the household. Pure: the service passes the request, the partner's
 * contributions and what the partner decided; the result says what changes.
 *
 * - rectification (art. 16): the partner corrects named contributions about the subject; the
 *   correction replaces the old text, which is not served any more.
 * - erasure (art. 17): the partner's contributions about this subject alone are erased. A
 *   contribution that is also about other members (or the household as a whole) is left as it is
 *   and recorded as shared: erasing it would erase their data too. Where the law does not allow
 *   erasure, the partner refuses citing its ground (the partner answer, art. 41 UAVG / 27 Wpg).
 * - restriction (art. 18): the same contributions stay stored but are not processed any more.
 * - objection (art. 21): recorded; upheld, processing of the same contributions stops; overridden
 *   by the weighing, nothing changes and the reason is recorded.
 */
import type { ContributionId, PartnerId, RightsRequestKind, SubjectId } from '../model.js';

export const EXECUTABLE_KINDS = ['rectification', 'erasure', 'restriction', 'objection'] as const;
export type ExecutableKind = (typeof EXECUTABLE_KINDS)[number];

export function isExecutable(kind: RightsRequestKind): kind is ExecutableKind {
  return (EXECUTABLE_KINDS as readonly string[]).includes(kind);
}

export interface OwnContribution {
  readonly id: ContributionId;
  readonly by: PartnerId;
  /** The subjects it is about; empty: the case as a whole. */
  readonly subjects: readonly SubjectId[];
  readonly withdrawn: boolean;
  readonly restricted: boolean;
}

export type ExecutionInput =
  | {
      readonly kind: 'rectification';
      readonly corrections: readonly { readonly contributionId: ContributionId; readonly content: string }[];
      /** Meeting notes, plan goals and plan actions corrected (meeting-effects.ts decides which the partner may). */
      readonly meetingItems?: readonly RectifiedMeetingItem[] | undefined;
    }
  | { readonly kind: 'erasure' }
  | { readonly kind: 'restriction' }
  | { readonly kind: 'objection'; readonly upheld: boolean; readonly reason: string };

/** A meeting item named by its meeting, kind and present text, with the corrected text. */
export interface RectifiedMeetingItem {
  readonly meetingId: string;
  readonly kind: 'meeting_note' | 'plan_goal' | 'plan_action';
  readonly text: string;
  readonly content: string;
}

export type ExecutionRefusal =
  | 'P15_execution_other_kind'
  | 'P15_rectification_empty'
  | 'P15_rectification_not_own'
  | 'P15_objection_without_reason';

export type Effect = 'rectified' | 'erased' | 'restricted' | 'processing_stopped' | 'objection_overridden' | 'left_shared';

export interface ExecutionPlan {
  readonly effects: readonly { readonly contributionId: ContributionId | null; readonly effect: Effect; readonly content?: string }[];
}

export type ExecutionCheck = { readonly ok: true; readonly plan: ExecutionPlan } | { readonly ok: false; readonly reason: ExecutionRefusal; readonly field?: string };

const solelyAbout = (c: OwnContribution, subjectId: SubjectId): boolean => c.subjects.length === 1 && c.subjects[0] === subjectId;
const about = (c: OwnContribution, subjectId: SubjectId): boolean => c.subjects.length === 0 || c.subjects.includes(subjectId);

export function planExecution(request: { readonly kind: RightsRequestKind; readonly subjectId: SubjectId }, partnerId: PartnerId, contributions: readonly OwnContribution[], input: ExecutionInput): ExecutionCheck {
  if (input.kind !== request.kind) return { ok: false, reason: 'P15_execution_other_kind' };
  const own = contributions.filter((c) => c.by === partnerId && !c.withdrawn && about(c, request.subjectId));
  switch (input.kind) {
    case 'rectification': {
      const meetingItems = input.meetingItems ?? [];
      if (input.corrections.length === 0 && meetingItems.length === 0) return { ok: false, reason: 'P15_rectification_empty', field: 'corrections' };
      for (const [i, k] of meetingItems.entries()) {
        if (k.content.trim() === '') return { ok: false, reason: 'P15_rectification_empty', field: `meetingItems.${i}.content` };
      }
      for (const [i, k] of input.corrections.entries()) {
        if (!own.some((c) => c.id === k.contributionId)) return { ok: false, reason: 'P15_rectification_not_own', field: `corrections.${i}.contributionId` };
        if (k.content.trim() === '') return { ok: false, reason: 'P15_rectification_empty', field: `corrections.${i}.content` };
      }
      return { ok: true, plan: { effects: input.corrections.map((k) => ({ contributionId: k.contributionId, effect: 'rectified', content: k.content })) } };
    }
    case 'objection':
      if (input.reason.trim() === '') return { ok: false, reason: 'P15_objection_without_reason', field: 'reason' };
      if (!input.upheld) return { ok: true, plan: { effects: [{ contributionId: null, effect: 'objection_overridden' }] } };
      return { ok: true, plan: { effects: perItem(own, request.subjectId, 'processing_stopped') } };
    case 'erasure':
      return { ok: true, plan: { effects: perItem(own, request.subjectId, 'erased') } };
    case 'restriction':
      return { ok: true, plan: { effects: perItem(own, request.subjectId, 'restricted') } };
  }
}

function perItem(own: readonly OwnContribution[], subjectId: SubjectId, effect: Effect): ExecutionPlan['effects'] {
  return own.filter((c) => effect === 'erased' || !c.restricted || !solelyAbout(c, subjectId)).map((c) => ({ contributionId: c.id, effect: solelyAbout(c, subjectId) ? effect : 'left_shared' }));
}

export const EXECUTION_MESSAGES: Readonly<Record<ExecutionRefusal, { nl: string; en: string }>> = {
  P15_execution_other_kind: { nl: 'Deze handeling hoort niet bij de soort van dit verzoek.', en: 'This action does not belong to the kind of this request.' },
  P15_rectification_empty: {
    nl: 'Een rectificatie noemt welke bijdrage, notitie, doel of actie wordt verbeterd en de verbeterde tekst.',
    en: 'A rectification names the contribution, note, goal or action corrected and the corrected text.',
  },
  P15_rectification_not_own: {
    nl: 'U verbetert alleen gegevens van uw eigen organisatie over de betrokkene van dit verzoek: uw bijdragen, als hoofdaanmelder de notities en doelen van het overleg, als eigenaar uw acties.',
    en: 'You only correct data of your own organisation about the subject of this request: your contributions, as lead partner the notes and goals of the meeting, as owner your actions.',
  },
  P15_objection_without_reason: { nl: 'Een bezwaar vraagt een afweging met reden, ook als het wordt gehonoreerd.', en: 'An objection needs a weighing with its reason, also when it is upheld.' },
};
