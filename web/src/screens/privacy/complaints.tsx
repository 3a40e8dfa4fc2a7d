/**
 * The complaints screen (P18): the process director routes a complaint to the responsible
 * partner; the process director and the privacy officer see every complaint and the periodic
 * evaluation; a partner's contact sees the complaints routed to its organisation.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import { ErrorNotice } from '../../components/errors';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/form';
import { Button, Heading, Paragraph, Section, StatusBadge, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { useDateTime } from './notice-state';

export interface ComplaintView {
  readonly id: string;
  readonly topic: string;
  readonly summary: string;
  readonly receivedAt: string;
  readonly routedToPartnerId: string | null;
  readonly status: string;
  readonly respondedAt: string | null;
  readonly responseSummary: string | null;
}

interface Evaluation {
  readonly received: number;
  readonly byTopic: Record<string, number>;
  readonly byPartner: readonly { readonly partnerId: string | null; readonly count: number }[];
  readonly responded: number;
  readonly awaitingResponse: number;
  readonly meanDaysToResponse: number | null;
}

const OFFICE = ['process_director', 'privacy_officer'];
const TOPICS = ['treatment', 'help_content', 'processing'];

function Evaluation({ partnerName }: { partnerName: (id: string | null) => string }) {
  const { t, lang } = useI18n();
  const b = t.privacy.complaints;
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  const result = useLoad(
    () => (shown === null ? Promise.resolve(null) : get<Evaluation>(`/api/complaints/evaluation?from=${shown.from}&to=${new Date(Date.parse(`${shown.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}`)),
    [shown],
  );
  const day = (d: string): string => new Date(`${d}T12:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const e = result.data ?? null;
  return (
    <Section labelledBy="complaint-evaluation">
      <Heading level={2} id="complaint-evaluation">
        {b.evaluation}
      </Heading>
      <Paragraph>{b.evaluationIntro}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          setShown({ from, to });
        }}
      >
        <TextField field="eval-from" type="date" label={b.from} value={from} onChange={setFrom} />
        <TextField field="eval-to" type="date" label={b.to} value={to} onChange={setTo} />
        <Button type="submit" appearance="secondary">
          {b.evaluate}
        </Button>
      </form>
      {result.error === null ? null : <ErrorNotice error={result.error} />}
      {e === null || shown === null ? null : (
        <Table
          caption={b.evalCaption(day(shown.from), day(shown.to))}
          head={[b.measure, b.count]}
          rows={[
            ['received', [b.receivedCount, String(e.received)]],
            ...TOPICS.map((k) => [`topic-${k}`, [b.byTopic(label(b.topics, k)), String(e.byTopic[k] ?? 0)]] as const),
            ...e.byPartner.map((p) => [`partner-${p.partnerId ?? 'none'}`, [b.byPartner(partnerName(p.partnerId)), String(p.count)]] as const),
            ['responded', [b.responded, String(e.responded)]],
            ['awaiting', [b.awaiting, String(e.awaitingResponse)]],
            ['mean', [b.meanDays, e.meanDaysToResponse === null ? '—' : String(e.meanDaysToResponse)]],
          ]}
        />
      )}
    </Section>
  );
}

export function ComplaintsScreen() {
  const { t } = useI18n();
  const { me } = useSession();
  const b = t.privacy.complaints;
  const at = useDateTime();
  const list = useLoad(() => get<ComplaintView[]>('/api/complaints'), []);
  const directory = useDirectory();
  const submission = useSubmission();
  const [topic, setTopic] = useState('treatment');
  const [summary, setSummary] = useState('');
  const [complainant, setComplainant] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [concerns, setConcerns] = useState('');
  const office = OFFICE.includes(me?.role ?? '');
  const partners = (directory.data?.partners ?? []).filter((p) => p.member);
  const partnerName = (id: string | null): string => (id === null ? b.unrouted : (partners.find((p) => p.id === id)?.name ?? id));
  const labelOf = (f: string): string => (({ topic: b.topic, summary: b.summary, complainant: b.complainant, caseNumber: b.caseNumber, concernsPartnerId: b.concerns }) as Record<string, string>)[f] ?? f;
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{office ? b.intro : b.partnerIntro}</Paragraph>
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      {me?.role === 'process_director' ? (
        <Section labelledBy="complaint-register">
          <Heading level={2} id="complaint-register">
            {b.register}
          </Heading>
          <FormResult submission={submission} labelOf={labelOf} />
          <form
            className="utrecht-form ct-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const body = {
                topic,
                summary,
                ...(complainant.trim() === '' ? {} : { complainant }),
                ...(caseNumber.trim() === '' ? {} : { caseNumber: caseNumber.trim() }),
                ...(concerns === '' ? {} : { concernsPartnerId: concerns }),
              };
              void submission.send<ComplaintView>('POST', '/api/complaints', body, (r) => b.routed(partnerName(r.routedToPartnerId))).then((r) => {
                if (r !== null) {
                  setSummary('');
                  setComplainant('');
                  setCaseNumber('');
                  list.reload();
                }
              });
            }}
          >
            <RadioGroup field="topic" legend={b.topic} value={topic} onChange={setTopic} options={TOPICS.map((v) => ({ value: v, label: label(b.topics, v) }))} error={submission.fields.topic} />
            <TextArea field="summary" label={b.summary} description={b.summaryHint} value={summary} onChange={setSummary} rows={3} required error={submission.fields.summary} />
            <TextField field="complainant" label={b.complainant} description={b.complainantHint} value={complainant} onChange={setComplainant} optional={t.common.optional} error={submission.fields.complainant} />
            <TextField field="caseNumber" label={b.caseNumber} value={caseNumber} onChange={setCaseNumber} optional={t.common.optional} error={submission.fields.caseNumber} />
            <SelectField field="concernsPartnerId" label={b.concerns} value={concerns} onChange={setConcerns} options={[{ value: '', label: b.unknownPartner }, ...partners.map((p) => ({ value: p.id, label: p.name }))]} />
            <Button type="submit" busy={submission.busy}>
              {b.submit}
            </Button>
          </form>
        </Section>
      ) : null}
      {list.data === undefined ? null : (
        <Section labelledBy="complaint-list">
          <Heading level={2} id="complaint-list">
            {b.list}
          </Heading>
          {list.data.length === 0 ? (
            <Paragraph>{b.none}</Paragraph>
          ) : (
            <Table
              caption={b.caption}
              head={[b.received, b.topic, b.summary, b.routedTo, b.status]}
              rows={list.data.map((c) => [
                c.id,
                [
                  <Link key="open" to={`/privacy/complaints/${c.id}`} aria-label={b.open(at(c.receivedAt))}>
                    {at(c.receivedAt)}
                  </Link>,
                  label(b.topics, c.topic),
                  c.summary,
                  partnerName(c.routedToPartnerId),
                  <StatusBadge key="s" status={c.status === 'handled' ? 'success' : 'warning'}>
                    {label(b.statuses, c.status)}
                  </StatusBadge>,
                ],
              ])}
            />
          )}
        </Section>
      )}
      {office && list.error === null ? <Evaluation partnerName={partnerName} /> : null}
    </>
  );
}
