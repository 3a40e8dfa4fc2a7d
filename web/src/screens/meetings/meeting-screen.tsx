/**
 * One RTO (§3.3): the preparation, the participants with their role, the links to attendance and
 * the action list, the record with the plan of approach and the case director. What is offered
 * follows the case's abilities from the API. One primary button per view: saving the record, where
 * the user may record; inviting, appointing the case director and the next steps are secondary.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { ErrorNotice } from '../../components/errors';
import { DataList, Heading, ListItem, Paragraph, Section, UnorderedList } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { CaseSubScreen } from '../case-sub-screen';
import { partnerName } from '../triage';
import { StepList } from '../process-steps';
import { CaseDirectorForm } from './case-director';
import { InviteForm } from './invite-form';
import { InviteTable } from './invite-table';
import type { MeetingView } from './meeting-data';
import { formatDate, participantName } from './meeting-data';
import { RecordForm } from './meeting-record';
import { DOCUMENT_URLS, DocumentLink } from '../document-link';

export function MeetingScreen({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useI18n();
  const meeting = useLoad(() => get<MeetingView>(`/api/cases/${caseId}/meetings/${meetingId}`), [caseId, meetingId]);
  return (
    <CaseSubScreen caseId={caseId} title={t.rto.meetingTitle} intro={t.rto.meetingIntro}>
      {(c, reloadCase) => (
        <>
          {meeting.error === null ? null : <ErrorNotice error={meeting.error} />}
          {meeting.data === undefined ? null : (
            <MeetingBody
              c={c}
              m={meeting.data}
              reload={() => {
                meeting.reload();
                reloadCase();
              }}
            />
          )}
        </>
      )}
    </CaseSubScreen>
  );
}

function MeetingBody({ c, m, reload: reloadAll }: { c: CaseView; m: MeetingView; reload: () => void }) {
  const { t, lang } = useI18n();
  // Every change on this screen may open a next step: the step list below is asked again.
  const [changes, setChanges] = useState(0);
  const reload = (): void => {
    setChanges((n) => n + 1);
    reloadAll();
  };
  const dir = useDirectory();
  const base = `/cases/${c.id}/meetings/${m.id}`;
  return (
    <>
      <Section labelledBy="prep-title">
        <Heading level={2} id="prep-title">
          {t.rto.preparation}
        </Heading>
        <DataList
          items={[
            [t.rto.date, formatDate(m.scheduledAt, lang)],
            [t.rto.status, label(t.rto.statuses, m.status)],
            [t.rto.goal, m.preparation?.goal ?? '—'],
            [t.rto.themes, m.preparation?.themes.join(', ') ?? '—'],
            [t.rto.decisions, m.preparation?.decisionsToTake.join(', ') ?? '—'],
            [t.rto.involvement, m.preparation === null ? '—' : label(t.rto.involvements, m.preparation.subjectInvolvement)],
            [t.rto.careAgreements, m.preparation?.careAgreements ?? '—'],
          ]}
        />
      </Section>
      <Section labelledBy="inv-title">
        <Heading level={2} id="inv-title">
          {t.rto.invitations}
        </Heading>
        {m.invitations.length === 0 ? (
          <Paragraph>{t.rto.noInvitations}</Paragraph>
        ) : (
          <UnorderedList>
            {m.invitations.map((i) => (
              <ListItem key={i.userId}>
                {participantName(i, m, c, dir.data)}
                {i.role === 'subject' || i.role === 'representative' ? '' : ` (${partnerName(dir.data, i.partnerId)})`}: {label(t.rto.roles, i.role)}
                {i.requestedContribution ? `. ${t.rto.requestedContribution}: ${i.requestedContribution}` : ''}
                {i.informationNeed ? `. ${t.rto.informationNeed}: ${i.informationNeed}` : ''}
              </ListItem>
            ))}
          </UnorderedList>
        )}
        {c.abilities.inviteParticipants ? <InviteTable c={c} m={m} onDone={reload} /> : null}
        {c.abilities.inviteParticipants && m.subjectMayAttend ? <InviteForm c={c} m={m} onDone={reload} /> : null}
      </Section>
      <Section labelledBy="next-title">
        <Heading level={2} id="next-title">
          {t.rto.next}
        </Heading>
        <UnorderedList>
          <ListItem>
            <Link to={`/cases/${c.id}/steps`}>{t.caseLinks.steps}</Link>
          </ListItem>
          {c.abilities.recordMeeting ? (
            <ListItem>
              <Link to={`${base}/attendance`}>{t.meetings.attendanceTitle}</Link>
            </ListItem>
          ) : null}
          <ListItem>
            <Link to={`${base}/actions`}>{t.rto.actionListTitle}</Link>
          </ListItem>
          {m.status !== 'held' ? null : (
            <ListItem>
              <DocumentLink href={DOCUMENT_URLS.meetingRecord(c.id, m.id)}>{t.documents.pdf(t.documents.meetingRecord)}</DocumentLink>
            </ListItem>
          )}
        </UnorderedList>
      </Section>
      {c.abilities.recordMeeting ? <RecordForm c={c} m={m} onDone={reload} /> : null}
      {c.abilities.appointCaseDirector ? <CaseDirectorForm caseId={c.id} meetingId={m.id} invited={m.invitations} onDone={reload} /> : null}
      {/* The next steps of the process, here where the work for them is done (no detour via the case page). */}
      <StepList key={changes} caseId={c.id} partnerIds={[c.registrantPartnerId, c.leadPartnerId]} onDone={reloadAll} nextOnly secondary={c.abilities.recordMeeting} />
    </>
  );
}
