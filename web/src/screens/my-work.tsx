/** "Mijn werk": the cases the user acts in, grouped per phase. */
import { get } from '../api/client';
import type { CaseListItem } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { Heading, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { Reminders } from './reminders';
import { TriageInbox } from './triage';

/** The order of the work process (DOMAIN.md §3). */
export const PHASE_ORDER = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'rejected', 'referred', 'deleted'] as const;

export function MyWorkScreen() {
  const { t, lang } = useI18n();
  const cases = useLoad(() => get<CaseListItem[]>('/api/cases'), []);
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const list = cases.data ?? [];
  const phases = [...PHASE_ORDER, ...new Set(list.map((c) => c.phase).filter((p) => !(PHASE_ORDER as readonly string[]).includes(p)))];
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.work.title}
      </Heading>
      <Paragraph lead>{t.work.intro}</Paragraph>
      <Reminders />
      <TriageInbox />
      {cases.error === null ? null : <ErrorNotice error={cases.error} />}
      {cases.data === undefined && cases.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null}
      {cases.data !== undefined && list.length === 0 ? <Paragraph>{t.work.empty}</Paragraph> : null}
      {phases.map((phase) => {
        const inPhase = list.filter((c) => c.phase === phase);
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
                  c.tableId,
                  c.workArea ?? '—',
                  date(c.updatedAt),
                ],
              ])}
            />
          </Section>
        );
      })}
    </>
  );
}
