/**
 * Disputes about how a director carries out its tasks (seed 003 art. 9.4, 10.4; seed 001 art. 9.4,
 * 10.4; ADR 0210): someone working in a case raises one about its process director or its case
 * director; the list holds only what the domain lets the reader see (`seesDispute`), and the one
 * who holds a dispute (`disputeHolder`) records the outcome or puts it to the body the covenant
 * names, after a confirmation that says what follows. Each dispute carries the abilities the API
 * computed; this screen offers only those.
 */
import type { paths } from '../api/contract';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { RadioGroup, SelectField, TextArea } from '../components/form';
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph, Section } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import type { CaseListItem } from '../api/types';
import { loadConfig } from './admin-data';
import { useSubmission } from './case-sub-screen';
import type { Submission } from './case-sub-screen';
import { SavedResult } from './partner-membership';

/** A dispute as the API answers it (from the generated contract). */
type Dispute = paths['/api/disputes']['get']['responses'][200]['content']['application/json'][number];

export function DisputesScreen() {
  const { t } = useI18n();
  const g = t.governance.disputes;
  const config = useLoad(loadConfig, []);
  const disputes = useLoad(() => get<Dispute[]>('/api/disputes'), []);
  // Those who work in cases raise disputes about them; the holders' own case list may be empty.
  const cases = useLoad(() => get<CaseListItem[]>('/api/cases').catch(() => [] as CaseListItem[]), []);
  const rules = config.data?.config.disputes;
  const numberOf = (id: string): string => cases.data?.find((c) => c.id === id)?.number ?? '—';
  return (
    <>
      <Heading level={1} focusOnMount>
        {g.title}
      </Heading>
      <Paragraph lead>{g.intro}</Paragraph>
      {rules === undefined ? null : <Paragraph>{g.rule(rules.source)}</Paragraph>}
      {disputes.error === null ? null : <ErrorNotice error={disputes.error} />}
      {rules === undefined || cases.data === undefined ? null : <RaiseDispute cases={cases.data} onRaised={disputes.reload} />}
      <Section labelledBy="disputes-list">
        <Heading level={2} id="disputes-list">
          {g.list}
        </Heading>
        {disputes.data === undefined ? (
          disputes.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null
        ) : disputes.data.length === 0 ? (
          <Paragraph>{g.none}</Paragraph>
        ) : (
          disputes.data.map((x) => <DisputeItem key={x.id} dispute={x} caseNumber={numberOf(x.caseId)} escalationBody={rules === undefined ? '' : x.about === 'process_director' ? rules.escalation.processDirector : rules.escalation.caseDirector} onChange={disputes.reload} />)
        )}
      </Section>
    </>
  );
}

function RaiseDispute({ cases, onRaised }: { cases: readonly CaseListItem[]; onRaised: () => void }) {
  const { t } = useI18n();
  const g = t.governance.disputes;
  const s = useSubmission();
  const [caseId, setCaseId] = useState('');
  const [about, setAbout] = useState('');
  const [summary, setSummary] = useState('');
  const labels: Record<string, string> = { caseId: g.caseLabel, about: g.about, aboutUserId: g.about, summary: g.summary };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (caseId === '') found.caseId = g.choose(g.caseLabel.toLowerCase());
    if (about === '') found.about = t.surface.required;
    if (summary.trim() === '') found.summary = t.surface.required;
    if (s.refuse(found)) return;
    void s.send('POST', '/api/disputes', { caseId, about, summary: summary.trim() }, () => g.raised).then((r) => {
      if (r === null) return;
      setCaseId('');
      setAbout('');
      setSummary('');
      onRaised();
    });
  };
  return (
    <Section labelledBy="disputes-raise">
      <Heading level={2} id="disputes-raise">
        {g.raiseTitle}
      </Heading>
      <Paragraph>{g.raiseIntro}</Paragraph>
      <SavedResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix="r-" />
      {cases.length === 0 ? (
        <Paragraph>{g.noCases}</Paragraph>
      ) : (
        <form className="utrecht-form" onSubmit={submit} noValidate>
          <SelectField
            field="r-caseId"
            label={g.caseLabel}
            value={caseId}
            onChange={setCaseId}
            options={[{ value: '', label: g.chooseCase }, ...cases.map((c) => ({ value: c.id, label: c.title === null ? c.number : `${c.number} (${c.title})` }))]}
            error={s.fields.caseId}
            required
          />
          <RadioGroup
            field="r-about"
            legend={g.about}
            value={about}
            onChange={setAbout}
            options={(['process_director', 'case_director'] as const).map((v) => ({ value: v, label: label(g.aboutOptions, v) }))}
            error={s.fields.about ?? s.fields.aboutUserId}
          />
          <TextArea field="r-summary" label={g.summary} description={g.summaryHint} value={summary} onChange={setSummary} error={s.fields.summary} rows={4} required />
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {g.raise}
          </Button>
        </form>
      )}
    </Section>
  );
}

function DisputeItem({ dispute: x, caseNumber, escalationBody, onChange }: { dispute: Dispute; caseNumber: string; escalationBody: string; onChange: () => void }) {
  const { t } = useI18n();
  const g = t.governance.disputes;
  const d = t.governance.date;
  const s = useSubmission();
  const headingId = `dispute-${x.id}`;
  return (
    <Section labelledBy={headingId}>
      <Heading level={3} id={headingId}>
        {g.item(label(g.aboutShort, x.about), d(x.raisedAt))}
      </Heading>
      <DataList
        items={[
          [g.caseNumber, caseNumber],
          [g.status, x.heldBy === null ? label(g.statuses, x.status) : `${label(g.statuses, x.status)}, ${label(g.heldBy, x.heldBy)}`],
          [g.summary, x.summary],
          ...(x.escalatedTo === null || x.escalatedAt === null ? [] : [[g.escalatedTo(x.escalatedTo, d(x.escalatedAt)), x.escalationReason ?? ''] as const]),
          ...(x.outcome === null || x.decidedAt === null ? [] : [[g.outcome, `${x.outcome} (${g.decidedAt(d(x.decidedAt))})`] as const]),
        ]}
      />
      <SavedResult submission={s} labelOf={(f) => (f === 'outcome' ? g.outcomeLabel : f === 'reason' ? g.escalateReason : f)} idPrefix={`${x.id}-`} />
      {x.abilities.decide ? <Act dispute={x} kind="decide" s={s} onChange={onChange} body={escalationBody} /> : null}
      {x.abilities.escalate && escalationBody !== '' ? <Act dispute={x} kind="escalate" s={s} onChange={onChange} body={escalationBody} /> : null}
    </Section>
  );
}

/** Recording the outcome or putting the dispute to a body: a text, then a confirmation of what follows. */
function Act({ dispute: x, kind, s, onChange, body }: { dispute: Dispute; kind: 'decide' | 'escalate'; s: Submission; onChange: () => void; body: string }) {
  const { t } = useI18n();
  const g = t.governance.disputes;
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const field = kind === 'decide' ? 'outcome' : 'reason';
  const check = (e: FormEvent): void => {
    e.preventDefault();
    if (!s.refuse(text.trim() === '' ? { [field]: t.surface.required } : {})) setConfirming(true);
  };
  const send = (): void => {
    const path = kind === 'decide' ? `/api/disputes/${x.id}/decision` : `/api/disputes/${x.id}/escalation`;
    void s.send('POST', path, { version: x.version, [field]: text.trim() }, () => (kind === 'decide' ? g.decided : g.escalated)).then((r) => {
      setConfirming(false);
      if (r !== null) onChange();
    });
  };
  return (
    <form className="utrecht-form" onSubmit={check} noValidate aria-label={kind === 'decide' ? g.decideTitle : g.escalateTitle(body)}>
      <TextArea field={`${x.id}-${field}`} label={kind === 'decide' ? g.outcomeLabel : g.escalateReason} value={text} onChange={setText} error={s.fields[field]} rows={3} required />
      {confirming ? (
        <Alert type="warning">
          <Paragraph>{kind === 'decide' ? g.decideConfirm : g.escalateConfirm(body)}</Paragraph>
          <ButtonGroup>
            <Button busy={s.busy} disabled={s.busy} onClick={send}>
              {kind === 'decide' ? g.decideYes : g.escalateYes}
            </Button>
            <Button appearance="subtle" onClick={() => setConfirming(false)}>
              {g.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <Button type="submit" appearance={kind === 'decide' ? 'primary' : 'secondary'}>
          {kind === 'decide' ? g.decide : g.escalate(body)}
        </Button>
      )}
    </form>
  );
}
