/**
 * The Wpg art. 32 provision log (P9): the police read the provisions of the data they provided,
 * the privacy officer all of them, per period and per case number, and download them as CSV.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { TextField } from '../../components/form';
import { Button, Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { DocumentLink } from '../document-link';
import { useDateTime } from './notice-state';

interface Provision {
  readonly id: string;
  readonly providedAt: string;
  readonly caseNumber: string | null;
  readonly provider: string | null;
  readonly recipient: string;
  readonly recipientUser: string | null;
  readonly description: string;
  readonly purpose: string;
  readonly collaborationName: string;
  readonly legalBasis: string;
  readonly decisionReference: string | null;
  readonly oral: boolean;
}

const DAY = 86_400_000;

/** The query for the API: `to` is exclusive there, so the chosen last day counts whole. */
function queryOf(from: string, to: string, caseNumber: string): string {
  const q = new URLSearchParams();
  if (from !== '') q.set('from', from);
  if (to !== '') q.set('to', new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString().slice(0, 10));
  if (caseNumber.trim() !== '') q.set('caseNumber', caseNumber.trim());
  return q.toString();
}

export function ProvisionsScreen() {
  const { t } = useI18n();
  const b = t.privacy.provisions;
  const at = useDateTime();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [query, setQuery] = useState('');
  const list = useLoad(() => get<Provision[]>(`/api/provisions${query === '' ? '' : `?${query}`}`), [query]);
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{b.intro}</Paragraph>
      <Section labelledBy="provision-filters">
        <Heading level={2} id="provision-filters">
          {b.filters}
        </Heading>
        <form
          className="utrecht-form ct-form"
          role="search"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(queryOf(from, to, caseNumber));
          }}
        >
          <TextField field="from" type="date" label={b.from} value={from} onChange={setFrom} optional={t.common.optional} />
          <TextField field="to" type="date" label={b.to} value={to} onChange={setTo} optional={t.common.optional} />
          <TextField field="caseNumber" label={b.caseNumber} description={b.caseNumberHint} value={caseNumber} onChange={setCaseNumber} optional={t.common.optional} />
          <Button type="submit">{b.search}</Button>
        </form>
      </Section>
      <Section labelledBy="provision-results">
        <Heading level={2} id="provision-results">
          {b.results}
        </Heading>
        {list.error === null ? null : <ErrorNotice error={list.error} />}
        {list.data === undefined ? null : list.data.length === 0 ? (
          <Paragraph>{b.none}</Paragraph>
        ) : (
          <>
            <Paragraph>
              <DocumentLink href={`/api/provisions/export${query === '' ? '' : `?${query}`}`}>{b.download}</DocumentLink> — {b.downloadHint}
            </Paragraph>
            <Table
              caption={b.caption(list.data.length)}
              head={[b.providedAt, b.caseNumber, b.provider, b.recipient, b.description, b.purpose, b.basis, b.collaboration]}
              rows={list.data.map((p) => [
                p.id,
                [
                  `${at(p.providedAt)}${p.oral ? ` (${b.oral})` : ''}`,
                  p.caseNumber ?? '—',
                  p.provider ?? '—',
                  p.recipientUser === null ? p.recipient : `${p.recipient} (${p.recipientUser})`,
                  p.description,
                  label(t.purposes, p.purpose),
                  p.decisionReference === null ? p.legalBasis : `${p.legalBasis}: ${p.decisionReference}`,
                  p.collaborationName,
                ],
              ])}
            />
          </>
        )}
      </Section>
    </>
  );
}
