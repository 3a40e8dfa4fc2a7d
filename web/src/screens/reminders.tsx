/** Reminders for deadlines (informing, rights requests, incidents, retention), when the API offers them. */
import { get } from '../api/client';
import { Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { dutchDate } from '../dates';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';

export interface Reminder {
  readonly id?: string;
  readonly kind: string;
  readonly dueAt?: string;
  readonly due?: string;
  readonly caseId?: string | null;
  readonly message?: string;
  readonly overdue?: boolean;
}

/** The case screen a reminder leads to. */
function screenOf(r: Reminder): string | null {
  if (r.caseId === undefined || r.caseId === null) return null;
  if (r.kind.startsWith('retention') || r.kind === 'inform_subject_of_deletion') return `/cases/${r.caseId}/retention`;
  if (r.kind === 'inform_subject') return `/cases/${r.caseId}/informing`;
  return `/cases/${r.caseId}`;
}

export function Reminders() {
  const { t } = useI18n();
  const reminders = useLoad(() => get<Reminder[] | { reminders: Reminder[] }>('/api/reminders'), []);
  if (reminders.error !== null || reminders.data === undefined) return null;
  const list = Array.isArray(reminders.data) ? reminders.data : reminders.data.reminders;
  return (
    <Section labelledBy="reminders-title">
      <Heading level={2} id="reminders-title">
        {t.work.reminders}
      </Heading>
      {list.length === 0 ? (
        <Paragraph>{t.work.noReminders}</Paragraph>
      ) : (
        <UnorderedList>
          {list.map((r, i) => (
            <ListItem key={r.id ?? i}>
              {r.overdue === true ? <strong>{t.surface.overdue}: </strong> : null}
              {label(t.surface.reminderKinds, r.kind)} — {t.work.due} {dutchDate(r.dueAt ?? r.due ?? '')}
              {screenOf(r) === null ? null : (
                <>
                  {' '}
                  <Link to={screenOf(r) ?? '/'}>{t.surface.openCase}</Link>
                </>
              )}
            </ListItem>
          ))}
        </UnorderedList>
      )}
    </Section>
  );
}
