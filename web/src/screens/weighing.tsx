/**
 * The weighing for sharing without consent (P7) as a guided form: proportionality,
 * subsidiarity, effectiveness, the subject's objections, informing afterwards.
 */
import { useState } from 'react';
import { Checkbox, SelectField, TextArea } from '../components/form';
import { Alert, Button, Heading } from '../components/ui';
import { Link } from '../router';
import { useI18n } from '../i18n/i18n';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

/** Where the user came from to record the weighing (an answer form of this case), to go back with its draft. */
function returnPath(caseId: string): string | null {
  const back = new URLSearchParams(window.location.search).get('return');
  return back !== null && back.startsWith(`/cases/${caseId}/`) && /^\/cases\/[0-9a-f-]+\/triage\/[0-9a-f-]+$/.test(back) ? back : null;
}

export function WeighingScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [back] = useState(() => returnPath(caseId));
  const s = useSubmission();
  const [subjectId, setSubjectId] = useState('');
  const [proportionality, setProportionality] = useState('');
  const [subsidiarity, setSubsidiarity] = useState('');
  const [effectiveness, setEffectiveness] = useState('');
  const [setAside, setSetAside] = useState(false);
  const [objections, setObjections] = useState('');
  const [informAfterwards, setInformAfterwards] = useState(true);
  const [informReason, setInformReason] = useState('');
  const [complete, setComplete] = useState(true);
  const labels: Record<string, string> = {
    proportionality: t.weighing.proportionality,
    subsidiarity: t.weighing.subsidiarity,
    effectiveness: t.weighing.effectiveness,
    objectionsMotivation: t.weighing.objectionsMotivation,
    informAfterwardsReason: t.weighing.informAfterwardsReason,
    complete: t.weighing.complete,
  };
  return (
    <CaseSubScreen caseId={caseId} title={t.weighing.title} intro={t.weighing.intro}>
      {(c) => {
        const subject = subjectId !== '' ? subjectId : (c.subjects[0]?.id ?? '');
        const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
        return (
          <form
            className="utrecht-form ct-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const body = Object.fromEntries(
                Object.entries({
                  subjectId: subject === '' ? undefined : subject,
                  proportionality: opt(proportionality),
                  subsidiarity: opt(subsidiarity),
                  effectiveness: opt(effectiveness),
                  setAsideObjections: setAside,
                  objectionsMotivation: opt(objections),
                  informAfterwards,
                  informAfterwardsReason: opt(informReason),
                  complete,
                }).filter(([, v]) => v !== undefined),
              );
              void s.send<{ completed: boolean }>('POST', `/api/cases/${caseId}/weighings`, body, (r) => t.weighing.saved(r.completed));
            }}
          >
            <FormResult submission={s} labelOf={(f) => labels[f] ?? f} />
            {s.done !== null && back !== null ? (
              <Alert type="info">
                <Link to={back}>{t.surface.weighing.back}</Link>
              </Alert>
            ) : null}
            {c.subjects.length > 0 ? (
              <SelectField field="subjectId" label={t.consents.subject} value={subject} onChange={setSubjectId} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} error={s.fields.subjectId} />
            ) : null}
            <TextArea field="proportionality" label={t.weighing.proportionality} value={proportionality} onChange={setProportionality} error={s.fields.proportionality} rows={3} required />
            <TextArea field="subsidiarity" label={t.weighing.subsidiarity} value={subsidiarity} onChange={setSubsidiarity} error={s.fields.subsidiarity} rows={3} required />
            <TextArea field="effectiveness" label={t.weighing.effectiveness} value={effectiveness} onChange={setEffectiveness} error={s.fields.effectiveness} rows={3} required />
            <Heading level={2}>{t.weighing.objections}</Heading>
            <Checkbox field="setAsideObjections" label={t.weighing.setAsideObjections} checked={setAside} onChange={setSetAside} />
            <TextArea field="objectionsMotivation" label={t.weighing.objectionsMotivation} value={objections} onChange={setObjections} error={s.fields.objectionsMotivation} rows={3} />
            <Checkbox field="informAfterwards" label={t.weighing.informAfterwards} checked={informAfterwards} onChange={setInformAfterwards} />
            <TextArea field="informAfterwardsReason" label={t.weighing.informAfterwardsReason} value={informReason} onChange={setInformReason} error={s.fields.informAfterwardsReason} rows={3} />
            <Checkbox field="complete" label={t.weighing.complete} checked={complete} onChange={setComplete} error={s.fields.complete} />
            <Button type="submit" busy={s.busy} disabled={s.busy}>
              {t.weighing.submit}
            </Button>
          </form>
        );
      }}
    </CaseSubScreen>
  );
}
