/**
 * Handover by the case director (§3.3): the case goes to a colleague of the same organisation,
 * chosen by the director (nobody is chosen beforehand), for absence or a change of work. The API
 * decides and audits it; afterwards the page shows the new case director.
 */
import { useState } from 'react';
import { useDirectory } from '../api/directory';
import { SelectField } from '../components/form';
import { Button } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

export function HandoverForm({ caseId, version, onDone }: { caseId: string; version: number; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const s = useSubmission();
  const [toUserId, setToUserId] = useState('');
  const colleagues = (dir.data?.people ?? []).filter((p) => p.partnerId === me?.partnerId && p.role === 'professional' && p.id !== me.userId);
  if (colleagues.length === 0) return null;
  const h = t.surface.handover;
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (s.refuse(toUserId === '' ? { toUserId: h.choose } : {})) return;
        void s.send('POST', `/api/cases/${caseId}/case-director/handover`, { toUserId, version }, () => h.done).then((r) => {
          if (r !== null) onDone(h.done);
        });
      }}
    >
      {/* On success the case page says so once; the form itself only reports what went wrong. */}
      {s.done === null ? <FormResult submission={s} labelOf={() => h.colleague} idPrefix="handover." /> : null}
      <SelectField
        field="handover.toUserId"
        label={h.colleague}
        description={h.hint}
        value={toUserId}
        onChange={setToUserId}
        options={[{ value: '', label: h.choose }, ...colleagues.map((p) => ({ value: p.id, label: p.displayName }))]}
        error={s.fields.toUserId}
      />
      <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
        {h.submit}
      </Button>
    </form>
  );
}
