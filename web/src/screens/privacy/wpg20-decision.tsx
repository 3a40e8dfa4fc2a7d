/**
 * The status of the police partners' art. 20 Wpg decisions (P9, ADR 0190; rows 002-D10, 002-A23):
 * everyone who reads the provision log sees whether police data may flow, with the recorded
 * changes; a user of the police partner itself records what its chief decided. Suspending and
 * withdrawing stop every provision at once, so both ask for a confirmation first.
 */
import { useRef, useState } from 'react';
import { get } from '../../api/client';
import type { Answer } from '../../api/types';
import { ConfirmStep } from '../../components/confirm';
import { ErrorNotice } from '../../components/errors';
import { RadioGroup, TextArea, TextField } from '../../components/form';
import { Button, DataList, Heading, Paragraph, Section, StatusBadge, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { missing, useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { useDateTime } from './notice-state';

type Decision = Answer<'/api/wpg20-decisions', 'get'>[number];
const STATUSES = ['in_force', 'suspended', 'withdrawn'] as const;
const BADGE = { in_force: 'success', suspended: 'warning', withdrawn: 'danger' } as const;

function RecordForm({ decision, onRecorded }: { decision: Decision; onRecorded: () => void }) {
  const { t } = useI18n();
  const b = t.records.wpg20;
  const submission = useSubmission();
  const [next, setNext] = useState('');
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const [confirming, setConfirming] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const labelOf = (f: string): string => (({ status: b.next, reason: b.reason, decisionReference: b.reference }) as Record<string, string>)[f] ?? f;
  const send = (): void => {
    const body = { status: next, reason: reason.trim(), ...(reference.trim() === '' ? {} : { decisionReference: reference.trim() }) };
    void submission
      .send<{ status: string }>('POST', `/api/wpg20-decisions/${decision.partnerId}/status`, body, (r) => b.saved(label(b.statuses, r.status)))
      .then((r) => {
        setConfirming(false);
        if (r !== null) {
          setNext('');
          setReason('');
          setReference('');
          onRecorded();
        }
        requestAnimationFrame(() => resultRef.current?.focus());
      });
  };
  return (
    <>
      <Heading level={3} id={`wpg20-record-${decision.partnerId}`}>
        {b.record}
      </Heading>
      <Paragraph>{b.recordIntro}</Paragraph>
      <div ref={resultRef} tabIndex={-1} className="ct-focus-target">
        <FormResult submission={submission} labelOf={labelOf} idPrefix="wpg20-" />
      </div>
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-labelledby={`wpg20-record-${decision.partnerId}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (submission.refuse(missing({ status: next, reason }, t.surface.required, t.surface.chooseOne))) {
            requestAnimationFrame(() => resultRef.current?.focus());
            return;
          }
          if ((next === 'suspended' || next === 'withdrawn') && !confirming) {
            submission.reset();
            setConfirming(true);
            return;
          }
          send();
        }}
      >
        <RadioGroup field="wpg20-status" legend={b.next} options={STATUSES.map((s) => ({ value: s, label: label(b.choices, s) }))} value={next} onChange={(v) => { setNext(v); setConfirming(false); }} error={submission.fields.status} />
        <TextArea field="wpg20-reason" label={b.reason} description={b.reasonHint} value={reason} onChange={setReason} required rows={3} error={submission.fields.reason} />
        <TextField field="wpg20-decisionReference" label={b.reference} description={b.referenceHint} value={reference} onChange={setReference} optional={t.common.optional} error={submission.fields.decisionReference} />
        {confirming ? (
          <ConfirmStep
            action={label(b.confirmAction, next)}
            consequence={label(b.consequence, next)}
            busy={submission.busy}
            onCancel={() => setConfirming(false)}
            {...(next === 'suspended' ? { reversible: b.reversible } : {})}
          />
        ) : (
          <Button type="submit" busy={submission.busy}>
            {b.submit}
          </Button>
        )}
      </form>
    </>
  );
}

/** The decisions with their status and history; the form for the police partner's own people. */
export function Wpg20Decisions() {
  const { t } = useI18n();
  const b = t.records.wpg20;
  const at = useDateTime();
  const { me } = useSession();
  const list = useLoad(() => get<Decision[]>('/api/wpg20-decisions'), []);
  if (list.error !== null) return <ErrorNotice error={list.error} />;
  if (list.data === undefined || list.data.length === 0) return null;
  return (
    <>
      {list.data.map((d) => (
        <Section labelledBy={`wpg20-${d.partnerId}`} key={d.partnerId}>
          <Heading level={2} id={`wpg20-${d.partnerId}`}>
            {`${b.title}: ${d.partnerName}`}
          </Heading>
          <Paragraph>{b.intro}</Paragraph>
          <DataList
            items={[
              [b.decision, d.decision],
              [b.status, <StatusBadge key="s" status={BADGE[d.status]}>{label(b.statuses, d.status)}</StatusBadge>],
            ]}
          />
          {d.history.length === 0 ? (
            <Paragraph>{b.noHistory}</Paragraph>
          ) : (
            <Table
              caption={b.history(d.partnerName)}
              head={[b.recordedAt, b.status, b.reason, b.reference, b.recordedBy]}
              rows={d.history.map((h, i) => [`${h.recordedAt}-${String(i)}`, [at(h.recordedAt), label(b.statuses, h.status), h.reason, h.decisionReference ?? '—', h.recordedBy ?? '—']])}
            />
          )}
          {me?.partnerId === d.partnerId ? <RecordForm decision={d} onRecorded={list.reload} /> : null}
        </Section>
      ))}
    </>
  );
}
