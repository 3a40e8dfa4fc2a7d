/**
 * "Werkvoorraad van het team" for process directors (GET /api/work-queue): new registrations of the
 * pool, triage answers in, meetings to prepare, actions overdue and reminders due, most urgent
 * first, with search (case number or a name the user may see), a filter by kind, a choice of order
 * and pages, all kept in the address (a reload or a shared link shows the same). Each row
 * leads to where the work is done; a colleague's new registration is taken up from here.
 */
import { useState } from 'react';
import { get, post } from '../api/client';
import type { paths } from '../api/contract';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Button, ButtonGroup, Heading, Paragraph, StatusBadge, Table } from '../components/ui';
import { dutchDate } from '../dates';
import { setFlash } from '../flash';
import { label, useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useLoad } from '../use-load';
import { KINDS, queryOfView, SORTS, viewFromQuery } from './work-queue-view';
import type { View } from './work-queue-view';

type WorkPage = paths['/api/work-queue']['get']['responses'][200]['content']['application/json'];
type WorkItem = WorkPage['items'][number];

const PAGE_SIZE = 20;
export function WorkQueueScreen() {
  const { t } = useI18n();
  const w = t.workQueue;
  const [view, setView] = useState<View>(() => viewFromQuery(window.location.search));
  const [typed, setTyped] = useState(view.q);
  const { q: search, kind, sort, page } = view;
  const change = (patch: Partial<View>): void => {
    const next = { ...view, ...patch };
    setView(next);
    // The address follows the view (replaced, not added: the back button leaves the queue).
    window.history.replaceState(null, '', `${window.location.pathname}${queryOfView(next)}`);
  };
  const setPage = (n: number): void => change({ page: n });
  const [error, setError] = useState<unknown>(null);
  const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), sort, ...(kind === '' ? {} : { kind }), ...(search === '' ? {} : { q: search }) });
  const queue = useLoad(() => get<WorkPage>(`/api/work-queue?${params.toString()}`), [params.toString()]);
  const data = queue.data;
  const pages = data === undefined ? 1 : Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  const what = (i: WorkItem): string => (i.kind === 'reminder' && i.detail !== null ? label(t.surface.reminderKinds, i.detail) : label(w.kinds, i.kind));
  const take = (i: WorkItem): void => {
    setError(null);
    post(`/api/cases/${i.caseId ?? ''}/take-from-queue`).then(
      () => {
        setFlash(t.work.queueTaken(i.caseNumber ?? ''));
        navigate(i.link);
      },
      (e: unknown) => {
        setError(e);
        queue.reload();
      },
    );
  };
  return (
    <>
      <Heading level={1} focusOnMount>
        {w.title}
      </Heading>
      <Paragraph lead>{w.intro}</Paragraph>
      <form
        className="utrecht-form ct-form ct-find"
        role="search"
        aria-label={w.searchForm}
        onSubmit={(e) => {
          e.preventDefault();
          change({ q: typed.trim(), page: 1 });
        }}
      >
        <TextField field="work-query" label={w.search} description={w.searchHint} value={typed} onChange={setTyped} autoComplete="off" />
        <SelectField
          field="work-kind"
          label={w.kind}
          value={kind}
          onChange={(v) => change({ kind: v, page: 1 })}
          options={[{ value: '', label: w.allKinds }, ...KINDS.map((k) => ({ value: k, label: data === undefined ? label(w.kinds, k) : w.kindCount(label(w.kinds, k), data.counts[k]) }))]}
        />
        <SelectField field="work-sort" label={w.sort} value={sort} onChange={(v) => change({ sort: v, page: 1 })} options={SORTS.map((k) => ({ value: k, label: label(w.sorts, k) }))} />
        <Button type="submit" appearance="secondary">
          {w.apply}
        </Button>
      </form>
      {error === null ? null : <ErrorNotice error={error} />}
      {queue.error === null ? null : <ErrorNotice error={queue.error} />}
      {data === undefined && queue.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null}
      {data !== undefined && data.total === 0 ? <Paragraph>{w.empty}</Paragraph> : null}
      {data !== undefined && data.items.length > 0 ? (
        <Table
          caption={w.caption(data.total)}
          head={[w.what, w.case, w.name, w.due, w.state, t.triage.action]}
          rows={data.items.map((i) => [
            i.id,
            [
              what(i),
              i.caseNumber ?? '—',
              i.kind === 'new_registration' ? (i.detail === null ? t.work.queueNobody : w.heldBy(i.detail)) : (i.title ?? w.hidden),
              dutchDate(i.dueAt),
              i.overdue ? <StatusBadge status="danger">{t.surface.overdue}</StatusBadge> : <StatusBadge>{w.onTime}</StatusBadge>,
              i.kind === 'new_registration' ? (
                <Button key="b" appearance="secondary" aria-label={t.work.queueTakeLabel(i.caseNumber ?? '')} onClick={() => take(i)}>
                  {t.work.queueTake}
                </Button>
              ) : (
                <Link key="l" to={i.link} aria-label={w.openLabel(what(i), i.caseNumber ?? '')}>
                  {w.open}
                </Link>
              ),
            ],
          ])}
        />
      ) : null}
      {pages > 1 ? (
        <nav className="ct-pager" aria-label={t.surface.pager.label}>
          <ButtonGroup>
            <Button appearance="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t.surface.pager.previous}
            </Button>
            <span className="utrecht-paragraph" role="status">
              {t.surface.pager.page(page, pages)}
            </span>
            <Button appearance="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t.surface.pager.next}
            </Button>
          </ButtonGroup>
        </nav>
      ) : null}
    </>
  );
}
