/**
 * The Wpg art. 32 provision log (P9): the police read the provisions of the data they provided,
 * the privacy officer all of them, per period and per case number, and download them as CSV.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import { ErrorNotice } from '../../components/errors';
import { CheckboxGroup, SelectField, TextField } from '../../components/form';
import { Button, Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { DocumentLink } from '../document-link';
import { FormResult } from '../form-result';
import { useDateTime } from './notice-state';
import { Wpg20Decisions } from './wpg20-decision';

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

const DOMAINS = ['police_justice', 'housing', 'work_education', 'income_debts', 'social_relations', 'addiction', 'mental_functioning', 'physical_functioning', 'thinking_behaviour_skills'];
const PURPOSES = ['screening', 'triage', 'rto', 'plan_execution', 'monitoring', 'referral'];

/** The local date-time of now for a datetime-local field (minutes). */
function localNow(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * Requirement 002-A24: police data told in a meeting leaves no read in the system, so the police
 * professional who told it records the oral provision here: one log row per recipient partner.
 */
function OralProvisionForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useI18n();
  const b = t.privacy.provisions;
  const { me } = useSession();
  const directory = useDirectory();
  const submission = useSubmission();
  const [caseNumber, setCaseNumber] = useState('');
  const [providedAt, setProvidedAt] = useState(localNow);
  const [recipients, setRecipients] = useState<string[]>([]);
  const [domain, setDomain] = useState('police_justice');
  const [purpose, setPurpose] = useState('rto');
  const [decision, setDecision] = useState('');
  const partners = (directory.data?.partners ?? []).filter((p) => p.member && p.id !== me?.partnerId);
  const labelOf = (f: string): string =>
    (({ caseNumber: b.oralCase, providedAt: b.oralAt, recipientPartnerIds: b.oralRecipients, domain: b.oralDomain, purpose: b.purpose, decisionReference: b.oralDecision }) as Record<string, string>)[f.split('.')[0] ?? f] ?? f;
  return (
    <Section labelledBy="provision-oral">
      <Heading level={2} id="provision-oral">
        {b.oralTitle}
      </Heading>
      <Paragraph>{b.oralIntro}</Paragraph>
      <FormResult submission={submission} labelOf={labelOf} idPrefix="oral-" />
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const at = Date.parse(providedAt);
          const body = {
            caseNumber: caseNumber.trim(),
            providedAt: Number.isNaN(at) ? providedAt : new Date(at).toISOString(),
            recipientPartnerIds: recipients,
            domain,
            purpose,
            ...(decision.trim() === '' ? {} : { decisionReference: decision.trim() }),
          };
          void submission.send<{ ids: string[] }>('POST', '/api/provisions/oral', body, (r) => b.oralRecorded(r.ids.length)).then((r) => {
            if (r !== null) {
              setRecipients([]);
              onRecorded();
            }
          });
        }}
      >
        <TextField field="oral-caseNumber" label={b.oralCase} description={b.caseNumberHint} value={caseNumber} onChange={setCaseNumber} required error={submission.fields.caseNumber} />
        <TextField field="oral-providedAt" type="datetime-local" label={b.oralAt} value={providedAt} onChange={setProvidedAt} required error={submission.fields.providedAt} />
        <CheckboxGroup
          field="oral-recipientPartnerIds"
          legend={b.oralRecipients}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          selected={recipients}
          onChange={setRecipients}
          error={submission.fields.recipientPartnerIds ?? submission.fields['recipientPartnerIds.0']}
        />
        <SelectField field="oral-domain" label={b.oralDomain} description={b.oralDomainHint} value={domain} onChange={setDomain} options={DOMAINS.map((d) => ({ value: d, label: label(t.lifeDomains, d) }))} />
        <SelectField field="oral-purpose" label={b.purpose} value={purpose} onChange={setPurpose} options={PURPOSES.map((x) => ({ value: x, label: label(t.purposes, x) }))} />
        <TextField field="oral-decisionReference" label={b.oralDecision} value={decision} onChange={setDecision} optional={t.common.optional} error={submission.fields.decisionReference} />
        <Button type="submit" busy={submission.busy}>
          {b.oralSubmit}
        </Button>
      </form>
    </Section>
  );
}

export function ProvisionsScreen() {
  const { t } = useI18n();
  const b = t.privacy.provisions;
  const at = useDateTime();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [query, setQuery] = useState('');
  const { me } = useSession();
  const list = useLoad(() => get<Provision[]>(`/api/provisions${query === '' ? '' : `?${query}`}`), [query]);
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{b.intro}</Paragraph>
      <Wpg20Decisions />
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
      {list.data === undefined || me?.role === 'privacy_officer' ? null : <OralProvisionForm onRecorded={list.reload} />}
    </>
  );
}
