/**
 * Appointing the case director (§3.3) from the meeting's invited professionals; offered first is
 * the one invited as intended executor, who usually takes the lead, else the first invitee.
 */
import { useState } from 'react';
import { useDirectory } from '../../api/directory';
import { SelectField } from '../../components/form';
import { Button, Heading, Section } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { partnerName } from '../triage';

export function CaseDirectorForm({ caseId, meetingId, invited, onDone }: { caseId: string; meetingId: string; invited: readonly { readonly userId: string; readonly role: string }[]; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const people = (dir.data?.people ?? []).filter((p) => invited.some((i) => i.userId === p.id));
  const executor = invited.find((i) => i.role === 'intended_executor' && people.some((p) => p.id === i.userId))?.userId;
  const [userId, setUserId] = useState('');
  const chosen = userId !== '' ? userId : (executor ?? people[0]?.id ?? '');
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
          void s.send('POST', `/api/cases/${caseId}/case-director`, { userId: chosen, meetingId }, () => t.rto.appointed).then((r) => {
            if (r !== null) onDone();
          });
        }}
      >
        <FormResult submission={s} labelOf={() => t.rto.director} idPrefix="director." />
        <SelectField field="director.userId" label={t.rto.director} value={chosen} onChange={setUserId} options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${partnerName(dir.data, p.partnerId)})` }))} error={s.fields.userId} />
        <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
          {t.rto.appoint}
        </Button>
      </form>
    </Section>
  );
}
