/**
 * A follow-up RTO (§3.3: monitoring in follow-up RTOs): in monitoring the process director
 * prepares the next meeting of the case, with the earlier meetings and their action lists in
 * view. Invitations follow on the new meeting's screen; the step "follow-up RTO" then moves the
 * case back to the RTO phase.
 */
import { get } from '../../api/client';
import type { CaseView } from '../../api/types';
import { ErrorNotice } from '../../components/errors';
import { Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { CaseSubScreen } from '../case-sub-screen';
import type { ActionList, CaseMeetingItem } from './meeting-data';
import { formatDate } from './meeting-data';
import { PreparationForm } from './prepare-meeting';

export function FollowUpScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.meetings.followUpTitle} intro={t.meetings.followUpIntro}>
      {(c) => <FollowUpBody c={c} />}
    </CaseSubScreen>
  );
}

function FollowUpBody({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const meetings = useLoad(() => get<CaseMeetingItem[]>(`/api/cases/${c.id}/meetings`), [c.id]);
  return (
    <>
      <Section labelledBy="earlier-title">
        <Heading level={2} id="earlier-title">
          {t.meetings.earlierTitle}
        </Heading>
        {meetings.error === null ? null : <ErrorNotice error={meetings.error} />}
        {meetings.data === undefined ? null : meetings.data.length === 0 ? <Paragraph>{t.meetings.noMeetings}</Paragraph> : meetings.data.map((m) => <EarlierMeeting key={m.id} caseId={c.id} m={m} />)}
      </Section>
      <Section labelledBy="next-meeting-title">
        <Heading level={2} id="next-meeting-title">
          {t.meetings.nextTitle}
        </Heading>
        {c.abilities.scheduleFollowUp ? (
          <>
            <Paragraph>{t.meetings.nextIntro}</Paragraph>
            <PreparationForm caseId={c.id} submitLabel={t.meetings.prepareFollowUp} />
          </>
        ) : (
          <Paragraph>{t.meetings.notInMonitoring}</Paragraph>
        )}
      </Section>
    </>
  );
}

function EarlierMeeting({ caseId, m }: { caseId: string; m: CaseMeetingItem }) {
  const { t, lang } = useI18n();
  const list = useLoad(() => get<ActionList>(`/api/cases/${caseId}/meetings/${m.id}/action-list`), [caseId, m.id]);
  const date = formatDate(m.scheduledAt, lang);
  const title = m.followUp ? t.meetings.followUpOn(date) : t.rto.meetingOn(date);
  return (
    <>
      <Heading level={3}>
        <Link to={`/cases/${caseId}/meetings/${m.id}`}>{title}</Link> ({label(t.rto.statuses, m.status)})
      </Heading>
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      {list.data === undefined ? null : list.data.actions.length === 0 ? (
        <Paragraph>{t.meetings.noActions}</Paragraph>
      ) : (
        <Table
          caption={t.meetings.actionListOf(title)}
          head={[t.rto.description, t.rto.owner, t.rto.domain, t.rto.dueAt, t.rto.status]}
          rows={list.data.actions.map((a) => [a.id, [a.description, a.ownerPartnerName ?? a.ownerPartnerId, a.lifeDomain === null ? '—' : label(t.lifeDomains, a.lifeDomain), formatDate(a.dueAt, lang), label(t.rto.actionStatuses, a.status)]])}
        />
      )}
    </>
  );
}
