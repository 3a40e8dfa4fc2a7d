/**
 * The meetings' part of an access answer (P15; issue 13 item 1, household cases): the notes of a
 * meeting, the goals of the plan of approach and its actions are personal data too, each about
 * the subjects it names or about the case as a whole when it names none. One member's answer
 * holds only what is about that member. An item filed under a special life domain (P8 by kind:
 * health, addiction, police and justice) is withheld from a reader whose organisation may not
 * see special categories, as contributions are; the partner that holds it answers that part.
 */
import type { LifeDomain, PartnerId, SubjectId } from '../model.js';
import { isSpecialKind } from '../access/special-kinds.js';
import { concernsSubject } from '../access/subjects.js';

export const MEETING_ITEM_KINDS = ['meeting_reason', 'meeting_note', 'plan_goal', 'plan_action'] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];

/** One note, goal or action of a meeting as the service gathered it. */
export interface MeetingItem {
  readonly meetingId: string;
  readonly kind: MeetingItemKind;
  /** The date of the meeting (ISO). */
  readonly date: string;
  readonly domain: LifeDomain | null;
  /** The owner partner of an action. */
  readonly owner: PartnerId | null;
  readonly text: string;
  /** The subjects it is about; empty: the case as a whole. */
  readonly subjects: readonly SubjectId[];
  /** Kept apart by a restriction or an upheld objection (stored, not processed; shown within the request). */
  readonly restriction?: 'restriction' | 'objection';
}

/** What one member's answer shows of an item (the subjects of others are not named). */
export interface AccessMeetingItem {
  readonly meetingId: string;
  readonly kind: MeetingItemKind;
  readonly date: string;
  readonly domain: LifeDomain | null;
  readonly owner: PartnerId | null;
  readonly text: string;
  readonly special: boolean;
  readonly restriction?: 'restriction' | 'objection';
}

export interface MeetingItemsForSubject {
  readonly items: readonly AccessMeetingItem[];
  /** Items about the subject that the reader's organisation may not see (special categories). */
  readonly withheld: number;
  /** The meetings the answer reads from (each read is audited under the subject). */
  readonly meetings: readonly string[];
}

export function meetingItemsForSubject(items: readonly MeetingItem[], subjectId: SubjectId, readerMaySeeSpecial: boolean): MeetingItemsForSubject {
  const shown: AccessMeetingItem[] = [];
  let withheld = 0;
  for (const item of items) {
    if (item.text.trim() === '' || !concernsSubject({ subjects: new Set(item.subjects) }, subjectId)) continue;
    const special = item.domain !== null && isSpecialKind(item.domain);
    if (special && !readerMaySeeSpecial) {
      withheld++;
      continue;
    }
    shown.push({ meetingId: item.meetingId, kind: item.kind, date: item.date, domain: item.domain, owner: item.owner, text: item.text, special, ...(item.restriction === undefined ? {} : { restriction: item.restriction }) });
  }
  return { items: shown, withheld, meetings: [...new Set(shown.map((i) => i.meetingId))] };
}
