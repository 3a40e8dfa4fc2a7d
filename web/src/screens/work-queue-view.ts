/**
 * What the team's work queue shows (search, kind, order, page) and its place in the address
 * (`/team?q=…&soort=…&sorteer=…&pagina=…`), so that a reload or a shared link shows the same.
 */
export const KINDS = ['new_registration', 'triage_answer', 'meeting_to_prepare', 'action_overdue', 'reminder'] as const;
export const SORTS = ['urgency', 'due', 'case', 'kind'] as const;

/** What the queue shows: the search, the kind, the order and the page. */
export interface View {
  readonly q: string;
  readonly kind: string;
  readonly sort: string;
  readonly page: number;
}

/**
 * The view from the address (`?q=…&soort=…&sorteer=…&pagina=…`), so that a reload or a shared
 * link shows the same; what the address does not name (or names wrongly) is the default.
 */
export function viewFromQuery(search: string): View {
  const p = new URLSearchParams(search);
  const kind = p.get('soort') ?? '';
  const sort = p.get('sorteer') ?? '';
  const page = Number(p.get('pagina') ?? '1');
  return {
    q: (p.get('q') ?? '').trim().slice(0, 100),
    kind: (KINDS as readonly string[]).includes(kind) ? kind : '',
    sort: (SORTS as readonly string[]).includes(sort) ? sort : 'urgency',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of a view: only what differs from the default is named. */
export function queryOfView(v: View): string {
  const p = new URLSearchParams({ ...(v.q === '' ? {} : { q: v.q }), ...(v.kind === '' ? {} : { soort: v.kind }), ...(v.sort === 'urgency' ? {} : { sorteer: v.sort }), ...(v.page === 1 ? {} : { pagina: String(v.page) }) });
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}

