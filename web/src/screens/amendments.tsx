/**
 * Changes of the tables (seed 000 art. 16.2, ADR 0205): a change waits until every partner consented
 * in writing. A manager consents or refuses for its own organisation, naming its function (a refusal
 * ends the proposal, so it is confirmed first); the administrator adopts a change every partner
 * consented to. The history shows each change with its diff and who signed. The API decides who
 * may do what; this screen offers only what the user's role can do.
 */
import { useState } from 'react';
import { get } from '../api/client';
import { TextField } from '../components/form';
import { Alert, Button, ButtonGroup, Heading, Paragraph, Section, Table } from '../components/ui';
import { ErrorNotice } from '../components/errors';
import { label, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import { useSubmission } from './case-sub-screen';
import type { Submission } from './case-sub-screen';
import { FormResult } from './form-result';
import { useTableName } from './names';

interface Amendment {
  readonly id: string;
  readonly tableId: string;
  readonly status: 'pending' | 'adopted' | 'rejected';
  readonly proposedAt: string;
  readonly decidedAt: string | null;
  readonly diff: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
  readonly consents: readonly { readonly partnerId: string; readonly partnerName: string; readonly signatoryName: string; readonly signatoryFunction: string; readonly approved: boolean; readonly at: string }[];
  readonly missing: readonly { readonly partnerId: string; readonly name: string }[];
}

/** A value of the diff as a reader sees it: text as is, lists and objects as compact JSON. */
function shown(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

export function AmendmentsScreen() {
  const { t } = useI18n();
  const a = t.governance.amendments;
  const d = t.governance.date;
  const tableName = useTableName();
  const list = useLoad(() => get<Amendment[]>('/api/collaboration/table-amendments'), []);
  // One result for the screen: a decided change leaves the pending list, its message stays.
  const s = useSubmission();
  const pending = (list.data ?? []).filter((x) => x.status === 'pending');
  const done = (list.data ?? []).filter((x) => x.status !== 'pending');
  return (
    <>
      <Heading level={1} focusOnMount>
        {a.title}
      </Heading>
      <Paragraph lead>{a.intro}</Paragraph>
      <FormResult submission={s} labelOf={(f) => (f.startsWith('signatoryFunction') ? a.yourFunction : f)} />
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      <Section labelledBy="amendments-pending">
        <Heading level={2} id="amendments-pending">
          {a.pending}
        </Heading>
        {list.data === undefined ? <Paragraph>{t.app.loading}</Paragraph> : pending.length === 0 ? <Paragraph>{a.none}</Paragraph> : null}
        {pending.map((x) => (
          <PendingAmendment key={x.id} amendment={x} tableName={tableName(x.tableId)} onChange={list.reload} s={s} />
        ))}
      </Section>
      {done.length === 0 ? null : (
        <Section labelledBy="amendments-history">
          <Heading level={2} id="amendments-history">
            {a.history}
          </Heading>
          <Table
            caption={a.history}
            head={[a.table, a.date, a.status, a.consents]}
            rows={done.map((x) => [x.id, [tableName(x.tableId), d(x.decidedAt ?? x.proposedAt), label(a.statuses, x.status), x.consents.map((c) => a.consentLine(c.partnerName, c.signatoryName, c.signatoryFunction, d(c.at), c.approved)).join('; ')]])}
          />
        </Section>
      )}
    </>
  );
}

function PendingAmendment({ amendment: x, tableName, onChange, s }: { amendment: Amendment; tableName: string; onChange: () => void; s: Submission }) {
  const { t } = useI18n();
  const a = t.governance.amendments;
  const d = t.governance.date;
  const { me } = useSession();
  const [fn, setFn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const mayConsent = me?.role === 'manager' && x.missing.some((m) => m.partnerId === me.partnerId);
  const mayAdopt = me?.role === 'admin' && x.missing.length === 0;
  // One form per pending change on the page: the field's id names the change.
  const field = `signatoryFunction-${x.id}`;
  const consent = (approved: boolean): void => {
    if (s.refuse(fn.trim() === '' ? { [field]: t.surface.required } : {})) return;
    void s.send('POST', `/api/collaboration/table-amendments/${x.id}/consents`, { approved, signatoryFunction: fn }, () => (approved ? a.approved : a.refused)).then((r) => {
      setConfirming(false);
      if (r !== null) onChange();
    });
  };
  const headingId = `amendment-${x.id}`;
  return (
    <Section labelledBy={headingId}>
      <Heading level={3} id={headingId}>
        {a.proposed(tableName, d(x.proposedAt))}
      </Heading>
      <Table caption={a.diffCaption(tableName)} head={[a.field, a.before, a.after]} rows={x.diff.map((c) => [c.field, [c.field, shown(c.before, a.nothing), shown(c.after, a.nothing)]])} />
      {x.consents.length === 0 ? null : (
        <ul className="utrecht-unordered-list">
          {x.consents.map((c) => (
            <li key={c.partnerId} className="utrecht-unordered-list__item">
              {a.consentLine(c.partnerName, c.signatoryName, c.signatoryFunction, d(c.at), c.approved)}
            </li>
          ))}
        </ul>
      )}
      <Paragraph>{a.missing(x.missing.length, x.missing.map((m) => m.name).join(', '))}</Paragraph>
      {mayConsent ? (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            consent(true);
          }}
        >
          <TextField field={field} label={a.yourFunction} description={a.yourFunctionHint} value={fn} onChange={setFn} error={s.fields[field] ?? s.fields.signatoryFunction} required />
          {confirming ? (
            <Alert type="warning">
              <Paragraph>{a.refuseConfirm}</Paragraph>
              <ButtonGroup>
                <Button appearance="secondary" busy={s.busy} disabled={s.busy} onClick={() => consent(false)}>
                  {a.refuseYes}
                </Button>
                <Button appearance="subtle" onClick={() => setConfirming(false)}>
                  {a.cancel}
                </Button>
              </ButtonGroup>
            </Alert>
          ) : (
            <ButtonGroup>
              <Button type="submit" busy={s.busy} disabled={s.busy}>
                {a.approve}
              </Button>
              <Button appearance="secondary" onClick={() => setConfirming(true)}>
                {a.refuse}
              </Button>
            </ButtonGroup>
          )}
        </form>
      ) : null}
      {mayAdopt ? (
        <Button
          busy={s.busy}
          disabled={s.busy}
          onClick={() => {
            void s.send('POST', `/api/collaboration/table-amendments/${x.id}/adopt`, {}, () => a.adopted).then((r) => {
              if (r !== null) onChange();
            });
          }}
        >
          {a.adopt}
        </Button>
      ) : null}
    </Section>
  );
}
