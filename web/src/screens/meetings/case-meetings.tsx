/** The case page's meetings (§3.3): the RTO and its follow-ups that the reader may see, with their action lists. */
import { get } from '../../api/client';
import { Heading, ListItem, Section, UnorderedList } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import type { CaseMeetingItem } from './meeting-data';
import { formatDate } from './meeting-data';

export function CaseMeetings({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const meetings = useLoad(() => get<CaseMeetingItem[]>(`/api/cases/${caseId}/meetings`), [caseId]);
  // A refusal means this reader has no meetings to see here: the section is absent, not greyed out.
  const items = meetings.error === null ? (meetings.data ?? []) : [];
  if (items.length === 0) return null;
  return (
    <Section labelledBy="meetings-title">
      <Heading level={2} id="meetings-title">
        {t.rto.meetingsTitle}
      </Heading>
      <UnorderedList>
        {items.map((m) => {
          const date = formatDate(m.scheduledAt, lang);
          return (
            <ListItem key={m.id}>
              <Link to={`/cases/${caseId}/meetings/${m.id}`}>{m.followUp ? t.meetings.followUpOn(date) : t.rto.meetingOn(date)}</Link> ({label(t.rto.statuses, m.status)}) –{' '}
              <Link to={`/cases/${caseId}/meetings/${m.id}/actions`} aria-label={t.rto.actionListOf(date)}>
                {t.rto.actionListTitle}
              </Link>
            </ListItem>
          );
        })}
      </UnorderedList>
    </Section>
  );
}
