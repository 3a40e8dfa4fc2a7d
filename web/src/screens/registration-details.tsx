/**
 * The structured registration fields (seed 002 Bijlage B §4) a table's configuration asks
 * (`tables[].registrationFields`): on the registration form, and as the registrant's contribution
 * shows them on the case page; and the closing with the state of affairs at closing. Which fields
 * are asked and required comes from the configuration; the API validates.
 */
import type { ReactNode } from 'react';
import type { ContributionView, CaseView } from '../api/types';
import { TextArea, TextField } from '../components/form';
import { Button, DataList, Heading, Section } from '../components/ui';
import { dutchDate, isoDate, isRealDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { DETAIL_KEY, REGISTRATION_FIELD_IDS } from '../../../src/domain/process/registration-details';
import type { RegistrationFieldId, RegistrationFieldRule } from '../../../src/domain/process/registration-details';

type Details = NonNullable<ContributionView['details']>;
type TextKey = Exclude<keyof Details, 'coResidents'>;

export interface CoResidentState {
  readonly key: number;
  name: string;
  birthDate: string;
  relation: string;
}

export interface DetailsState {
  readonly texts: Partial<Record<TextKey, string>>;
  readonly coResidents: readonly CoResidentState[];
}

export const emptyDetails: DetailsState = { texts: {}, coResidents: [] };

const LONG: readonly RegistrationFieldId[] = ['reason', 'cause', 'nature', 'severity', 'step-plan', 'follow-up', 'work-note'];

/** The details for the request body; undefined when the table asks none or nothing was filled in. */
export function detailsBody(rules: readonly RegistrationFieldRule[] | undefined, state: DetailsState): Details | undefined {
  if (rules === undefined || rules.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const rule of rules) {
    const key = DETAIL_KEY[rule.id];
    if (key === 'coResidents') {
      const list = state.coResidents
        .filter((r) => r.name.trim() !== '' || r.birthDate.trim() !== '')
        .map((r) => ({ name: r.name.trim(), birthDate: isoDate(r.birthDate), ...(r.relation.trim() === '' ? {} : { relation: r.relation.trim() }) }));
      if (list.length > 0) out.coResidents = list;
      continue;
    }
    const v = state.texts[key]?.trim() ?? '';
    if (v !== '') out[key] = v;
  }
  return Object.keys(out).length === 0 ? undefined : (out);
}

/** What the form can tell before sending: required fields and real birth dates of co-residents. */
export function checkDetails(rules: readonly RegistrationFieldRule[] | undefined, state: DetailsState, required: string, dateInvalid: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules ?? []) {
    const key = DETAIL_KEY[rule.id];
    if (key === 'coResidents') {
      state.coResidents.forEach((r, i) => {
        if (r.name.trim() === '' && r.birthDate.trim() === '') return;
        if (r.name.trim() === '') out[`registration.details.coResidents.${i}.name`] = required;
        if (!isRealDate(r.birthDate)) out[`registration.details.coResidents.${i}.birthDate`] = r.birthDate.trim() === '' ? required : dateInvalid;
      });
      if (rule.required && !state.coResidents.some((r) => r.name.trim() !== '')) out['registration.details.coResidents'] = required;
      continue;
    }
    if (rule.required && (state.texts[key]?.trim() ?? '') === '') out[`registration.details.${key}`] = required;
  }
  return out;
}

/** The label of a details field path, for the error summary. */
export function useDetailsLabel(): (field: string) => string | undefined {
  const { t } = useI18n();
  return (field) => {
    const m = /^registration\.details\.(\w+)(?:\.(\d+)\.(\w+))?/.exec(field);
    if (m === null) return undefined;
    const id = REGISTRATION_FIELD_IDS.find((f) => DETAIL_KEY[f] === m[1]);
    if (id === undefined) return undefined;
    if (m[2] === undefined) return t.registration.fields[id];
    const part = m[3] === 'birthDate' ? t.registration.coResidentBirthDate : m[3] === 'relation' ? t.registration.coResidentRelation : t.registration.coResidentName;
    return `${t.registration.coResident(Number(m[2]) + 1)}, ${part}`;
  };
}

export function RegistrationDetailsFields({ rules, value, onChange, fields }: { rules: readonly RegistrationFieldRule[]; value: DetailsState; onChange: (next: DetailsState) => void; fields: Record<string, string> }) {
  const { t } = useI18n();
  const r = t.registration;
  const workNote = rules.some((x) => x.id === 'work-note');
  const setText = (key: TextKey, v: string): void => onChange({ ...value, texts: { ...value.texts, [key]: v } });
  const setResident = (i: number, patch: Partial<CoResidentState>): void => onChange({ ...value, coResidents: value.coResidents.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const optional = (rule: RegistrationFieldRule) => (rule.required ? { required: true } : { optional: t.common.optional });
  const field = (rule: RegistrationFieldRule): ReactNode => {
    const key = DETAIL_KEY[rule.id];
    const path = `registration.details.${key}`;
    if (key === 'coResidents') {
      return (
        <fieldset className="utrecht-form-fieldset ct-subject" key={rule.id} data-testid="co-residents">
          <legend className="utrecht-form-fieldset__legend utrecht-heading-3">
            {r.fields[rule.id]}
            {rule.required ? null : ` (${t.common.optional})`}
          </legend>
          <p className="utrecht-form-field-description">{workNote ? r.hints['co-residentsChildren'] : r.hints['co-residents']}</p>
          {fields[path] === undefined ? null : <p className="utrecht-form-field-error-message">{fields[path]}</p>}
          {value.coResidents.map((x, i) => (
            <fieldset className="utrecht-form-fieldset" key={x.key}>
              <legend className="utrecht-form-fieldset__legend">{r.coResident(i + 1)}</legend>
              <TextField field={`${path}.${i}.name`} label={r.coResidentName} value={x.name} onChange={(v) => setResident(i, { name: v })} error={fields[`${path}.${i}.name`]} autoComplete="off" required />
              <TextField field={`${path}.${i}.birthDate`} label={r.coResidentBirthDate} description={t.register.birthDateHint} value={x.birthDate} onChange={(v) => setResident(i, { birthDate: v })} error={fields[`${path}.${i}.birthDate`]} autoComplete="off" required />
              <TextField field={`${path}.${i}.relation`} label={r.coResidentRelation} value={x.relation} onChange={(v) => setResident(i, { relation: v })} error={fields[`${path}.${i}.relation`]} optional={t.common.optional} autoComplete="off" />
              <Button appearance="subtle" onClick={() => onChange({ ...value, coResidents: value.coResidents.filter((_, j) => j !== i) })}>
                {r.removeCoResident(i + 1)}
              </Button>
            </fieldset>
          ))}
          <Button appearance="secondary" onClick={() => onChange({ ...value, coResidents: [...value.coResidents, { key: Math.max(0, ...value.coResidents.map((c) => c.key)) + 1, name: '', birthDate: '', relation: '' }] })}>
            {r.addCoResident}
          </Button>
        </fieldset>
      );
    }
    const props = { field: path, label: r.fields[rule.id] ?? rule.id, description: r.hints[rule.id], value: value.texts[key] ?? '', onChange: (v: string) => setText(key, v), error: fields[path], ...optional(rule) };
    return LONG.includes(rule.id) ? <TextArea key={rule.id} {...props} rows={3} /> : <TextField key={rule.id} {...props} autoComplete="off" />;
  };
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced" data-testid="registration-details">
      <legend className="utrecht-form-fieldset__legend utrecht-heading-2">{r.title}</legend>
      <p className="utrecht-paragraph">{r.intro}</p>
      {rules.map(field)}
    </fieldset>
  );
}

/** The details of a registration as a list, in the order of the fields. */
export function RegistrationDetailsList({ details }: { details: Details }) {
  const { t } = useI18n();
  const items = REGISTRATION_FIELD_IDS.flatMap((id): (readonly [string, ReactNode])[] => {
    const v = details[DETAIL_KEY[id]];
    if (v === undefined) return [];
    if (typeof v === 'string') return [[t.registration.fields[id] ?? id, <span className="ct-content" key={id}>{v}</span>]];
    return [[t.registration.fields[id] ?? id, v.map((x) => `${x.name} (${dutchDate(x.birthDate)}${x.relation === undefined ? '' : `, ${x.relation}`})`).join('; ')]];
  });
  return (
    <div data-testid="registration-details">
      <DataList items={items} />
    </div>
  );
}

/** How the case was closed, with the state of affairs at closing (seed 002 Bijlage B §4). */
export function ClosingSection({ closing }: { closing: NonNullable<CaseView['closing']> }) {
  const { t, lang } = useI18n();
  const r = t.registration;
  return (
    <Section labelledBy="closing-title">
      <div data-testid="closing">
        <Heading level={2} id="closing-title">
          {r.closingTitle}
        </Heading>
        <DataList
          items={[
            [r.closingDate, new Date(closing.decidedAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB')],
            ...(closing.criterionLabel === null && closing.criterionId === null ? [] : [[r.closingCriterion, closing.criterionLabel ?? closing.criterionId ?? ''] as const]),
            ...(closing.note === '' ? [] : [[r.closingNote, <span className="ct-content" key="note">{closing.note}</span>] as const]),
          ]}
        />
      </div>
    </Section>
  );
}
