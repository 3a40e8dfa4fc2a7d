/** Reminders for deadlines (informing, rights requests, incidents, retention), when the API offers them. */
import { get } from '../api/client';
import { Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

export interface Reminder {
  readonly id?: string;
  readonly kind: string;
  readonly dueAt?: string;
  readonly due?: string;
  readonly caseId?: string | null;
  readonly message?: string;
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
              {r.message ?? r.kind} — {t.work.due} {(r.dueAt ?? r.due ?? '').slice(0, 10)}
            </ListItem>
          ))}
        </UnorderedList>
      )}
    </Section>
  );
}
