/**
 * The team's work queue of every kind (issue 15 item 5): what the process directors of a table or
 * collaboration have to do next. Five kinds: new registrations of the pool, triage answers in,
 * meetings to prepare, actions overdue and reminders due. Each item says where the work is done.
 *
 * Urgency: what is overdue first (the longest overdue first), then the rest by the date the work
 * is due (work that waits since a date, such as a new registration or an answer in, is due from
 * that date, so the longest waiting comes first). Pure: the service gathers the items the user may
 * see (Row-Level Security and the access engine per case); this module orders, filters and pages.
 */

export const WORK_KINDS = ['new_registration', 'triage_answer', 'meeting_to_prepare', 'action_overdue', 'reminder'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  readonly kind: WorkKind;
  /** Unique per item: the kind and the id of what it is about. */
  readonly id: string;
  readonly caseId: string | null;
  readonly caseNumber: string | null;
  /** The first subject's name where the user may see the case now; null otherwise. */
  readonly title: string | null;
  /** For a reminder: its own kind (the web names it); otherwise null. */
  readonly detail: string | null;
  /** Epoch ms from which the work is due. */
  readonly dueAt: number;
  readonly overdue: boolean;
  /** The screen where the work is done. */
  readonly link: string;
}

/**
 * The orders a user can choose: most urgent first (the default), by due date (earliest first,
 * overdue or not), by case number (newest case first) or by kind of work.
 */
export const WORK_SORTS = ['urgency', 'due', 'case', 'kind'] as const;
export type WorkSort = (typeof WORK_SORTS)[number];

export interface WorkQuery {
  readonly kind?: WorkKind | undefined;
  readonly sort?: WorkSort | undefined;
  /** Part of a case number or of a subject's name (only names the user may see are searched). */
  readonly search?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

export interface WorkPage {
  readonly items: readonly WorkItem[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** How many of each kind there are (before the kind filter, after the search). */
  readonly counts: Readonly<Record<WorkKind, number>>;
}

/** Most urgent first: overdue before the rest, then by due date; ties by kind and id, so the order is stable. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  return Number(b.overdue) - Number(a.overdue) || a.dueAt - b.dueAt || WORK_KINDS.indexOf(a.kind) - WORK_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id);
}

const byCaseNumber = (a: WorkItem, b: WorkItem): number => (a.caseNumber === null ? 1 : 0) - (b.caseNumber === null ? 1 : 0) || (b.caseNumber ?? '').localeCompare(a.caseNumber ?? '');

/** The order of `sort`; ties fall back to urgency, so every order is stable. */
export function comparator(sort: WorkSort = 'urgency'): (a: WorkItem, b: WorkItem) => number {
  switch (sort) {
    case 'due':
      return (a, b) => a.dueAt - b.dueAt || byUrgency(a, b);
    case 'case':
      return (a, b) => byCaseNumber(a, b) || byUrgency(a, b);
    case 'kind':
      return (a, b) => WORK_KINDS.indexOf(a.kind) - WORK_KINDS.indexOf(b.kind) || byUrgency(a, b);
    case 'urgency':
      return byUrgency;
  }
}

function matches(item: WorkItem, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('nl');
  if (needle === '') return true;
  return (item.caseNumber ?? '').toLocaleLowerCase('nl').includes(needle) || (item.title ?? '').toLocaleLowerCase('nl').includes(needle);
}

/** The page asked for of the items, searched, filtered by kind and sorted (by urgency unless asked otherwise). */
export function workPage(all: readonly WorkItem[], q: WorkQuery): WorkPage {
  const searched = q.search === undefined ? [...all] : all.filter((i) => matches(i, q.search ?? ''));
  const counts = Object.fromEntries(WORK_KINDS.map((k) => [k, searched.filter((i) => i.kind === k).length])) as Record<WorkKind, number>;
  const filtered = (q.kind === undefined ? searched : searched.filter((i) => i.kind === q.kind)).sort(comparator(q.sort));
  const start = (q.page - 1) * q.pageSize;
  return { items: filtered.slice(start, start + q.pageSize), total: filtered.length, page: q.page, pageSize: q.pageSize, counts };
}
