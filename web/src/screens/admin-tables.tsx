/**
 * The collaboration's tables (overlegtafels, §6): purpose, frequency, criteria and partners, and
 * a form to change one. The server validates the whole configuration with the change; its errors
 * name the table's fields and are shown there.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorNotice, ErrorSummary } from '../components/errors';
import { Checkbox, CheckboxGroup, TextArea, TextField } from '../components/form';
import { Alert, Button, DataList, Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { useSubmission } from './case-sub-screen';
import { loadConfig } from './admin-data';
import type { GovernanceConfig, TableConfig } from './admin-data';
import { TableDesignation } from './admin-table-designation';

function partnerNames(config: GovernanceConfig, ids: readonly string[]): string {
  const names = new Map(config.config.partners.map((p) => [p.id, p.name]));
  return ids.map((id) => names.get(id) ?? id).join(', ');
}

export function TablesScreen() {
  const { t } = useI18n();
  const g = t.governance.tables;
  const config = useLoad(loadConfig, []);
  return (
    <>
      <Heading level={1} focusOnMount>
        {g.title}
      </Heading>
      <Paragraph lead>{g.intro}</Paragraph>
      <Paragraph>
        <Link to="/admin">{t.governance.user.back}</Link>
      </Paragraph>
      {config.error === null ? null : <ErrorNotice error={config.error} />}
      {config.data?.config.tables.map((table) => (
        <Section labelledBy={`table-${table.id}`} key={table.id}>
          <Heading level={2} id={`table-${table.id}`}>
            {table.name}
          </Heading>
          <DataList
            items={[
              [g.purpose, table.purpose],
              [g.frequency, `${table.frequency.description} (${table.frequency.meetingsPerYear === null ? g.perCase : g.perYear(table.frequency.meetingsPerYear.min, table.frequency.meetingsPerYear.max)})`],
              [
                g.criteria,
                <UnorderedList key="criteria">
                  {table.criteria.map((c, i) => (
                    <ListItem key={i}>{c}</ListItem>
                  ))}
                </UnorderedList>,
              ],
              [g.structural, table.structuralPartners.length === 0 ? t.common.none : partnerNames(config.data as GovernanceConfig, table.structuralPartners)],
              [g.incidental, table.incidentalPartners.length === 0 ? t.common.none : partnerNames(config.data as GovernanceConfig, table.incidentalPartners)],
              [g.anyMember, table.anyMemberMayJoin ? t.common.yes : t.common.no],
              ...(table.chair === undefined ? [] : [[g.chair, table.chair] as const]),
            ]}
          />
          <Paragraph>
            <Link to={`/admin/tables/${table.id}`}>{g.edit(table.name)}</Link>
          </Paragraph>
        </Section>
      ))}
    </>
  );
}

/** The form's fields; the API's field paths map onto them (`criteria.2` → `criteria`). */
const FORM_FIELDS = ['name', 'purpose', 'frequency.description', 'frequency.meetingsPerYear.min', 'frequency.meetingsPerYear.max', 'criteria', 'structuralPartners', 'incidentalPartners', 'anyMemberMayJoin'] as const;

function formFieldOf(apiField: string): string {
  if (apiField === 'frequency.meetingsPerYear' || apiField === 'frequency') return 'frequency.meetingsPerYear.min';
  for (const f of FORM_FIELDS) if (apiField === f || apiField.startsWith(`${f}.`)) return f;
  return apiField;
}

/** An empty field is no number; anything else goes to the server as typed when it is not a whole number, so its error names the field. */
function numberOrNull(value: string): number | string | null {
  const v = value.trim();
  if (v === '') return null;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

export function TableEditScreen({ tableId }: { tableId: string }) {
  const { t } = useI18n();
  const config = useLoad(loadConfig, []);
  const table = config.data?.config.tables.find((x) => x.id === tableId);
  if (config.error !== null) return <ErrorNotice error={config.error} />;
  if (config.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  if (table === undefined) {
    return (
      <>
        <Heading level={1} focusOnMount>
          {t.governance.tableEdit.notFound}
        </Heading>
        <Paragraph>
          <Link to="/admin/tables">{t.governance.tables.back}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <TableForm table={table} config={config.data} onSaved={config.reload} />
      <TableDesignation table={table} />
    </>
  );
}

function TableForm({ table, config, onSaved }: { table: TableConfig; config: GovernanceConfig; onSaved: () => void }) {
  const { t } = useI18n();
  const g = t.governance.tableEdit;
  const submission = useSubmission();
  const [name, setName] = useState(table.name);
  const [purpose, setPurpose] = useState(table.purpose);
  const [frequency, setFrequency] = useState(table.frequency.description);
  const [min, setMin] = useState(table.frequency.meetingsPerYear === null ? '' : String(table.frequency.meetingsPerYear.min));
  const [max, setMax] = useState(table.frequency.meetingsPerYear === null ? '' : String(table.frequency.meetingsPerYear.max));
  const [criteria, setCriteria] = useState(table.criteria.join('\n'));
  const [structural, setStructural] = useState<string[]>([...table.structuralPartners]);
  const [incidental, setIncidental] = useState<string[]>([...table.incidentalPartners]);
  const [anyMember, setAnyMember] = useState(table.anyMemberMayJoin);
  const labels: Record<string, string> = {
    name: g.name,
    purpose: g.purpose,
    'frequency.description': g.frequencyDescription,
    'frequency.meetingsPerYear.min': g.meetingsMin,
    'frequency.meetingsPerYear.max': g.meetingsMax,
    criteria: g.criteria,
    structuralPartners: g.structural,
    incidentalPartners: g.incidental,
    anyMemberMayJoin: g.anyMember,
  };
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(submission.fields)) errors[formFieldOf(field)] ??= message;
  const partnerOptions = config.config.partners.map((p) => ({ value: p.id, label: p.name }));

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const lo = numberOrNull(min);
    const hi = numberOrNull(max);
    const perYear = lo === null && hi === null ? null : { min: lo ?? hi, max: hi ?? lo };
    const body = {
      ...table,
      name,
      purpose,
      frequency: { ...table.frequency, description: frequency, meetingsPerYear: perYear },
      criteria: criteria
        .split('\n')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
      structuralPartners: structural,
      incidentalPartners: incidental,
      anyMemberMayJoin: anyMember,
    };
    const message = (r: { inForce?: boolean; amendment?: { missing: unknown[] } }): string => (r.inForce === false ? g.proposed(r.amendment?.missing.length ?? 0) : g.saved);
    void submission.send('PUT', `/api/collaboration/tables/${encodeURIComponent(table.id)}`, body, message).then((r) => {
      if (r !== null) onSaved();
    });
  };
  const summaryFields = Object.entries(errors).map(([field, message]) => ({ field, message }));
  return (
    <>
      <Heading level={1} focusOnMount>
        {g.title(table.name)}
      </Heading>
      <Paragraph lead>{g.intro}</Paragraph>
      <Paragraph>
        <Link to="/admin/tables">{t.governance.tables.back}</Link>
      </Paragraph>
      {submission.error !== null ? (
        <ErrorSummary error={submission.error} fields={summaryFields} labelOf={(f) => labels[f] ?? g.config} />
      ) : submission.done !== null ? (
        <Alert type="ok" role="status">
          {submission.done}
        </Alert>
      ) : null}
      <form className="utrecht-form" onSubmit={submit} noValidate>
        <TextField field="name" label={g.name} value={name} onChange={setName} error={errors.name} />
        <TextArea field="purpose" label={g.purpose} value={purpose} onChange={setPurpose} error={errors.purpose} rows={4} />
        <TextField field="frequency.description" label={g.frequencyDescription} value={frequency} onChange={setFrequency} error={errors['frequency.description']} />
        <TextField
          field="frequency.meetingsPerYear.min"
          label={g.meetingsMin}
          description={g.meetingsDescription}
          inputMode="numeric"
          value={min}
          onChange={setMin}
          error={errors['frequency.meetingsPerYear.min']}
          optional={t.common.optional}
        />
        <TextField field="frequency.meetingsPerYear.max" label={g.meetingsMax} inputMode="numeric" value={max} onChange={setMax} error={errors['frequency.meetingsPerYear.max']} optional={t.common.optional} />
        <TextArea field="criteria" label={g.criteria} description={g.criteriaDescription} value={criteria} onChange={setCriteria} error={errors.criteria} rows={5} />
        <CheckboxGroup field="structuralPartners" legend={g.structural} options={partnerOptions} selected={structural} onChange={setStructural} error={errors.structuralPartners} />
        <CheckboxGroup field="incidentalPartners" legend={g.incidental} options={partnerOptions} selected={incidental} onChange={setIncidental} error={errors.incidentalPartners} />
        <Checkbox field="anyMemberMayJoin" label={g.anyMember} checked={anyMember} onChange={setAnyMember} error={errors.anyMemberMayJoin} />
        <Button type="submit" busy={submission.busy}>
          {g.save}
        </Button>
      </form>
    </>
  );
}
