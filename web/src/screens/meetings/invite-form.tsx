/**
 * Inviting the subject or a representative (§3.2, P2), where the collaboration lets them take
 * part (Venlo, seed 002 Bijlage B); professionals are invited in the table (invite-table.tsx). Whether the
 * invitation is lawful (consent signed, an active partner, P11 for a third party) is the API's
 * decision; a refusal is shown with its rule.
 */
import { useState } from 'react';
import type { CaseView } from '../../api/types';
import { RadioGroup, SelectField, TextField } from '../../components/form';
import { Button, Paragraph } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { MeetingView } from './meeting-data';

type Kind = 'subject' | 'representative';

export function InviteForm({ c, m, onDone }: { c: CaseView; m: MeetingView; onDone: () => void }) {
  const { t } = useI18n();
  const s = useSubmission();
  const [kind, setKind] = useState<Kind>('subject');
  const [subjectId, setSubjectId] = useState('');
  const [representativeName, setRepresentativeName] = useState('');
  const subject = subjectId !== '' ? subjectId : (c.subjects[0]?.id ?? '');
  const labels: Record<string, string> = { subjectId: t.meetings.subject, representativeName: t.meetings.representativeName };
  const body = (): object => (kind === 'subject' ? { subjectId: subject, role: 'subject' } : { subjectId: subject, role: 'representative', representativeName });
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
      <RadioGroup
        field="invite.kind"
        legend={t.meetings.whom}
        value={kind}
        onChange={(v) => setKind(v === 'representative' ? v : 'subject')}
        options={(['subject', 'representative'] as const).map((k) => ({ value: k, label: t.meetings.kinds[k] }))}
      />
      <Paragraph>
        {t.meetings.subjectConditions} <Link to={`/cases/${c.id}/consents`}>{t.meetings.consentsLink}</Link>
      </Paragraph>
      <SelectField field="invite.subjectId" label={t.meetings.subject} value={subject} onChange={setSubjectId} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} error={s.fields.subjectId} />
      {kind === 'representative' ? (
        <TextField field="invite.representativeName" label={t.meetings.representativeName} description={t.meetings.representativeHint} value={representativeName} onChange={setRepresentativeName} error={s.fields.representativeName} required />
      ) : null}
      <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
        {t.rto.invite}
      </Button>
    </form>
  );
}
