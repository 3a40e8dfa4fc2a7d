/** A notice's state as a badge with its deadline (P17). */
import { StatusBadge } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import type { NoticeStatus } from './incident-types';

export function useDateTime(): (iso: string | null) => string {
  const { lang } = useI18n();
  return (iso) => (iso === null ? '—' : new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }));
}

export function NoticeState({ notice }: { notice: NoticeStatus }) {
  const { t } = useI18n();
  const at = useDateTime();
  const b = t.privacy.incidents;
  const look = notice.state === 'done' ? (notice.late ? 'warning' : 'success') : notice.state === 'overdue' ? 'danger' : 'neutral';
  return (
    <>
      <StatusBadge status={look}>
        {label(b.states, notice.state)}
        {notice.state === 'done' && notice.late ? ` (${b.late})` : ''}
      </StatusBadge>{' '}
      {notice.state === 'done' ? null : b.due(at(notice.dueAt))}
    </>
  );
}
