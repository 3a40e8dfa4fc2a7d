/**
 * Inviting a participant (§3.2, P2): a professional with a role, or, where the collaboration lets
 * them take part (Venlo, seed 002 Bijlage B), the subject or a representative. Whether the
 * invitation is lawful (consent signed, an active partner, P11 for a third party) is the API's
 * decision; a refusal is shown with its rule.
 */
import { useState } from 'react';
import { useDirectory } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { RadioGroup, SelectField, TextField } from '../../components/form';
import { Button, Paragraph } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { partnerName } from '../triage';
import type { MeetingView } from './meeting-data';

const ROLES = ['informant', 'expert', 'intended_executor'] as const;
type Kind = 'professional' | 'subject' | 'representative';

export function InviteForm({ c, m, onDone }: { c: CaseView; m: MeetingView; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const people = (dir.data?.people ?? []).filter((p) => p.role === 'professional');
  const [kind, setKind] = useState<Kind>('professional');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<string>('informant');
  const [subjectId, setSubjectId] = useState('');
  const [representativeName, setRepresentativeName] = useState('');
  const chosen = userId !== '' ? userId : (people[0]?.id ?? '');
  const subject = subjectId !== '' ? subjectId : (c.subjects[0]?.id ?? '');
  const labels: Record<string, string> = { userId: t.rto.person, role: t.rto.role, subjectId: t.meetings.subject, representativeName: t.meetings.representativeName };
  const body = (): object => {
    if (kind === 'subject') return { subjectId: subject, role: 'subject' };
    if (kind === 'representative') return { subjectId: subject, role: 'representative', representativeName };
    return { userId: chosen, role };
  };
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void s.send('POST', `/api/cases/${c.id}/meetings/${m.id}/invitations`, body(), () => t.rto.invited).then((r) => {
          if (r !== null) onDone();
        });
      }}
    >
      <FormResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix="invite." />
      {m.subjectMayAttend ? (
        <RadioGroup
          field="invite.kind"
          legend={t.meetings.whom}
          value={kind}
          onChange={(v) => setKind(v === 'subject' || v === 'representative' ? v : 'professional')}
          options={(['professional', 'subject', 'representative'] as const).map((k) => ({ value: k, label: t.meetings.kinds[k] }))}
        />
      ) : null}
      {kind === 'professional' ? (
        <>
          <SelectField field="invite.userId" label={t.rto.person} value={chosen} onChange={setUserId} options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${partnerName(dir.data, p.partnerId)})` }))} error={s.fields.userId} />
          <SelectField field="invite.role" label={t.rto.role} value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: label(t.rto.roles, r) }))} error={s.fields.role} />
        </>
      ) : (
        <>
          <Paragraph>
            {t.meetings.subjectConditions} <Link to={`/cases/${c.id}/consents`}>{t.meetings.consentsLink}</Link>
          </Paragraph>
          <SelectField field="invite.subjectId" label={t.meetings.subject} value={subject} onChange={setSubjectId} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} error={s.fields.subjectId} />
          {kind === 'representative' ? (
            <TextField field="invite.representativeName" label={t.meetings.representativeName} description={t.meetings.representativeHint} value={representativeName} onChange={setRepresentativeName} error={s.fields.representativeName} required />
          ) : null}
        </>
      )}
      <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
        {t.rto.invite}
      </Button>
    </form>
  );
}
