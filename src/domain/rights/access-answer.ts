/**
 * The answer to an access request (P15; seed 002 art. 11.3): a complete overview of the data, the
 * purposes, the categories, the recipients, the retention and the sources, free of charge. Police
 * data is shown but never copied (P9; seed 002 art. 11.4): it is flagged per item, and the copy
 * handed to the subject leaves it out.
 */
import type { ContributionId, ContributionPurpose, PartnerId, Contribution, SubjectId } from '../model.js';
import type { AccessMeetingItem } from './meeting-items.js';

export const ACCESS_ANSWER_SECTIONS = ['data', 'purposes', 'categories', 'recipients', 'retention', 'sources'] as const;
export type AccessAnswerSection = (typeof ACCESS_ANSWER_SECTIONS)[number];

export type AccessCategory = Contribution['category'];

/** One contribution about the subject, as the service gathered it for the answer. */
export interface AccessContribution {
  readonly id: ContributionId;
  readonly by: PartnerId;
  readonly category: AccessCategory;
  readonly purposes: readonly ContributionPurpose[];
  readonly special: boolean;
  readonly police: boolean;
  /** Partners that received it (triage question, RTO release, take-along). */
  readonly recipients: readonly PartnerId[];
  readonly content: string;
  /** Processing restricted (AVG art. 18) or stopped after an upheld objection (art. 21). */
  readonly restriction?: 'restriction' | 'objection' | undefined;
}

export interface AccessItem {
  readonly contributionId: ContributionId;
  readonly source: PartnerId;
  readonly category: AccessCategory;
  readonly special: boolean;
  readonly content: string;
  /** False for police data: shown for inspection, not copied (P9). */
  readonly copyable: boolean;
  /** Shown as restricted: stored, not processed (AVG art. 18, 21). */
  readonly restriction?: 'restriction' | 'objection';
}

export interface RetentionStatement {
  /** The collaboration's rule in words, e.g. "verwijderd 12 maanden na afschaling". */
  readonly rule: string;
  /** The planned deletion date, when known. */
  readonly deleteAt: number | null;
}

export interface AccessAnswer {
  readonly requestId: string;
  readonly subjectId: SubjectId;
  readonly data: readonly AccessItem[];
  /** The meetings' notes, the plan's goals and actions about the subject (or the case as a whole). */
  readonly meetingData: readonly AccessMeetingItem[];
  readonly purposes: readonly ContributionPurpose[];
  readonly categories: readonly AccessCategory[];
  readonly recipients: readonly PartnerId[];
  readonly retention: RetentionStatement;
  readonly sources: readonly PartnerId[];
  /** Some data may only be inspected: the copy leaves it out (P9). */
  readonly policeShownNotCopied: boolean;
  readonly freeOfCharge: true;
}

const sortedUnique = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/**
 * The partners that received a contribution (seed 000 art. 8.1b; AVG art. 15.1c): those it was
 * shared with or released to by name, and every other partner whose staff read it or took it along
 * as the access log records it. A release to "all RTO participants" names nobody in advance, so the
 * readers are what makes it concrete. The contributor itself is no recipient.
 */
export function contributionRecipients(c: {
  readonly by: PartnerId;
  readonly sharedWith: Iterable<PartnerId>;
  readonly releasedTo: Iterable<PartnerId>;
  readonly readBy: Iterable<PartnerId>;
}): PartnerId[] {
  return sortedUnique([...c.sharedWith, ...c.releasedTo, ...c.readBy]).filter((p) => p !== c.by);
}

export function buildAccessAnswer(input: {
  readonly requestId: string;
  readonly subjectId: SubjectId;
  readonly contributions: readonly AccessContribution[];
  readonly meetingItems?: readonly AccessMeetingItem[];
  readonly retention: RetentionStatement;
}): AccessAnswer {
  const cs = input.contributions;
  const ms = input.meetingItems ?? [];
  return {
    requestId: input.requestId,
    subjectId: input.subjectId,
    data: cs.map((c) => ({
      contributionId: c.id,
      source: c.by,
      category: c.category,
      special: c.special,
      content: c.content,
      copyable: !c.police,
      ...(c.restriction === undefined ? {} : { restriction: c.restriction }),
    })),
    meetingData: ms,
    // A meeting's notes and plan serve the RTO and carrying out the plan.
    purposes: sortedUnique([...cs.flatMap((c) => c.purposes), ...(ms.length > 0 ? (['rto', 'plan_execution'] as const) : [])]),
    categories: sortedUnique([...cs.map((c) => c.category), ...ms.flatMap((m) => (m.domain === null ? [] : [m.domain]))]),
    recipients: sortedUnique(cs.flatMap((c) => c.recipients)),
    retention: { rule: input.retention.rule, deleteAt: input.retention.deleteAt },
    sources: sortedUnique(cs.map((c) => c.by)),
    policeShownNotCopied: cs.some((c) => c.police),
    freeOfCharge: true,
  };
}

/**
 * Sections an answer still lacks. With no data at all, the answer only needs to say so; otherwise
 * every section must be filled (recipients may be empty only when nobody received anything).
 */
export function missingSections(answer: AccessAnswer): AccessAnswerSection[] {
  if (answer.data.length === 0 && answer.meetingData.length === 0) return [];
  const missing: AccessAnswerSection[] = [];
  if (answer.purposes.length === 0) missing.push('purposes');
  if (answer.categories.length === 0) missing.push('categories');
  if (answer.data.length > 0 && answer.sources.length === 0) missing.push('sources');
  if (!/\S/.test(answer.retention.rule)) missing.push('retention');
  return missing;
}

/** The copy (afschrift) handed to the subject: without the police data, which is only shown. */
export function copyOfAnswer(answer: AccessAnswer): AccessAnswer {
  return { ...answer, data: answer.data.filter((item) => item.copyable) };
}
