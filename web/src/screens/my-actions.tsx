/**
 * "Mijn acties" on My work: the open actions of the plans of approach that my organisation owns,
 * across the cases, overdue first (GET /api/my-actions), each with a link to its action list.
 */
import { get } from '../api/client';
import type { paths } from '../api/contract';
import { Heading, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { dutchDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';

type MyAction = paths['/api/my-actions']['get']['responses'][200]['content']['application/json'][number];

export function MyActions() {
  const { t } = useI18n();
  const actions = useLoad(() => get<MyAction[]>('/api/my-actions'), []);
  if (actions.error !== null || actions.data === undefined) return null;
  const list = actions.data;
  return (
    <Section labelledBy="my-actions-title">
      <Heading level={2} id="my-actions-title">
        {t.work.myActions}
      </Heading>
      {list.length === 0 ? (
        <Paragraph>{t.work.noActions}</Paragraph>
      ) : (
        <Table
          caption={t.work.myActionsCaption(list.length, list.filter((a) => a.overdue).length)}
          head={[t.work.number, t.rto.action, t.rto.dueAt, t.rto.status]}
          rows={list.map((a) => [
            a.id,
            [
              <Link key="n" to={a.meetingId === null ? `/cases/${a.caseId}` : `/cases/${a.caseId}/meetings/${a.meetingId}/actions`}>
                {t.work.actionOf(a.caseNumber)}
              </Link>,
              a.description,
              a.dueAt === null ? '—' : dutchDate(a.dueAt),
              a.overdue ? <StatusBadge status="danger">{t.surface.overdue}</StatusBadge> : <StatusBadge>{t.work.actionOpen}</StatusBadge>,
            ],
          ])}
        />
      )}
    </Section>
  );
}
