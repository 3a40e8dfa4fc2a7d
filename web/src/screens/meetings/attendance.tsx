/**
 * Attendance at an RTO (§3.3), recorded apart from the record, participant by participant: present
 * or absent. A representative (Venlo) counts as present only once identified at the meeting
 * (seed 002 Bijlage B); the API decides and a refusal is shown with its rule.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { ErrorNotice } from '../../components/errors';
import { Checkbox, RadioGroup } from '../../components/form';
import { Button, Heading, Paragraph, Section } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { CaseSubScreen, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { Invitation, MeetingView } from './meeting-data';
import { formatDate, participantName } from './meeting-data';

export function AttendanceScreen({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useI18n();
  const meeting = useLoad(() => get<MeetingView>(`/api/cases/${caseId}/meetings/${meetingId}`), [caseId, meetingId]);
  return (
    <CaseSubScreen caseId={caseId} title={t.meetings.attendanceTitle} intro={t.meetings.attendanceIntro}>
      {(c) => (
        <>
          {meeting.error === null ? null : <ErrorNotice error={meeting.error} />}
          {meeting.data === undefined ? null : <AttendanceBody c={c} m={meeting.data} reload={meeting.reload} />}
        </>
      )}
    </CaseSubScreen>
  );
}

function AttendanceBody({ c, m, reload }: { c: CaseView; m: MeetingView; reload: () => void }) {
  const { t, lang } = useI18n();
  return (
    <>
      <Paragraph>
        {t.meetings.attendanceOf(formatDate(m.scheduledAt, lang))} <Link to={`/cases/${c.id}/meetings/${m.id}`}>{t.meetings.backToMeeting}</Link>
      </Paragraph>
      {!c.abilities.recordMeeting ? <Paragraph>{t.meetings.attendanceNotYours}</Paragraph> : null}
      {m.invitations.length === 0 ? <Paragraph>{t.rto.noInvitations}</Paragraph> : null}
      {c.abilities.recordMeeting ? m.invitations.map((i) => <ParticipantAttendance key={i.userId} c={c} m={m} i={i} onDone={reload} />) : null}
    </>
  );
}

function ParticipantAttendance({ c, m, i, onDone }: { c: CaseView; m: MeetingView; i: Invitation; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const recorded = m.attendance.find((a) => a.userId === i.userId);
  const [present, setPresent] = useState<string>(recorded?.present === false ? 'absent' : 'present');
  const [identified, setIdentified] = useState(false);
  const name = participantName(i, m, c, dir.data);
  const representative = i.role === 'representative';
  const alreadyIdentified = (m.preparation?.representatives.find((r) => r.subjectId === i.userId)?.identifiedAt ?? null) !== null;
  const headingId = `att-${i.userId}`;
  const prefix = `attendance.${i.userId}.`;
  return (
    <Section labelledBy={headingId}>
      <Heading level={2} id={headingId}>
        {name}: {label(t.rto.roles, i.role)}
      </Heading>
      <Paragraph>{recorded === undefined ? t.meetings.notRecorded : recorded.present ? t.meetings.recordedPresent : t.meetings.recordedAbsent}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = { participantId: i.userId, present: present === 'present', ...(representative && present === 'present' ? { identified: identified || alreadyIdentified } : {}) };
          void s.send('POST', `/api/cases/${c.id}/meetings/${m.id}/attendance`, body, () => t.meetings.attendanceSaved(name)).then((r) => {
            if (r !== null) onDone();
          });
        }}
      >
        <FormResult submission={s} labelOf={(f) => ({ participantId: t.rto.person, present: t.rto.present, identified: t.meetings.identified })[f] ?? f} idPrefix={prefix} />
        <RadioGroup
          field={`${prefix}present`}
          legend={t.meetings.wasPresent(name)}
          value={present}
          onChange={setPresent}
          options={[
            { value: 'present', label: t.meetings.present },
            { value: 'absent', label: t.meetings.absent },
          ]}
        />
        {representative && !alreadyIdentified ? <Checkbox field={`${prefix}identified`} label={t.meetings.identified} description={t.meetings.identifiedHint} checked={identified} onChange={setIdentified} /> : null}
        {representative && alreadyIdentified ? <Paragraph>{t.meetings.alreadyIdentified}</Paragraph> : null}
        <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy} aria-label={t.meetings.saveAttendanceOf(name)}>
          {t.meetings.saveAttendance}
        </Button>
      </form>
    </Section>
  );
}
