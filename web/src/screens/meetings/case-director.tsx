/** Appointing the case director (§3.3) from the meeting's invited professionals. */
import { useState } from 'react';
import { useDirectory } from '../../api/directory';
import { SelectField } from '../../components/form';
import { Button, Heading, Section } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { partnerName } from '../triage';

export function CaseDirectorForm({ caseId, meetingId, invited }: { caseId: string; meetingId: string; invited: readonly string[] }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const people = (dir.data?.people ?? []).filter((p) => invited.includes(p.id));
  const [userId, setUserId] = useState('');
  const chosen = userId !== '' ? userId : (people[0]?.id ?? '');
  return (
    <Section labelledBy="director-title">
      <Heading level={2} id="director-title">
        {t.rto.directorTitle}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send('POST', `/api/cases/${caseId}/case-director`, { userId: chosen, meetingId }, () => t.rto.appointed);
        }}
      >
        <FormResult submission={s} labelOf={() => t.rto.director} idPrefix="director." />
        <SelectField field="director.userId" label={t.rto.director} value={chosen} onChange={setUserId} options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${partnerName(dir.data, p.partnerId)})` }))} error={s.fields.userId} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.rto.appoint}
        </Button>
      </form>
    </Section>
  );
}
