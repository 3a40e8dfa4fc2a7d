/**
 * The privacy officer's review of the access log (P16; NEN 7513): search by case number, user,
 * action, outcome, rule and period; every entry names the user, the organisation and on whose
 * behalf it acted; page through the results, download them as CSV and check the hash chain.
 * The API logs the review and the export.
 */
import { useState } from 'react';
import { get, post } from '../api/client';
import { useDirectory } from '../api/directory';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Alert, Button, ButtonGroup, Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { DocumentLink } from './document-link';

interface Entry {
  readonly id: number;
  readonly at: string;
  readonly userName: string | null;
  readonly partnerName: string | null;
  readonly onBehalfOfName: string | null;
  readonly role: string | null;
  readonly caseNumber: string | null;
  readonly action: string;
  readonly purpose: string | null;
  readonly outcome: string;
  readonly rule: string | null;
}

const PAGE = 50;
const DAY = 86_400_000;

export function AuditScreen() {
  const { t, lang } = useI18n();
  const a = t.privacy.audit;
  const directory = useDirectory();
  // An inbox alert links here with the user and action to look at (`/audit?userId=…&action=…`).
  const [linked] = useState(() => {
    const from = new URLSearchParams(window.location.search);
    const q = new URLSearchParams();
    for (const key of ['userId', 'action']) {
      const v = from.get(key);
      if (v !== null && v !== '') q.set(key, v);
    }
    return q;
  });
  const [caseNumber, setCaseNumber] = useState('');
  const [userId, setUserId] = useState(linked.get('userId') ?? '');
  const [action, setAction] = useState(linked.get('action') ?? '');
  const [outcome, setOutcome] = useState('');
  const [rule, setRule] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [subjectBsn, setSubjectBsn] = useState('');
  const [subjectName, setSubjectName] = useState('');
  const [subjectBirthDate, setSubjectBirthDate] = useState('');
  const [filters, setFilters] = useState(linked.toString());
  const [pages, setPages] = useState<readonly number[]>([]);
  const [verified, setVerified] = useState<unknown>(null);
  const before = pages.at(-1);
  const entries = useLoad(() => get<{ entries: Entry[]; nextBefore: number | null }>(`/api/audit?limit=${PAGE}${filters === '' ? '' : `&${filters}`}${before === undefined ? '' : `&before=${before}`}`), [filters, before]);
  const search = (): void => {
    const q = new URLSearchParams();
    if (caseNumber.trim() !== '') q.set('caseNumber', caseNumber.trim());
    if (userId !== '') q.set('userId', userId);
    if (action.trim() !== '') q.set('action', action.trim());
    if (outcome !== '') q.set('outcome', outcome);
    if (rule.trim() !== '') q.set('rule', rule.trim());
    if (subjectBsn.trim() !== '') q.set('subjectBsn', subjectBsn.trim());
    if (subjectName.trim() !== '') q.set('subjectName', subjectName.trim());
    if (subjectBirthDate !== '') q.set('subjectBirthDate', subjectBirthDate);
    if (from !== '') q.set('from', from);
    if (to !== '') q.set('to', new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString().slice(0, 10));
    setPages([]);
    setFilters(q.toString());
  };
  const people = [...(directory.data?.people ?? [])].sort((x, y) => x.displayName.localeCompare(y.displayName));
  const data = entries.data;
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
          <TextField field="caseNumber" label={a.caseNumber} description={a.caseNumberHint} value={caseNumber} onChange={setCaseNumber} optional={t.common.optional} />
          <TextField field="subjectBsn" label={a.subjectBsn} description={a.subjectBsnHint} value={subjectBsn} onChange={setSubjectBsn} optional={t.common.optional} />
          <TextField field="subjectName" label={a.subjectName} description={a.subjectNameHint} value={subjectName} onChange={setSubjectName} optional={t.common.optional} />
          <TextField field="subjectBirthDate" type="date" label={a.subjectBirthDate} value={subjectBirthDate} onChange={setSubjectBirthDate} optional={t.common.optional} />
          <SelectField field="userId" label={a.user} value={userId} onChange={setUserId} options={[{ value: '', label: a.anyUser }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]} />
          <TextField field="action" label={t.audit.action} value={action} onChange={setAction} optional={t.common.optional} />
          <SelectField field="outcome" label={t.audit.outcome} value={outcome} onChange={setOutcome} options={[{ value: '', label: t.audit.any }, { value: 'allow', label: t.audit.allow }, { value: 'deny', label: t.audit.deny }]} />
          <TextField field="rule" label={a.rule} description={a.ruleHint} value={rule} onChange={setRule} optional={t.common.optional} />
          <TextField field="from" type="date" label={t.audit.from} value={from} onChange={setFrom} optional={t.common.optional} />
          <TextField field="to" type="date" label={t.audit.to} value={to} onChange={setTo} optional={t.common.optional} />
          <ButtonGroup>
            <Button type="submit">{t.audit.search}</Button>
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
          </ButtonGroup>
        </form>
        {verified === true ? <Alert type="ok">{t.audit.verified}</Alert> : verified === null ? null : <ErrorNotice error={verified} />}
      </Section>
      <Section labelledBy="audit-results">
        <Heading level={2} id="audit-results">
          {t.audit.results}
        </Heading>
        {entries.error === null ? null : <ErrorNotice error={entries.error} />}
        {data === undefined ? null : data.entries.length === 0 ? (
          <Paragraph>{t.audit.none}</Paragraph>
        ) : (
          <>
            <Paragraph>
              <DocumentLink href={`/api/audit/export${filters === '' ? '' : `?${filters}`}`}>{a.download}</DocumentLink>
            </Paragraph>
            <Table
              caption={`${t.audit.results}, ${a.page(pages.length + 1)}`}
              head={[t.audit.at, a.who, a.organisation, a.onBehalfOf, t.audit.role, t.audit.action, t.audit.purpose, t.audit.outcome, t.audit.rule, a.caseNumberCol]}
              rows={data.entries.map((e) => [
                String(e.id),
                [
                  new Date(e.at).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'),
                  e.userName ?? '—',
                  e.partnerName ?? '—',
                  e.onBehalfOfName ?? '—',
                  e.role === null ? '—' : label(t.roles, e.role),
                  e.action,
                  e.purpose === null ? '—' : label(t.purposes, e.purpose),
                  e.outcome === 'allow' ? t.audit.allow : t.audit.deny,
                  e.rule ?? '—',
                  e.caseNumber ?? '—',
                ],
              ])}
            />
            <ButtonGroup>
              {pages.length > 0 ? (
                <Button appearance="secondary" onClick={() => setPages([])}>
                  {a.first}
                </Button>
              ) : null}
              {data.nextBefore === null ? null : (
                <Button appearance="secondary" onClick={() => setPages([...pages, data.nextBefore ?? 0])}>
                  {a.next}
                </Button>
              )}
            </ButtonGroup>
          </>
        )}
      </Section>
    </>
  );
}
