/** The privacy officer's review of the access log (P16): search by case, user, action, outcome, period. */
import { useState } from 'react';
import { get, post } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

interface Entry {
  readonly id: number;
  readonly at: string;
  readonly userId: string | null;
  readonly role: string | null;
  readonly caseId: string | null;
  readonly action: string;
  readonly purpose: string | null;
  readonly outcome: string;
  readonly rule: string | null;
}

export function AuditScreen() {
  const { t, lang } = useI18n();
  const [caseId, setCaseId] = useState('');
  const [userId, setUserId] = useState('');
  const [action, setAction] = useState('');
  const [outcome, setOutcome] = useState('');
  const [query, setQuery] = useState('limit=50');
  const [verified, setVerified] = useState<unknown>(null);
  const entries = useLoad(() => get<{ entries: Entry[] }>(`/api/audit?${query}`), [query]);
  const search = (): void => {
    const q = new URLSearchParams({ limit: '50' });
    if (caseId.trim() !== '') q.set('caseId', caseId.trim());
    if (userId.trim() !== '') q.set('userId', userId.trim());
    if (action.trim() !== '') q.set('action', action.trim());
    if (outcome !== '') q.set('outcome', outcome);
    setQuery(q.toString());
  };
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.audit.title}
      </Heading>
      <Paragraph lead>{t.audit.intro}</Paragraph>
      <Section labelledBy="audit-filters">
        <Heading level={2} id="audit-filters">
          {t.audit.filters}
        </Heading>
        <form
          className="utrecht-form ct-form"
          role="search"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            search();
          }}
        >
          <TextField field="caseId" label={t.audit.caseId} value={caseId} onChange={setCaseId} optional={t.common.optional} />
          <TextField field="userId" label={t.audit.userId} value={userId} onChange={setUserId} optional={t.common.optional} />
          <TextField field="action" label={t.audit.action} value={action} onChange={setAction} optional={t.common.optional} />
          <SelectField field="outcome" label={t.audit.outcome} value={outcome} onChange={setOutcome} options={[{ value: '', label: t.audit.any }, { value: 'allow', label: t.audit.allow }, { value: 'deny', label: t.audit.deny }]} />
          <Button type="submit">{t.audit.search}</Button>{' '}
          <Button
            appearance="secondary"
            onClick={() => {
              post('/api/audit/verify').then(
                () => setVerified(true),
                (e: unknown) => setVerified(e),
              );
            }}
          >
            {t.audit.verify}
          </Button>
        </form>
        {verified === true ? <Alert type="ok">{t.audit.verified}</Alert> : verified === null ? null : <ErrorNotice error={verified} />}
      </Section>
      <Section labelledBy="audit-results">
        <Heading level={2} id="audit-results">
          {t.audit.results}
        </Heading>
        {entries.error === null ? null : <ErrorNotice error={entries.error} />}
        {entries.data === undefined ? null : entries.data.entries.length === 0 ? (
          <Paragraph>{t.audit.none}</Paragraph>
        ) : (
          <Table
            caption={t.audit.results}
            head={[t.audit.at, t.audit.role, t.audit.action, t.audit.purpose, t.audit.outcome, t.audit.rule, t.audit.caseId]}
            rows={entries.data.entries.map((e) => [
              String(e.id),
              [
                new Date(e.at).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'),
                e.role === null ? '—' : label(t.roles, e.role),
                e.action,
                e.purpose === null ? '—' : label(t.purposes, e.purpose),
                e.outcome === 'allow' ? t.audit.allow : t.audit.deny,
                e.rule ?? '—',
                e.caseId ?? '—',
              ],
            ])}
          />
        )}
      </Section>
    </>
  );
}
