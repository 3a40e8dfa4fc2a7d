/**
 * Erasure, restriction and an upheld objection acting on the meetings' personal data (P15; AVG
 * art. 17, 18, 21; issue 13 item 1): meeting notes, plan goals and plan actions name the subjects
 * they are about (migration 140), so a request of one household member changes what is about that
 * member alone, as it does for contributions (execution.ts). An item also about others, or about
 * the household as a whole, is left as it is and recorded as shared.
 *
 * Who acts: the plan action's owner partner for its action; the notes and goals of the meeting
 * record are kept by the process director on behalf of the lead partner (seed 003 art. 9.3), so
 * the lead partner acts on them. Pure: the service passes the decrypted record and stores the
 * result: an erased item leaves the record; a restricted item leaves the record too and is kept
 * apart (stored, not processed) until a lifting puts it back (restriction.ts).
 */
import type { PartnerId, SubjectId } from '../model.js';

export type MeetingEffectKind = 'erased' | 'restricted' | 'processing_stopped';

export interface RecordNote {
  readonly text: string;
  readonly subjects?: readonly string[];
}
export interface RecordGoal {
  readonly domain: string;
  readonly goal: string;
  readonly subjects?: readonly string[];
}
export interface RecordAction {
  readonly id: string;
  readonly ownerPartner: string;
  readonly subjects?: readonly string[];
  readonly [field: string]: unknown;
}
export interface MeetingRecordItems {
  readonly notes?: readonly RecordNote[];
  readonly plan?: { readonly goals?: readonly RecordGoal[]; readonly actions?: readonly RecordAction[] };
  readonly [field: string]: unknown;
}

export type MeetingItemRef =
  | { readonly kind: 'meeting_note'; readonly item: RecordNote }
  | { readonly kind: 'plan_goal'; readonly item: RecordGoal }
  | { readonly kind: 'plan_action'; readonly item: RecordAction };

export interface MeetingEffect {
  readonly ref: MeetingItemRef;
  readonly effect: MeetingEffectKind | 'left_shared';
}

export interface MeetingEffectsPlan {
  /** The record without the erased and restricted items; unchanged when nothing changed. */
  readonly record: MeetingRecordItems;
  readonly effects: readonly MeetingEffect[];
}

const subjectsOf = (x: { readonly subjects?: readonly string[] }): readonly string[] => x.subjects ?? [];
const solely = (x: { readonly subjects?: readonly string[] }, s: SubjectId): boolean => subjectsOf(x).length === 1 && subjectsOf(x)[0] === s;
const about = (x: { readonly subjects?: readonly string[] }, s: SubjectId): boolean => subjectsOf(x).length === 0 || subjectsOf(x).includes(s);

/** What the partner's execution of a request of `subjectId` changes in one meeting record. */
export function planMeetingEffects(record: MeetingRecordItems, subjectId: SubjectId, partnerId: PartnerId, leadPartner: PartnerId, effect: MeetingEffectKind): MeetingEffectsPlan {
  const effects: MeetingEffect[] = [];
  const keep = <T extends { readonly subjects?: readonly string[] }>(items: readonly T[], ref: (item: T) => MeetingItemRef, ours: (item: T) => boolean): T[] =>
    items.filter((item) => {
      if (!ours(item) || !about(item, subjectId)) return true;
      if (!solely(item, subjectId)) {
        effects.push({ ref: ref(item), effect: 'left_shared' });
        return true;
      }
      effects.push({ ref: ref(item), effect });
      return false;
    });
  const lead = partnerId === leadPartner;
  const notes = keep(record.notes ?? [], (item) => ({ kind: 'meeting_note', item }), () => lead);
  const goals = keep(record.plan?.goals ?? [], (item) => ({ kind: 'plan_goal', item }), () => lead);
  const actions = keep(record.plan?.actions ?? [], (item) => ({ kind: 'plan_action', item }), (a) => a.ownerPartner === partnerId);
  if (!effects.some((e) => e.effect !== 'left_shared')) return { record, effects };
  return { record: { ...record, notes, plan: { ...(record.plan ?? {}), goals, actions } }, effects };
}

/** A lifted restriction puts the item back into its meeting record. */
export function restoreMeetingItem(record: MeetingRecordItems, ref: MeetingItemRef): MeetingRecordItems {
  const plan = record.plan ?? {};
  switch (ref.kind) {
    case 'meeting_note':
      return { ...record, notes: [...(record.notes ?? []), ref.item] };
    case 'plan_goal':
      return { ...record, plan: { ...plan, goals: [...(plan.goals ?? []), ref.item] } };
    case 'plan_action':
      return { ...record, plan: { ...plan, actions: [...(plan.actions ?? []).filter((a) => a.id !== ref.item.id), ref.item] } };
  }
}

/**
 * Rectification (AVG art. 16) of a meeting's personal data about the request's subject: the partner
 * names the item by its kind and its present text (as the access answer shows it) and gives the
 * corrected text. Only an item about the subject (alone, with others, or the household as a whole)
 * that the partner keeps: the lead partner the notes and goals, the owner its plan action. An item
 * about another member only, or of another partner, is refused: its index says which.
 */
export interface MeetingCorrection {
  readonly kind: MeetingItemRef['kind'];
  /** The item's present text: a note's text, a goal, an action's description. */
  readonly text: string;
  readonly content: string;
}

export type MeetingRectification =
  | { readonly ok: true; readonly record: MeetingRecordItems; readonly rectified: readonly { readonly kind: MeetingItemRef['kind']; readonly planActionId: string | null; readonly content: string }[] }
  | { readonly ok: false; readonly index: number };

export function planMeetingRectification(
  record: MeetingRecordItems,
  subjectId: SubjectId,
  partnerId: PartnerId,
  leadPartner: PartnerId,
  corrections: readonly MeetingCorrection[],
): MeetingRectification {
  let notes = [...(record.notes ?? [])];
  let goals = [...(record.plan?.goals ?? [])];
  let actions = [...(record.plan?.actions ?? [])];
  const rectified: { kind: MeetingItemRef['kind']; planActionId: string | null; content: string }[] = [];
  const lead = partnerId === leadPartner;
  for (const [index, k] of corrections.entries()) {
    switch (k.kind) {
      case 'meeting_note': {
        const i = notes.findIndex((n) => n.text === k.text && about(n, subjectId));
        if (!lead || i < 0) return { ok: false, index };
        notes = notes.map((n, j) => (j === i ? { ...n, text: k.content } : n));
        rectified.push({ kind: k.kind, planActionId: null, content: k.content });
        break;
      }
      case 'plan_goal': {
        const i = goals.findIndex((g) => g.goal === k.text && about(g, subjectId));
        if (!lead || i < 0) return { ok: false, index };
        goals = goals.map((g, j) => (j === i ? { ...g, goal: k.content } : g));
        rectified.push({ kind: k.kind, planActionId: null, content: k.content });
        break;
      }
      case 'plan_action': {
        const i = actions.findIndex((a) => a['description'] === k.text && a.ownerPartner === partnerId && about(a, subjectId));
        const found = actions[i];
        if (found === undefined) return { ok: false, index };
        actions = actions.map((a, j) => (j === i ? { ...a, description: k.content } : a));
        rectified.push({ kind: k.kind, planActionId: found.id, content: k.content });
        break;
      }
    }
  }
  return { ok: true, record: { ...record, notes, plan: { ...(record.plan ?? {}), goals, actions } }, rectified };
}
