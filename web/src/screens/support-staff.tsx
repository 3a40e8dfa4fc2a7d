/**
 * Support staff of a case (rows 003-52, 004-R05): the process director (or their substitute)
 * assigns an ondersteuner / managementassistent, who then sees the case and works in it as staff,
 * and removes them again. Both are audited; the API decides who may.
 */
import { useState } from 'react';
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { SelectField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

interface SupportView {
  readonly assigned: readonly { readonly userId: string; readonly name: string }[];
  readonly candidates: readonly { readonly userId: string; readonly name: string }[];
  readonly mayChange: boolean;
}

export function SupportStaffScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const a = t.substitutes.support;
  return (
    <CaseSubScreen caseId={caseId} title={a.title} intro={a.intro}>
      {() => <SupportStaff caseId={caseId} />}
    </CaseSubScreen>
  );
}

function SupportStaff({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const a = t.substitutes.support;
  const loaded = useLoad(() => get<SupportView>(`/api/cases/${caseId}/support`), [caseId]);
  const s = useSubmission();
  const remove = useSubmission();
  const [userId, setUserId] = useState('');
  const v = loaded.data;
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (v === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  return (
    <>
      {remove.done === null ? (remove.error === null ? null : <ErrorNotice error={remove.error} />) : <Alert type="ok" role="status">{remove.done}</Alert>}
      {/* Outside the form: after the last candidate is assigned the form gives way to a sentence, and the result stays. */}
      <FormResult submission={s} labelOf={() => a.user} idPrefix="support." />
      <Section labelledBy="support-assigned">
        <Heading level={2} id="support-assigned">
          {a.assignedTitle}
        </Heading>
        {v.assigned.length === 0 ? (
          <Paragraph>{a.none}</Paragraph>
        ) : (
          <Table
            caption={a.assignedTitle}
            head={v.mayChange ? [a.user, ''] : [a.user]}
            rows={v.assigned.map((u) => [
              u.userId,
              v.mayChange
                ? [
                    u.name,
                    <Button
                      key="remove"
                      appearance="secondary"
                      busy={remove.busy}
                      disabled={remove.busy}
                      onClick={() => {
                        void remove.send('DELETE', `/api/cases/${caseId}/support/${u.userId}`, undefined, () => a.removed).then((x) => {
                          if (x !== null) loaded.reload();
                        });
                      }}
                    >
                      {a.remove(u.name)}
                    </Button>,
                  ]
                : [u.name],
            ])}
          />
        )}
      </Section>
      {!v.mayChange ? (
        <Paragraph>{a.onlyDirector}</Paragraph>
      ) : v.candidates.length === 0 ? (
        <Paragraph>{a.noCandidates}</Paragraph>
      ) : (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (s.refuse(userId === '' ? { userId: t.surface.required } : {})) return;
            void s.send('POST', `/api/cases/${caseId}/support`, { userId }, () => a.done).then((x) => {
              if (x === null) return;
              setUserId('');
              loaded.reload();
            });
          }}
        >
          <SelectField
            field="support.userId"
            label={a.user}
            value={userId}
            onChange={setUserId}
            required
            options={[{ value: '', label: a.choose }, ...v.candidates.map((c) => ({ value: c.userId, label: c.name }))]}
            error={s.fields.userId}
          />
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {a.submit}
          </Button>
        </form>
      )}
    </>
  );
}
