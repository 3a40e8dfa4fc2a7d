/**
 * The weighing for sharing without consent (P7) as a guided form: proportionality,
 * subsidiarity, effectiveness, the subject's objections, informing afterwards. The same fields
 * are offered inside a triage answer that needs them (`WeighingFields`), so the weighing and the
 * answer are one task.
 */
import { useState } from 'react';
import type { FieldErrors } from '../components/errors';
import { Checkbox, RadioGroup, SelectField, TextArea } from '../components/form';
import { Alert, Button } from '../components/ui';
import { Link } from '../router';
import type { CaseView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useCollaboration } from '../api/collaboration';
import { useSession } from '../session';
import { CaseSubScreen, missing, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

/** What the user writes in a weighing. */
export interface WeighingDraft {
  readonly proportionality: string;
  readonly subsidiarity: string;
  readonly effectiveness: string;
  readonly setAsideObjections: boolean;
  readonly objectionsMotivation: string;
  readonly informAfterwards: boolean;
  readonly informAfterwardsReason: string;
  /** At a table that names its exceptions for sharing without consent: which one applies (000-R84). */
  readonly exceptionGround: string;
  /** Where the covenant names grounds for sharing without consent (002-A13): the motivation per ground id. */
  readonly noConsentGrounds: Readonly<Record<string, string>>;
  /** Why without consent: `refused` or `not_askable`; empty until chosen. */
  readonly withoutConsentBecause: string;
}

/** A table's exceptions for sharing without consent (seed 000 checklist IV), as its configuration names them. */
export type ConsentExceptions = readonly { readonly id: string; readonly text: string }[];

/** The covenant's grounds for sharing without consent (seed 002 Bijlage A art. 7.3), each to be motivated. */
export type NoConsentGrounds = readonly { readonly id: string; readonly text: string }[];

/** The grounds of the user's collaboration; none when its covenant names none. */
export function useNoConsentGrounds(): NoConsentGrounds {
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  return collaboration?.config.process?.noConsentGrounds ?? [];
}

/** The exceptions of the case's table; none when the table names none. */
export function useConsentExceptions(tableId: string | undefined): ConsentExceptions {
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  return collaboration?.config.tables.find((x) => x.id === tableId)?.consentExceptions ?? [];
}

export const emptyWeighing: WeighingDraft = {
  proportionality: '',
  subsidiarity: '',
  effectiveness: '',
  setAsideObjections: false,
  objectionsMotivation: '',
  informAfterwards: true,
  informAfterwardsReason: '',
  exceptionGround: '',
  noConsentGrounds: {},
  withoutConsentBecause: '',
};

/** The fields a complete weighing needs and that are still empty (as the domain's `weighingComplete` asks). */
export function weighingGaps(w: WeighingDraft, required: string, exceptions: ConsentExceptions = [], grounds: NoConsentGrounds = []): FieldErrors {
  return missing(
    {
      ...(exceptions.length > 0 ? { exceptionGround: w.exceptionGround } : {}),
      ...Object.fromEntries(grounds.map((g) => [`noConsentGrounds.${g.id}`, w.noConsentGrounds[g.id] ?? ''])),
      ...(grounds.length > 0 ? { withoutConsentBecause: w.withoutConsentBecause } : {}),
      proportionality: w.proportionality,
      subsidiarity: w.subsidiarity,
      effectiveness: w.effectiveness,
      ...(w.setAsideObjections ? { objectionsMotivation: w.objectionsMotivation } : {}),
      informAfterwardsReason: w.informAfterwardsReason,
    },
    required,
    required,
  );
}

/** The request body of POST /weighings for a draft, marked complete or not. */
export function weighingBody(w: WeighingDraft, subjectId: string, complete: boolean): Record<string, unknown> {
  const { exceptionGround, noConsentGrounds, withoutConsentBecause, ...rest } = w;
  return {
    ...(subjectId === '' ? {} : { subjectId }),
    ...rest,
    ...(exceptionGround === '' ? {} : { exceptionGround }),
    ...(Object.keys(noConsentGrounds).length === 0 ? {} : { noConsentGrounds }),
    ...(withoutConsentBecause === '' ? {} : { withoutConsentBecause }),
    objectionsMotivation: w.setAsideObjections ? w.objectionsMotivation : '',
    complete,
  };
}

export function useWeighingLabels(): Record<string, string> {
  const { t } = useI18n();
  const grounds = useNoConsentGrounds();
  return {
    ...groundLabels(grounds, t.weighing.groundMotivation, t.weighing.withoutConsentBecause),
    proportionality: t.weighing.proportionality,
    subsidiarity: t.weighing.subsidiarity,
    effectiveness: t.weighing.effectiveness,
    objectionsMotivation: t.weighing.objectionsMotivation,
    informAfterwardsReason: t.weighing.informAfterwardsReason,
    exceptionGround: t.weighing.exceptionGround,
    complete: t.weighing.complete,
  };
}

/** The labels of the grounds' fields, for the error summary. */
export function groundLabels(grounds: NoConsentGrounds, label: (ground: string) => string, because: string): Record<string, string> {
  return grounds.length === 0 ? {} : { ...Object.fromEntries(grounds.map((g) => [`noConsentGrounds.${g.id}`, label(g.text)])), withoutConsentBecause: because };
}

/** The questions of the weighing; the motivation for setting objections aside only when they are set aside. */
export function WeighingFields({
  value: w,
  onChange,
  fields,
  exceptions = [],
  grounds = [],
}: {
  value: WeighingDraft;
  onChange: (patch: Partial<WeighingDraft>) => void;
  fields: FieldErrors;
  exceptions?: ConsentExceptions;
  grounds?: NoConsentGrounds;
}) {
  const { t } = useI18n();
  return (
    <>
      {grounds.length === 0 ? null : (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">{t.weighing.grounds}</legend>
          <p className="utrecht-paragraph">{t.weighing.groundsHint}</p>
          <RadioGroup
            field="withoutConsentBecause"
            legend={t.weighing.withoutConsentBecause}
            value={w.withoutConsentBecause}
            onChange={(withoutConsentBecause) => onChange({ withoutConsentBecause })}
            error={fields.withoutConsentBecause}
            options={(['refused', 'not_askable'] as const).map((value) => ({ value, label: t.weighing.withoutConsentBecauseOptions[value] ?? value }))}
          />
          {grounds.map((g) => (
            <TextArea
              key={g.id}
              field={`noConsentGrounds.${g.id}`}
              label={t.weighing.groundMotivation(g.text)}
              value={w.noConsentGrounds[g.id] ?? ''}
              onChange={(text) => onChange({ noConsentGrounds: { ...w.noConsentGrounds, [g.id]: text } })}
              error={fields[`noConsentGrounds.${g.id}`]}
              rows={3}
              required
            />
          ))}
        </fieldset>
      )}
      {exceptions.length === 0 ? null : (
        <SelectField
          field="exceptionGround"
          label={t.weighing.exceptionGround}
          description={t.weighing.exceptionGroundHint}
          value={w.exceptionGround}
          onChange={(exceptionGround) => onChange({ exceptionGround })}
          error={fields.exceptionGround}
          options={[{ value: '', label: t.weighing.exceptionGroundChoose }, ...exceptions.map((x) => ({ value: x.id, label: x.text }))]}
        />
      )}
      <TextArea field="proportionality" label={t.weighing.proportionality} value={w.proportionality} onChange={(proportionality) => onChange({ proportionality })} error={fields.proportionality} rows={3} required />
      <TextArea field="subsidiarity" label={t.weighing.subsidiarity} value={w.subsidiarity} onChange={(subsidiarity) => onChange({ subsidiarity })} error={fields.subsidiarity} rows={3} required />
      <TextArea field="effectiveness" label={t.weighing.effectiveness} value={w.effectiveness} onChange={(effectiveness) => onChange({ effectiveness })} error={fields.effectiveness} rows={3} required />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
        <legend className="utrecht-form-fieldset__legend">{t.weighing.objections}</legend>
        <Checkbox field="setAsideObjections" label={t.weighing.setAsideObjections} checked={w.setAsideObjections} onChange={(setAsideObjections) => onChange({ setAsideObjections })} />
        {w.setAsideObjections ? (
          <TextArea field="objectionsMotivation" label={t.weighing.objectionsMotivation} value={w.objectionsMotivation} onChange={(objectionsMotivation) => onChange({ objectionsMotivation })} error={fields.objectionsMotivation} rows={3} required />
        ) : null}
      </fieldset>
      <Checkbox field="informAfterwards" label={t.weighing.informAfterwards} checked={w.informAfterwards} onChange={(informAfterwards) => onChange({ informAfterwards })} />
      <TextArea field="informAfterwardsReason" label={t.weighing.informAfterwardsReason} value={w.informAfterwardsReason} onChange={(informAfterwardsReason) => onChange({ informAfterwardsReason })} error={fields.informAfterwardsReason} rows={3} required />
    </>
  );
}

/** Where the user came from to record the weighing (an answer form of this case), to go back with its draft. */
function returnPath(caseId: string): string | null {
  const back = new URLSearchParams(window.location.search).get('return');
  return back !== null && back.startsWith(`/cases/${caseId}/`) && /^\/cases\/[0-9a-f-]+\/triage\/[0-9a-f-]+$/.test(back) ? back : null;
}

export function WeighingScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.weighing.title} intro={t.weighing.intro}>
      {(c) => <WeighingForm c={c} />}
    </CaseSubScreen>
  );
}

function WeighingForm({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const caseId = c.id;
  const [back] = useState(() => returnPath(caseId));
  const s = useSubmission();
  const [subjectId, setSubjectId] = useState('');
  const [w, setW] = useState<WeighingDraft>(emptyWeighing);
  const [complete, setComplete] = useState(true);
  const labels = useWeighingLabels();
  const exceptions = useConsentExceptions(c.tableId);
  const grounds = useNoConsentGrounds();
  const subject = subjectId !== '' ? subjectId : (c.subjects[0]?.id ?? '');
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (complete && s.refuse(weighingGaps(w, t.surface.required, exceptions, grounds))) return;
        void s.send<{ completed: boolean }>('POST', `/api/cases/${caseId}/weighings`, weighingBody(w, subject, complete), (r) => t.weighing.saved(r.completed));
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
      <WeighingFields value={w} onChange={(patch) => setW((v) => ({ ...v, ...patch }))} fields={s.fields} exceptions={exceptions} grounds={grounds} />
      <Checkbox field="complete" label={t.weighing.complete} checked={complete} onChange={setComplete} error={s.fields.complete} />
      <Button type="submit" busy={s.busy} disabled={s.busy}>
        {t.weighing.submit}
      </Button>
    </form>
  );
}
