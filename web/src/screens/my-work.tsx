/**
 * "Mijn werk": what needs the user now (reminders, triage questions, the team queue of new
 * registrations for process directors), then the cases the user acts
 * in, grouped per phase, with search on case number or name (within what the API let the user
 * see), a phase filter and sorting. The table shows the table's name, never its id.
 */
import { useState } from 'react';
import { get } from '../api/client';
import type { CaseListItem } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Button, ButtonGroup, Heading, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { useTableName } from './names';
import { MyActions } from './my-actions';
import { Reminders } from './reminders';
import { TeamQueue } from './team-queue';
import { TriageInbox } from './triage';

/** Cases per page of the list; the search and filter work on all of them. */
export const PAGE_SIZE = 25;

/** The order of the work process (DOMAIN.md §3). */
export const PHASE_ORDER = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'rejected', 'referred', 'deleted'] as const;

export function MyWorkScreen() {
  const { t, lang } = useI18n();
  const cases = useLoad(() => get<CaseListItem[]>('/api/cases'), []);
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const tableName = useTableName();
  const [query, setQuery] = useState('');
  const [phaseFilter, setPhaseFilter] = useState('');
  const [sort, setSort] = useState('updated');
  const [page, setPage] = useState(0);
  const all = cases.data ?? [];
  const q = query.trim().toLowerCase();
  const list = all
    .filter((c) => q === '' || c.number.toLowerCase().includes(q) || (c.title ?? '').toLowerCase().includes(q))
    .filter((c) => phaseFilter === '' || c.phase === phaseFilter)
    .sort((a, b) => (sort === 'number' ? a.number.localeCompare(b.number) : b.updatedAt.localeCompare(a.updatedAt)));
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = list.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const present = new Set(all.map((c) => c.phase));
  const phases = [...PHASE_ORDER, ...[...present].filter((p) => !(PHASE_ORDER as readonly string[]).includes(p))];
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.work.title}
      </Heading>
      <Paragraph lead>{t.work.intro}</Paragraph>
      <Reminders />
      <TriageInbox />
      <TeamQueue />
      <MyActions />
      {cases.error === null ? null : <ErrorNotice error={cases.error} />}
      {cases.data === undefined && cases.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null}
      {cases.data !== undefined && all.length === 0 ? <Paragraph>{t.work.empty}</Paragraph> : null}
      {all.length > 0 ? (
        <div className="utrecht-form ct-form ct-find" role="search" aria-label={t.surface.find.legend}>
          <TextField field="find-query" label={t.surface.find.query} description={t.surface.find.queryHint} value={query} onChange={(v) => { setQuery(v); setPage(0); }} autoComplete="off" />
          <SelectField
            field="find-phase"
            label={t.surface.find.phase}
            value={phaseFilter}
            onChange={(v) => {
              setPhaseFilter(v);
              setPage(0);
            }}
            options={[{ value: '', label: t.surface.find.allPhases }, ...phases.filter((p) => present.has(p)).map((p) => ({ value: p, label: label(t.phases, p) }))]}
          />
          <SelectField
            field="find-sort"
            label={t.surface.find.sort}
            value={sort}
            onChange={setSort}
            options={[
              { value: 'updated', label: t.surface.find.sortUpdated },
              { value: 'number', label: t.surface.find.sortNumber },
            ]}
          />
          <p className="utrecht-paragraph" role="status">
            {list.length === 0 ? t.surface.find.none : t.surface.find.result(list.length, all.length)}
          </p>
        </div>
      ) : null}
      {phases.map((phase) => {
        const inPhase = shown.filter((c) => c.phase === phase);
        if (inPhase.length === 0) return null;
        const id = `phase-${phase}`;
        return (
          <Section labelledBy={id} key={phase}>
            <Heading level={2} id={id}>
              {label(t.phases, phase)} <StatusBadge>{t.work.count(inPhase.length)}</StatusBadge>
            </Heading>
            <Table
              caption={label(t.phases, phase)}
              head={[t.work.number, t.work.subject, t.work.table, t.work.workArea, t.work.updated]}
              rows={inPhase.map((c) => [
                c.id,
                [
                  <Link to={`/cases/${c.id}`} aria-label={t.work.open(c.number)} key="n">
                    {c.number}
                  </Link>,
                  c.title ?? <em key="t">{t.work.notVisible}</em>,
                  tableName(c.tableId),
                  c.workArea ?? '—',
                  date(c.updatedAt),
                ],
              ])}
            />
          </Section>
        );
      })}
      {pages > 1 ? (
        <nav className="ct-pager" aria-label={t.surface.pager.label}>
          <ButtonGroup>
            <Button appearance="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t.surface.pager.previous}
            </Button>
            <span className="utrecht-paragraph" role="status">
              {t.surface.pager.page(current + 1, pages)}
            </span>
            <Button appearance="secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t.surface.pager.next}
            </Button>
          </ButtonGroup>
        </nav>
      ) : null}
    </>
  );
}
