/**
 * The process director's screening at the case's own table (seed 000 Bijlage 2 "Criteria" and
 * "Vervolgvragen"; 000-R57, 000-R59): which of the table's criteria the case meets, an answer to
 * each of its follow-up questions, the preconditions only the director can confirm, and the
 * director's own assessment. The preconditions the system checks from the case's records
 * (consent, informing, case director, informant) are listed, not ticked. The table decides what
 * is asked: GET /api/cases/:id/table; the record goes to PUT /api/cases/:id/screening.
 */
import { useState } from 'react';
import { get } from '../api/client';
import type { CaseTable } from '../api/table';
import type { FieldErrors } from '../components/errors';
import { CheckboxGroup, TextArea } from '../components/form';
import { Alert, Button, ListItem, Paragraph, UnorderedList } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

/** Precondition kinds the system checks from the case's records; the others the director confirms here. */
const CHECKED_FROM_RECORDS: ReadonlySet<string> = new Set(['consent_required', 'consent_or_documented_weighing', 'subject_informed', 'case_manager_appointed', 'outcome_informant_designated', 'screening_recorded', 'progress_made']);

interface Draft {
  readonly criteriaMet: readonly string[];
  readonly answers: readonly string[];
  readonly preconditionsConfirmed: readonly string[];
  readonly assessment: string;
}

function draftOf(table: CaseTable): Draft {
  const s = table.screening;
  if (s === null || s.tableId !== table.id) return { criteriaMet: [], answers: table.followUpQuestions.map(() => ''), preconditionsConfirmed: [], assessment: '' };
  return {
    criteriaMet: s.criteriaMet.map(String),
    answers: table.followUpQuestions.map((_, i) => s.answers[i] ?? ''),
    preconditionsConfirmed: s.preconditionsConfirmed.map(String),
    assessment: s.assessment,
  };
}

export function ScreeningScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const table = useLoad(() => get<CaseTable>(`/api/cases/${encodeURIComponent(caseId)}/table`), [caseId]);
  return (
    <CaseSubScreen caseId={caseId} title={t.tables.screening.title} intro={t.tables.screening.intro}>
      {() => (table.data === undefined ? <Paragraph>{t.app.loading}</Paragraph> : <ScreeningForm caseId={caseId} table={table.data} key={table.data.id} />)}
    </CaseSubScreen>
  );
}

function ScreeningForm({ caseId, table }: { caseId: string; table: CaseTable }) {
  const { t } = useI18n();
  const s = useSubmission();
  const [d, setD] = useState<Draft>(() => draftOf(table));
  const confirmable = table.preconditions.flatMap((p, i) => (CHECKED_FROM_RECORDS.has(p.kind) ? [] : [{ value: String(i), label: p.text }]));
  const checked = table.preconditions.filter((p) => CHECKED_FROM_RECORDS.has(p.kind) && p.kind !== 'screening_recorded');
  const labels: Record<string, string> = { criteriaMet: t.tables.criteria, preconditionsConfirmed: t.tables.screening.confirm, assessment: t.tables.screening.assessment };
  table.followUpQuestions.forEach((q, i) => (labels[`answers.${i}`] = q));
  const gaps = (): FieldErrors => {
    const out: Record<string, string> = {};
    if (d.criteriaMet.length === 0) out.criteriaMet = t.tables.screening.chooseCriterion;
    d.answers.forEach((a, i) => {
      if (a.trim() === '') out[`answers.${i}`] = t.surface.required;
    });
    if (d.assessment.trim() === '') out.assessment = t.surface.required;
    return out;
  };
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      data-testid="screening-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (s.refuse(gaps())) return;
        void s.send('PUT', `/api/cases/${caseId}/screening`, {
          criteriaMet: d.criteriaMet.map(Number),
          answers: d.answers,
          preconditionsConfirmed: d.preconditionsConfirmed.map(Number),
          assessment: d.assessment,
        }, () => t.tables.screening.saved);
      }}
    >
      <Paragraph>{t.tables.screening.at(table.name)}</Paragraph>
      <FormResult submission={s} labelOf={(f) => labels[f] ?? f} />
      {s.done !== null ? (
        <Alert type="info">
          <Link to={`/cases/${caseId}/steps`}>{t.tables.screening.next}</Link>
        </Alert>
      ) : null}
      <CheckboxGroup
        field="criteriaMet"
        legend={t.tables.criteria}
        description={table.allCriteriaRequired ? t.tables.screening.allCriteriaHint : t.tables.screening.criteriaHint}
        error={s.fields.criteriaMet}
        options={table.criteria.map((c, i) => ({ value: String(i), label: c }))}
        selected={d.criteriaMet}
        onChange={(criteriaMet) => setD((v) => ({ ...v, criteriaMet }))}
      />
      {table.followUpQuestions.length > 0 ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">{t.tables.followUp}</legend>
          {table.followUpQuestions.map((q, i) => (
            <TextArea
              key={i}
              field={`answers.${i}`}
              label={q}
              rows={2}
              required
              value={d.answers[i] ?? ''}
              error={s.fields[`answers.${i}`]}
              onChange={(a) => setD((v) => ({ ...v, answers: v.answers.map((x, j) => (j === i ? a : x)) }))}
            />
          ))}
        </fieldset>
      ) : null}
      {confirmable.length > 0 ? (
        <CheckboxGroup
          field="preconditionsConfirmed"
          legend={t.tables.screening.confirm}
          description={t.tables.screening.confirmHint}
          error={s.fields.preconditionsConfirmed}
          options={confirmable}
          selected={d.preconditionsConfirmed}
          onChange={(preconditionsConfirmed) => setD((v) => ({ ...v, preconditionsConfirmed }))}
        />
      ) : null}
      {checked.length > 0 ? (
        <div data-testid="screening-checked">
          <Paragraph>{t.tables.screening.checkedByRecords}</Paragraph>
          <UnorderedList>
            {checked.map((p, i) => (
              <ListItem key={i}>{p.text}</ListItem>
            ))}
          </UnorderedList>
        </div>
      ) : null}
      <TextArea field="assessment" label={t.tables.screening.assessment} description={t.tables.screening.assessmentHint} rows={4} required value={d.assessment} error={s.fields.assessment} onChange={(assessment) => setD((v) => ({ ...v, assessment }))} />
      <Button type="submit" busy={s.busy} disabled={s.busy}>
        {t.tables.screening.submit}
      </Button>
    </form>
  );
}
