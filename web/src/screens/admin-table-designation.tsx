/**
 * The functionary designated for a table (seed 000 art. 10.2): new cases at the table go to this
 * person. The admin chooses an active process director; the server checks that the person works
 * for the table's responsible officer's partner and names the reason when not.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { get } from '../api/client';
import { ErrorSummary } from '../components/errors';
import { SelectField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { useSubmission } from './case-sub-screen';
import { loadUsers } from './admin-data';
import type { TableConfig } from './admin-data';

interface Designation {
  readonly tableId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly partnerName: string;
}

const loadDesignations = (): Promise<Designation[]> => get<Designation[]>('/api/collaboration/table-designations');

export function TableDesignation({ table }: { table: TableConfig }) {
  const { t } = useI18n();
  const g = t.governance.designation;
  const submission = useSubmission();
  const designations = useLoad(loadDesignations, []);
  const users = useLoad(loadUsers, []);
  const current = designations.data?.find((d) => d.tableId === table.id);
  const [choice, setChoice] = useState<string | null>(null);
  const value = choice ?? current?.userId ?? '';
  const directors = (users.data ?? []).filter((u) => u.role === 'process_director' && u.active);
  const options = [{ value: '', label: g.none }, ...directors.map((u) => ({ value: u.id, label: u.displayName }))];
  const error = submission.fields.userId;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void submission.send('PUT', `/api/collaboration/tables/${encodeURIComponent(table.id)}/designation`, { userId: value === '' ? null : value }, () => g.saved).then((r) => {
      if (r !== null) designations.reload();
    });
  };
  return (
    <Section labelledBy="designation">
      <Heading level={2} id="designation">
        {g.title}
      </Heading>
      <Paragraph>{g.intro}</Paragraph>
      <Paragraph>{current === undefined ? g.nobody : g.current(current.displayName, current.partnerName)}</Paragraph>
      {submission.error !== null ? (
        <ErrorSummary error={submission.error} fields={error === undefined ? [] : [{ field: 'userId', message: error }]} labelOf={() => g.person} />
      ) : submission.done !== null ? (
        <Alert type="ok" role="status">
          {submission.done}
        </Alert>
      ) : null}
      <form className="utrecht-form" onSubmit={submit} noValidate>
        <SelectField field="userId" label={g.person} description={g.personDescription} value={value} onChange={setChoice} options={options} error={error} />
        <Button type="submit" busy={submission.busy}>
          {g.save}
        </Button>
      </form>
    </Section>
  );
}
