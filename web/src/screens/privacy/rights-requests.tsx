/**
 * The rights-request screen (P15): the privacy officer finds the subject (BSN, or name and birth
 * date), records the request and sees every request with its deadline and how many partners still
 * owe an answer; a partner's privacy contact sees the requests routed to its organisation. The API
 * decides who sees what; a refusal shows its rule.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/form';
import { Button, Heading, Paragraph, Section, StatusBadge, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { RIGHTS_REQUEST_KINDS } from '../../../../src/domain/model';
import { dateTime, today, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { useDateTime } from './notice-state';

export interface RightsRequestItem {
  readonly id: string;
  readonly kind: string;
  readonly caseNumber: string | null;
  readonly registeredAt: string;
  readonly dueAt: string;
  readonly status: string;
  readonly pendingPartners: number;
  readonly ownAnswer: string | null;
}

interface SubjectMatch {
  readonly subjectId: string;
  readonly caseNumber: string;
  readonly relation: string | null;
  readonly householdSize: number;
}

export function statusLook(status: string): 'neutral' | 'danger' | 'success' | 'warning' | 'inactive' {
  return status === 'overdue' ? 'danger' : status === 'answered' ? 'success' : status === 'answered_late' ? 'warning' : status === 'open' ? 'neutral' : 'inactive';
}

function Register({ onRegistered }: { onRegistered: (id: string) => void }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const [bsn, setBsn] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [subjectId, setSubjectId] = useState('');
  const [kind, setKind] = useState('access');
  const [requester, setRequester] = useState('');
  const [received, setReceived] = useState(today());
  const found = useLoad(() => (query === null ? Promise.resolve(null) : get<SubjectMatch[]>(`/api/rights-requests/subjects?${query}`)), [query]);
  const submission = useSubmission();
  const matches = found.data ?? null;
  const labelOf = (field: string): string => (field === 'subjectId' ? b.subject : field === 'requester' ? b.requester : field === 'receivedAt' ? b.receivedAt : field === 'kind' ? b.kind : field);
  return (
    <Section labelledBy="rights-register">
      <Heading level={2} id="rights-register">
        {b.register}
      </Heading>
      <Heading level={3} id="rights-search">
        {b.search}
      </Heading>
      <Paragraph>{b.searchIntro}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-labelledby="rights-search"
        onSubmit={(e) => {
          e.preventDefault();
          const q = new URLSearchParams(bsn.trim() === '' ? { name, birthDate } : { bsn: bsn.trim() });
          setSubjectId('');
          setQuery(`${q.toString()}&at=${Date.now()}`);
        }}
      >
        <TextField field="bsn" label={b.bsn} value={bsn} onChange={setBsn} inputMode="numeric" optional={t.common.optional} />
        <TextField field="name" label={b.name} value={name} onChange={setName} optional={t.common.optional} />
        <TextField field="birthDate" type="date" label={b.birthDate} value={birthDate} onChange={setBirthDate} optional={t.common.optional} />
        <Button type="submit" appearance="secondary">
          {b.find}
        </Button>
      </form>
      {found.error === null ? null : <ErrorNotice error={found.error} />}
      {matches === null ? null : matches.length === 0 ? (
        <Paragraph>{b.noneFound}</Paragraph>
      ) : (
        <>
          <FormResult submission={submission} labelOf={labelOf} />
          <form
            className="utrecht-form ct-form"
            noValidate
            aria-labelledby="rights-register"
            onSubmit={(e) => {
              e.preventDefault();
              void submission
                .send<{ id: string }>('POST', '/api/rights-requests', { kind, subjectId: subjectId === '' ? undefined : subjectId, requester, receivedAt: dateTime(received) }, () => b.registered)
                .then((r) => {
                  if (r !== null) onRegistered(r.id);
                });
            }}
          >
            <RadioGroup
              field="subjectId"
              legend={b.found}
              value={subjectId}
              onChange={setSubjectId}
              error={submission.fields.subjectId}
              options={matches.map((m) => ({ value: m.subjectId, label: b.match(m.caseNumber, m.relation, m.householdSize) }))}
            />
            <SelectField field="kind" label={b.kind} value={kind} onChange={setKind} options={RIGHTS_REQUEST_KINDS.map((k) => ({ value: k, label: label(b.kinds, k) }))} />
            <TextArea field="requester" label={b.requester} description={b.requesterHint} value={requester} onChange={setRequester} rows={2} required error={submission.fields.requester} />
            <TextField field="receivedAt" type="date" label={b.receivedAt} value={received} onChange={setReceived} required error={submission.fields.receivedAt} />
            <Button type="submit" busy={submission.busy}>
              {b.submit}
            </Button>
          </form>
        </>
      )}
    </Section>
  );
}

export function RightsRequestsScreen() {
  const { t } = useI18n();
  const { me } = useSession();
  const b = t.privacy.rights;
  const at = useDateTime();
  const list = useLoad(() => get<RightsRequestItem[]>('/api/rights-requests'), []);
  const office = me?.role === 'privacy_officer';
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{office ? b.intro : b.partnerIntro}</Paragraph>
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      {office && list.error === null ? <Register onRegistered={(id) => navigate(`/privacy/rights-requests/${id}`)} /> : null}
      {list.data === undefined ? null : (
        <Section labelledBy="rights-list">
          <Heading level={2} id="rights-list">
            {b.list}
          </Heading>
          {list.data.length === 0 ? (
            <Paragraph>{b.none}</Paragraph>
          ) : (
            <Table
              caption={b.caption}
              head={[b.received, t.privacy.rights.kind, b.caseNumber, b.due, b.status, office ? b.partnersPending : b.ownAnswer]}
              rows={list.data.map((r) => [
                r.id,
                [
                  <Link key="open" to={`/privacy/rights-requests/${r.id}`} aria-label={b.open(label(b.kinds, r.kind), at(r.registeredAt))}>
                    {at(r.registeredAt)}
                  </Link>,
                  label(b.kinds, r.kind),
                  r.caseNumber ?? '—',
                  at(r.dueAt),
                  <StatusBadge key="s" status={statusLook(r.status)}>
                    {label(b.statuses, r.status)}
                  </StatusBadge>,
                  office ? b.pending(r.pendingPartners) : r.ownAnswer === null ? b.ownPending : label(b.ownAnswers, r.ownAnswer),
                ],
              ])}
            />
          )}
        </Section>
      )}
    </>
  );
}
