/**
 * Registering a case (§3.1): table, subjects, complex-case criteria, the nine life domains, the
 * registration itself with its legal basis. The API validates (BSN 11-test, P1, P5, P8) and
 * the form shows each message at its field and in a linked summary.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { post } from '../api/client';
import type { RegisterCaseBody, RegisteredCase } from '../api/types';
import { useCollaboration } from '../api/collaboration';
import { onlyUnderWpg, underWpg, useDirectory } from '../api/directory';
import { ErrorSummary, FormCheck, fieldErrorsOf } from '../components/errors';
import { isoDate, isRealDate } from '../dates';
import { validateBsn } from '../../../src/domain/validation/bsn';
import { workAreaRequired } from '../../../src/domain/process/work-area';
import { COMPLEX_CASE_CRITERIA_TEXT } from '../../../src/collaborations/canonical';
import { TableProtocol, useAgeText } from './table-protocol';
import { Checkbox, CheckboxGroup, SelectField, TextArea, TextField } from '../components/form';
import { Button, ButtonGroup, Heading, Paragraph } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { setFlash } from '../flash';
import { BasisFields, basisBody, basisMissing, emptyBasis } from './basis-fields';
import type { BasisState } from './basis-fields';
import { RegistrationDetailsFields, checkDetails, detailsBody, emptyDetails, useDetailsLabel } from './registration-details';
import type { DetailsState } from './registration-details';

type Criterion = NonNullable<RegisterCaseBody['complexCriteria']>[number];
type LifeDomain = NonNullable<RegisterCaseBody['lifeDomains']>[number];
/** The contract names them: a criterion or domain the API no longer takes fails to compile here. */
const CRITERIA = ['multi_problem', 'multiple_chains', 'impact_on_surroundings', 'local_safety_problem'] as const satisfies readonly Criterion[];
export const LIFE_DOMAINS = [
  'housing',
  'work_education',
  'income_debts',
  'social_relations',
  'addiction',
  'mental_functioning',
  'physical_functioning',
  'thinking_behaviour_skills',
  'police_justice',
] as const satisfies readonly LifeDomain[];
const sameTexts = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const isCriterion = (v: string): v is Criterion => (CRITERIA as readonly string[]).includes(v);
const isLifeDomain = (v: string): v is LifeDomain => (LIFE_DOMAINS as readonly string[]).includes(v);

interface SubjectState {
  readonly key: number;
  name: string;
  birthDate: string;
  address: string;
  bsn: string;
  relation: string;
}

const blankSubject = (key: number): SubjectState => ({ key, name: '', birthDate: '', address: '', bsn: '', relation: '' });
const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
const withDetails = <T,>(d: T | undefined): { details?: T } => (d === undefined ? {} : { details: d });

export function RegisterCaseScreen() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  // Only an organisation under the Wpg (the police) registers police data (P9); others are not offered the box.
  const myRegimes = dir.data?.partners.find((p) => p.id === dir.data?.me.partnerId)?.legalRegimes;
  const isPolice = underWpg(myRegimes);
  // Under the Wpg alone everything the organisation records is police data: the box is ticked and fixed.
  const alwaysPolice = onlyUnderWpg(myRegimes);
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const tables = collaboration?.config.tables ?? [];
  const workAreas = collaboration?.config.workAreas ?? [];
  // Nijmegen step 1: before pickup only the name and the "dat"-gegevens (life domains); the rest comes after pickup.
  const minimal = collaboration?.config.process?.storeOnlyAfterPickup === true;
  // Venlo meets per work area: the case names the work area where the subject lives (002-B07).
  const areaRequired = collaboration?.config.process?.meetingScheduling !== undefined && workAreaRequired({ meetingScheduling: collaboration.config.process.meetingScheduling });
  const [tableId, setTableId] = useState('');
  const [workArea, setWorkArea] = useState('');
  const [subjects, setSubjects] = useState<SubjectState[]>([blankSubject(0)]);
  const [criteria, setCriteria] = useState<string[]>([]);
  const [lifeDomains, setLifeDomains] = useState<string[]>([]);
  const [content, setContent] = useState('');
  const [special, setSpecial] = useState(false);
  const [police, setPolice] = useState(false);
  const [basis, setBasis] = useState<BasisState>(emptyBasis);
  const [details, setDetails] = useState<DetailsState>(emptyDetails);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrorsOf(error, lang);
  const chosenTable = tableId !== '' ? tableId : (tables[0]?.id ?? '');
  const table = tables.find((tb) => tb.id === chosenTable);
  // A table with the Landelijk Kader's criteria asks them as the four named criteria; any other table asks its own (seed 000 Bijlage 2).
  const ownCriteria = table?.criteria !== undefined && !sameTexts(table.criteria, COMPLEX_CASE_CRITERIA_TEXT) ? table.criteria : null;
  const ageText = useAgeText();
  const age = ageText(table?.ageRange);
  // The structured fields this table asks (seed 002 Bijlage B §4), from its configuration.
  const detailRules = minimal ? undefined : table?.registrationFields;
  const detailsLabel = useDetailsLabel();
  const officerPartner = collaboration?.config.partners.find((p) => p.id === table?.responsibleOfficer?.partnerId)?.name;

  const updateSubject = (i: number, patch: Partial<SubjectState>): void => setSubjects((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  const labelOf = (field: string): string => {
    const detail = detailsLabel(field);
    if (detail !== undefined) return detail;
    const m = /^subjects\.(\d+)\.(\w+)/.exec(field);
    if (m) {
      const key = m[2] as 'name' | 'birthDate' | 'address' | 'bsn' | 'relation';
      return `${t.register.subject(Number(m[1]) + 1)}, ${t.register[key] ?? key}`;
    }
    if (field.startsWith('registration.basis')) return t.register.basis;
    if (field.startsWith('tableCriteria')) return t.tables.criteria;
    if (field.startsWith('registration.police')) return t.register.police;
    const map: Record<string, string> = {
      tableId: t.register.table,
      workArea: t.register.workArea,
      subjects: t.register.subjects,
      complexCriteria: t.register.criteria,
      tableCriteria: t.tables.criteria,
      lifeDomains: t.register.lifeDomains,
      'registration.content': t.register.content,
    };
    return map[field] ?? field;
  };

  /** What the form can tell before sending, all at once: required fields, dates, the BSN 11-test, a chosen basis. */
  const check = (): Record<string, string> => {
    const out: Record<string, string> = {};
    subjects.forEach((s, i) => {
      if (s.name.trim() === '') out[`subjects.${i}.name`] = t.surface.required;
      if (s.birthDate.trim() !== '' && !isRealDate(s.birthDate)) out[`subjects.${i}.birthDate`] = t.surface.dateInvalid;
      const bsn = s.bsn.replace(/\s+/g, '');
      if (bsn !== '') {
        const r = validateBsn(bsn);
        if (!r.ok) out[`subjects.${i}.bsn`] = r.message[lang];
      }
    });
    if (!minimal && content.trim() === '') out['registration.content'] = t.surface.required;
    if (areaRequired && workArea === '') out.workArea = t.surface.required;
    if (basisMissing(basis)) out['registration.basis.kind'] = t.surface.basisRequired;
    Object.assign(out, checkDetails(detailRules, details, t.surface.required, t.surface.dateInvalid));
    return out;
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const found = check();
    if (Object.keys(found).length > 0) {
      const summary = t.surface.checkSummary(Object.keys(found).length);
      setError(new FormCheck(found, { nl: summary, en: summary }));
      return;
    }
    const chosenBasis = basisBody(basis);
    if (chosenBasis.kind === undefined) return;
    setBusy(true);
    try {
      const body: RegisterCaseBody = {
        tableId: chosenTable,
        ...(workArea === '' ? {} : { workArea }),
        subjects: subjects.map((s) => {
          const out: RegisterCaseBody['subjects'][number] & Record<string, string> = { name: s.name.trim() };
          for (const k of ['birthDate', 'address', 'bsn', 'relation'] as const) {
            const v = opt(s[k]);
            if (v !== undefined) out[k] = k === 'bsn' ? v.replace(/\s+/g, '') : k === 'birthDate' ? isoDate(v) : v;
          }
          return out;
        }),
        complexCriteria: ownCriteria === null ? criteria.filter(isCriterion) : [],
        ...(ownCriteria === null ? {} : { tableCriteria: criteria.map(Number) }),
        lifeDomains: lifeDomains.filter(isLifeDomain),
        registration: minimal ? { basis: chosenBasis } : { content, special, police: isPolice && police, basis: chosenBasis, ...withDetails(detailsBody(detailRules, details)) },
      };
      const created = await post<RegisteredCase>('/api/cases', body);
      setFlash(t.register.done(created.number));
      navigate(`/cases/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1} focusOnMount>
        {t.register.title}
      </Heading>
      <Paragraph lead>{t.register.intro}</Paragraph>
      {error === null ? null : <ErrorSummary error={error} fields={Object.entries(fields).map(([field, message]) => ({ field, message }))} labelOf={labelOf} />}
      <form className="utrecht-form ct-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="register-form-title">
        <h2 className="utrecht-heading-2 ct-visually-hidden" id="register-form-title">
          {t.register.title}
        </h2>
        <SelectField
          field="tableId"
          label={t.register.table}
          value={chosenTable}
          onChange={(id) => {
            setTableId(id);
            setCriteria([]);
          }}
          options={tables.map((tb) => ({ value: tb.id, label: tb.name }))}
          error={fields.tableId}
          required
        />
        {table === undefined ? null : (
          <TableProtocol
            table={{
              ...table,
              dataSet: table.allowedDataSet,
              responsibleOfficer: table.responsibleOfficer === undefined ? undefined : { title: table.responsibleOfficer.title, ...(officerPartner === undefined ? {} : { partnerName: officerPartner }) },
            }}
            show={{ criteria: false, partners: false }}
          />
        )}
        {workAreas.length === 0 ? null : (
          <SelectField
            field="workArea"
            label={t.register.workArea}
            description={workAreas.find((w) => w.id === workArea)?.description ?? (areaRequired ? t.register.workAreaHint : undefined)}
            value={workArea}
            onChange={setWorkArea}
            options={[{ value: '', label: areaRequired ? t.register.chooseWorkArea : t.register.noWorkArea }, ...workAreas.map((w) => ({ value: w.id, label: w.name }))]}
            error={fields.workArea}
            {...(areaRequired ? { required: true } : { optional: t.common.optional })}
          />
        )}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced ct-subjects">
          <legend className="utrecht-form-fieldset__legend utrecht-heading-2">{t.register.subjects}</legend>
          {subjects.map((s, i) => (
            <fieldset className="utrecht-form-fieldset ct-subject" key={s.key}>
              <legend className="utrecht-form-fieldset__legend utrecht-heading-3">{t.register.subject(i + 1)}</legend>
              <TextField field={`subjects.${i}.name`} label={t.register.name} value={s.name} onChange={(v) => updateSubject(i, { name: v })} error={fields[`subjects.${i}.name`]} autoComplete="off" required />
              {minimal ? null : (
                <>
                  <TextField field={`subjects.${i}.birthDate`} label={t.register.birthDate} description={age !== null && i === 0 ? `${t.register.birthDateHint}. ${t.tables.ageHint(age)}` : t.register.birthDateHint} value={s.birthDate} onChange={(v) => updateSubject(i, { birthDate: v })} error={fields[`subjects.${i}.birthDate`]} {...(age !== null && i === 0 ? { required: true } : { optional: t.common.optional })} autoComplete="off" />
                  <TextField field={`subjects.${i}.address`} label={t.register.address} value={s.address} onChange={(v) => updateSubject(i, { address: v })} error={fields[`subjects.${i}.address`]} optional={t.common.optional} autoComplete="off" />
                  <TextField field={`subjects.${i}.bsn`} label={t.register.bsn} description={t.register.bsnHint} value={s.bsn} onChange={(v) => updateSubject(i, { bsn: v })} error={fields[`subjects.${i}.bsn`]} optional={t.common.optional} inputMode="numeric" autoComplete="off" />
                </>
              )}
              <TextField field={`subjects.${i}.relation`} label={t.register.relation} description={t.register.relationHint} value={s.relation} onChange={(v) => updateSubject(i, { relation: v })} error={fields[`subjects.${i}.relation`]} optional={t.common.optional} autoComplete="off" />
              {subjects.length > 1 ? (
                <Button appearance="subtle" onClick={() => setSubjects((list) => list.filter((_, j) => j !== i))}>
                  {t.register.removeSubject(i + 1)}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <Button appearance="secondary" onClick={() => setSubjects((list) => [...list, blankSubject(Math.max(...list.map((x) => x.key)) + 1)])}>
            {t.register.addSubject}
          </Button>
        </fieldset>
        {ownCriteria === null ? (
          <CheckboxGroup field="complexCriteria" legend={t.register.criteria} description={t.register.criteriaHint} options={CRITERIA.map((c) => ({ value: c, label: t.criteria[c] ?? c }))} selected={criteria} onChange={setCriteria} error={fields.complexCriteria} />
        ) : (
          // The same field as the four named criteria, so the first box is found the same way at every table.
          <CheckboxGroup
            field="complexCriteria"
            legend={t.tables.criteria}
            description={t.tables.criteriaHint}
            options={ownCriteria.map((c, i) => ({ value: String(i), label: c }))}
            selected={criteria}
            onChange={setCriteria}
            error={fields.complexCriteria ?? Object.entries(fields).find(([f]) => f.startsWith('tableCriteria'))?.[1]}
          />
        )}
        <CheckboxGroup field="lifeDomains" legend={t.register.lifeDomains} options={LIFE_DOMAINS.map((d) => ({ value: d, label: t.lifeDomains[d] ?? d }))} selected={lifeDomains} onChange={setLifeDomains} error={fields.lifeDomains} />
        {minimal ? (
          <Paragraph>{t.register.minimalSet}</Paragraph>
        ) : (
          <>
            <TextArea field="registration.content" label={detailRules === undefined ? t.register.content : t.register.description} description={t.register.contentHint} value={content} onChange={setContent} error={fields['registration.content']} required />
            {detailRules === undefined || detailRules.length === 0 ? null : <RegistrationDetailsFields rules={detailRules} value={details} onChange={setDetails} fields={fields} />}
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
              <legend className="utrecht-form-fieldset__legend">{t.register.flags}</legend>
              <Checkbox field="registration.special" label={t.register.special} checked={special} onChange={setSpecial} />
              {isPolice ? <Checkbox field="registration.police" label={t.register.police} description={alwaysPolice ? t.register.policeAlways : undefined} checked={alwaysPolice || police} disabled={alwaysPolice} onChange={setPolice} /> : null}
            </fieldset>
          </>
        )}
        <BasisFields prefix="registration.basis" value={basis} onChange={setBasis} fields={fields} />
        <ButtonGroup>
          <Button type="submit" busy={busy} disabled={busy}>
            {t.register.submit}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
