/**
 * One rights request (P15), where the notice `/privacy/rights-requests/:id` leads: its deadline and
 * status, every routed partner with its answer; a routed partner's contact answers or refuses for
 * its own data; the privacy officer sees the access overview, downloads the written answer (the
 * access-answer document), extends the term and closes the request once it is sent.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import { ConfirmStep } from '../../components/confirm';
import { ErrorNotice } from '../../components/errors';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../components/form';
import { Alert, Button, DataList, Heading, Paragraph, Section, StatusBadge, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLoad } from '../../use-load';
import { UAVG_41_GROUNDS, WPG_27_GROUNDS } from '../../../../src/domain/rights/refusal-grounds';
import { useSubmission } from '../case-sub-screen';
import { DocumentLink, DOCUMENT_URLS } from '../document-link';
import { FormResult } from '../form-result';
import { useDateTime } from './notice-state';
import { statusLook } from './rights-requests';

interface Detail {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly registeredAt: string;
  readonly dueAt: string;
  readonly extendedUntil: string | null;
  readonly caseNumber: string | null;
  readonly subjectRelation: string | null;
  readonly requester: string | null;
  readonly extensionReason: string | null;
  readonly refusalGround: string | null;
  readonly reader: 'office' | 'partner';
  readonly partners: readonly { readonly partnerId: string; readonly answer: { readonly outcome: string; readonly refusalGround: string | null; readonly answeredAt: number } | null }[];
  readonly abilities: { readonly handle: boolean; readonly answerFor: string | null; readonly accessAnswer: boolean; readonly execute: boolean };
  readonly effects: readonly { readonly partnerId: string; readonly contributionId: string | null; readonly effect: string; readonly doneAt: string }[];
  readonly ownItems: readonly { readonly id: string; readonly category: string; readonly content: string; readonly onlyThisSubject: boolean; readonly restriction: string | null }[];
}

/** A routed partner carries out rectification, erasure, restriction or objection on its own data about the one subject (AVG art. 16-18, 21). */
function ExecuteForm({ d, onDone }: { d: Detail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const submission = useSubmission();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(d.ownItems.map((i) => [i.id, i.content])));
  const [upheld, setUpheld] = useState('yes');
  const [reason, setReason] = useState('');
  return (
    <Section labelledBy="rights-execute">
      <Heading level={2} id="rights-execute">
        {b.executeTitle}
      </Heading>
      <Paragraph>{b.executeIntro}</Paragraph>
      <FormResult submission={submission} labelOf={(f) => (f === 'reason' ? b.weighingReason : f)} idPrefix="execute-" />
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-labelledby="rights-execute"
        onSubmit={(e) => {
          e.preventDefault();
          const body =
            d.kind === 'rectification'
              ? { kind: d.kind, corrections: d.ownItems.filter((i) => (texts[i.id] ?? '') !== i.content).map((i) => ({ contributionId: i.id, content: texts[i.id] ?? '' })) }
              : d.kind === 'objection'
                ? { kind: d.kind, upheld: upheld === 'yes', reason }
                : { kind: d.kind };
          void submission.send('POST', `/api/rights-requests/${d.id}/execute`, body, () => b.executed).then((r) => {
            if (r !== null) onDone(b.executed);
          });
        }}
      >
        <Table
          caption={b.ownItems}
          head={[b.category, b.content, b.subject]}
          rows={d.ownItems.map((i) => [i.id, [label({ ...t.lifeDomains }, i.category), `${i.content}${i.restriction === null ? '' : ` (${b.restrictedMark})`}`, i.onlyThisSubject ? b.onlyThis : b.shared]])}
        />
        {d.kind === 'rectification'
          ? d.ownItems.map((i, n) => <TextArea key={i.id} field={`correction-${i.id}`} label={b.correctedText(n + 1)} value={texts[i.id] ?? ''} onChange={(v) => setTexts({ ...texts, [i.id]: v })} rows={2} />)
          : null}
        {d.kind === 'objection' ? (
          <>
            <RadioGroup field="upheld" legend={b.objectionOutcome} value={upheld} onChange={setUpheld} options={[{ value: 'yes', label: b.upheld }, { value: 'no', label: b.overridden }]} />
            <TextArea field="execute-reason" label={b.weighingReason} value={reason} onChange={setReason} rows={3} required error={submission.fields.reason} />
          </>
        ) : null}
        <Button type="submit" busy={submission.busy}>
          {b.execute}
        </Button>
      </form>
    </Section>
  );
}

interface Overview {
  readonly answer: {
    readonly data: readonly { readonly contributionId: string; readonly source: string; readonly category: string; readonly content: string; readonly copyable: boolean }[];
    readonly meetingData: readonly { readonly meetingId: string; readonly kind: string; readonly date: string; readonly domain: string | null; readonly text: string }[];
    readonly purposes: readonly string[];
    readonly categories: readonly string[];
    readonly recipients: readonly string[];
    readonly sources: readonly string[];
    readonly retention: { readonly rule: string };
  };
  readonly withheld: number;
}

function PartnerAnswerForm({ id, partnerName, onDone }: { id: string; partnerName: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const [outcome, setOutcome] = useState('answered');
  const [regime, setRegime] = useState('avg');
  const grounds = regime === 'avg' ? UAVG_41_GROUNDS : WPG_27_GROUNDS;
  const [ground, setGround] = useState<string>(UAVG_41_GROUNDS[0].code);
  const [partial, setPartial] = useState(false);
  const [motivation, setMotivation] = useState('');
  const submission = useSubmission();
  return (
    <Section labelledBy="rights-partner-answer">
      <Heading level={2} id="rights-partner-answer">
        {b.answerTitle(partnerName)}
      </Heading>
      <Paragraph>{b.answerIntro}</Paragraph>
      <FormResult submission={submission} labelOf={(f) => (f === 'motivation' ? b.motivation : f === 'ground' ? b.ground : f)} />
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-labelledby="rights-partner-answer"
        onSubmit={(e) => {
          e.preventDefault();
          const body = outcome === 'answered' ? { outcome } : { outcome, regime, ground, partial, motivation };
          void submission.send('POST', `/api/rights-requests/${id}/partner-answer`, body, () => b.answered).then((r) => {
            if (r !== null) onDone(b.answered);
          });
        }}
      >
        <RadioGroup field="outcome" legend={b.outcome} value={outcome} onChange={setOutcome} options={['answered', 'refused'].map((o) => ({ value: o, label: label(b.outcomes, o) }))} />
        {outcome === 'refused' ? (
          <>
            <SelectField
              field="regime"
              label={b.regime}
              value={regime}
              onChange={(v) => {
                setRegime(v);
                setGround((v === 'avg' ? UAVG_41_GROUNDS : WPG_27_GROUNDS)[0].code);
              }}
              options={['avg', 'wpg'].map((r) => ({ value: r, label: label(b.regimes, r) }))}
            />
            <SelectField field="ground" label={b.ground} value={ground} onChange={setGround} options={grounds.map((g) => ({ value: g.code, label: `${g.article}: ${g.label}` }))} />
            <Checkbox field="partial" label={b.partial} checked={partial} onChange={setPartial} />
            <TextArea field="motivation" label={b.motivation} description={b.motivationHint} value={motivation} onChange={setMotivation} rows={3} required error={submission.fields.motivation} />
          </>
        ) : null}
        <Button type="submit" busy={submission.busy}>
          {b.answerSubmit}
        </Button>
      </form>
    </Section>
  );
}

function AccessOverview({ id, partnerName }: { id: string; partnerName: (id: string) => string }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const overview = useLoad(() => get<Overview>(`/api/rights-requests/${id}/access-answer`), [id]);
  const at = useDateTime();
  const o = overview.data;
  const list = (xs: readonly string[]): string => (xs.length === 0 ? '—' : xs.join(', '));
  return (
    <Section labelledBy="rights-overview">
      <Heading level={2} id="rights-overview">
        {b.overview}
      </Heading>
      <Paragraph>{b.overviewIntro}</Paragraph>
      <Paragraph>
        <DocumentLink href={DOCUMENT_URLS.accessAnswer(id)}>{b.document}</DocumentLink> {b.documentHint}
      </Paragraph>
      {overview.error === null ? null : <ErrorNotice error={overview.error} />}
      {o === undefined ? null : (
        <>
          <Table
            caption={b.dataCaption}
            head={[b.source, b.category, b.content, b.copy]}
            rows={o.answer.data.map((d) => [
              d.contributionId,
              [
                partnerName(d.source),
                label({ ...t.lifeDomains }, d.category),
                // Police data is shown for inspection only (art. 27 Wpg): a greyed box that cannot be selected, so it is not copied into the answer.
                d.copyable ? (
                  d.content
                ) : (
                  <div className="ct-police-only" data-police-only key="c">
                    <strong className="ct-police-only__mark">{b.policeMark}</strong>
                    <span className="ct-police-only__text">{d.content}</span>
                  </div>
                ),
                d.copyable ? b.copyYes : b.copyNo,
              ],
            ])}
          />
          {o.answer.meetingData.length === 0 ? null : (
            <Table
              caption={b.meetingCaption}
              head={[b.meetingDate, b.meetingKind, b.meetingDomain, b.meetingText]}
              rows={o.answer.meetingData.map((m, i) => [`${m.meetingId}-${i}`, [at(m.date), label(b.meetingKinds, m.kind), m.domain === null ? '—' : label(t.lifeDomains, m.domain), m.text]])}
            />
          )}
          <DataList
            items={[
              [b.purposes, list(o.answer.purposes.map((p) => label(t.purposes, p)))],
              [b.categories, list(o.answer.categories.map((c) => label(t.lifeDomains, c)))],
              [b.recipients, list(o.answer.recipients.map(partnerName))],
              [b.sources, list(o.answer.sources.map(partnerName))],
              [b.retention, o.answer.retention.rule],
            ]}
          />
          {o.withheld === 0 ? null : <Paragraph>{b.withheld(o.withheld)}</Paragraph>}
        </>
      )}
    </Section>
  );
}

function Handle({ id, onDone }: { id: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const close = useSubmission();
  const extend = useSubmission();
  const [confirming, setConfirming] = useState(false);
  const [months, setMonths] = useState('1');
  const [reason, setReason] = useState('');
  return (
    <Section labelledBy="rights-handle">
      <Heading level={2} id="rights-handle">
        {b.handle}
      </Heading>
      <FormResult submission={close} labelOf={(f) => f} idPrefix="close-" />
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-label={b.sendAnswer}
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirming) {
            setConfirming(true);
            return;
          }
          void close.send('POST', `/api/rights-requests/${id}/answer`, {}, () => b.sent).then((r) => {
            setConfirming(false);
            if (r !== null) onDone(b.sent);
          });
        }}
      >
        {confirming ? (
          <ConfirmStep action={b.sendAnswer} consequence={b.sendConsequence} busy={close.busy} onCancel={() => setConfirming(false)} />
        ) : (
          <Button type="submit">{b.sendAnswer}</Button>
        )}
      </form>
      <Heading level={3} id="rights-extend">
        {b.extend}
      </Heading>
      <FormResult submission={extend} labelOf={(f) => (f === 'reason' ? b.reason : f === 'months' ? b.months : f)} idPrefix="extend-" />
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-labelledby="rights-extend"
        onSubmit={(e) => {
          e.preventDefault();
          void extend.send('POST', `/api/rights-requests/${id}/extend`, { months: Number(months), reason }, () => b.extendedDone).then((r) => {
            if (r !== null) onDone(b.extendedDone);
          });
        }}
      >
        <SelectField field="extend-months" label={b.months} value={months} onChange={setMonths} options={['1', '2'].map((m) => ({ value: m, label: m }))} />
        <TextArea field="extend-reason" label={b.reason} value={reason} onChange={setReason} rows={2} required error={extend.fields.reason} />
        <Button type="submit" appearance="secondary" busy={extend.busy}>
          {b.extendSubmit}
        </Button>
      </form>
    </Section>
  );
}

/** AVG art. 18.3: the privacy officer lifts what the request restricted, after informing the subject. */
function LiftForm({ id, onDone }: { id: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const lift = useSubmission();
  const [reason, setReason] = useState('');
  const [informedAt, setInformedAt] = useState('');
  return (
    <Section labelledBy="rights-lift">
      <Heading level={2} id="rights-lift">
        {b.lift}
      </Heading>
      <Paragraph>{b.liftIntro}</Paragraph>
      <FormResult submission={lift} labelOf={(f) => (f === 'reason' ? b.reason : f === 'subjectInformedAt' ? b.liftInformedAt : f)} idPrefix="lift-" />
      <form
        className="utrecht-form ct-form"
        noValidate
        aria-labelledby="rights-lift"
        onSubmit={(e) => {
          e.preventDefault();
          void lift.send('POST', `/api/rights-requests/${id}/lift-restriction`, { reason, subjectInformedAt: informedAt }, () => b.liftedDone).then((r) => {
            if (r !== null) onDone(b.liftedDone);
          });
        }}
      >
        <TextField field="lift-subjectInformedAt" type="date" label={b.liftInformedAt} value={informedAt} onChange={setInformedAt} required error={lift.fields.subjectInformedAt} />
        <TextArea field="lift-reason" label={b.reason} value={reason} onChange={setReason} rows={2} required error={lift.fields.reason} />
        <Button type="submit" appearance="secondary" busy={lift.busy}>
          {b.liftSubmit}
        </Button>
      </form>
    </Section>
  );
}

export function RightsRequestScreen({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const b = t.privacy.rights;
  const at = useDateTime();
  const detail = useLoad(() => get<Detail>(`/api/rights-requests/${requestId}`), [requestId]);
  const directory = useDirectory();
  const name = (id: string): string => directory.data?.partners.find((p) => p.id === id)?.name ?? id;
  const d = detail.data;
  // The form that succeeded may leave the screen (its ability ends), so its confirmation is kept here.
  const [done, setDone] = useState<string | null>(null);
  const finished = (message: string): void => {
    setDone(message);
    detail.reload();
  };
  return (
    <>
      <Heading level={1} focusOnMount>
        {d === undefined ? b.title : b.requestTitle(label(b.kinds, d.kind), at(d.registeredAt))}
      </Heading>
      <Paragraph>
        <Link to="/privacy/rights-requests">{b.back}</Link>
      </Paragraph>
      {detail.error === null ? null : <ErrorNotice error={detail.error} />}
      {done === null ? null : (
        <Alert type="ok" role="status">
          {done}
        </Alert>
      )}
      {d === undefined ? null : (
        <>
          <Section labelledBy="rights-facts">
            <Heading level={2} id="rights-facts">
              {b.facts}
            </Heading>
            <DataList
              items={[
                [b.kind, label(b.kinds, d.kind)],
                [b.received, at(d.registeredAt)],
                [b.due, at(d.dueAt)],
                [
                  b.status,
                  <StatusBadge key="s" status={statusLook(d.status)}>
                    {label(b.statuses, d.status)}
                  </StatusBadge>,
                ],
                [b.caseNumber, d.caseNumber ?? '—'],
                [b.relation, d.subjectRelation ?? '—'],
                ...(d.requester === null ? [] : [[b.requester, d.requester] as const]),
                ...(d.extensionReason === null ? [] : [[b.extensionReason, d.extensionReason] as const]),
              ]}
            />
          </Section>
          <Section labelledBy="rights-partners">
            <Heading level={2} id="rights-partners">
              {b.partners}
            </Heading>
            <Table
              caption={b.partnersCaption}
              head={[b.partner, b.answer, b.answeredAt]}
              rows={d.partners.map((p) => [
                p.partnerId,
                [
                  name(p.partnerId),
                  p.answer === null ? b.notYet : `${label(b.ownAnswers, p.answer.outcome)}${p.answer.refusalGround === null ? '' : `: ${p.answer.refusalGround}`}`,
                  p.answer === null ? '—' : at(new Date(p.answer.answeredAt).toISOString()),
                ],
              ])}
            />
          </Section>
          {d.effects.length === 0 ? null : (
            <Section labelledBy="rights-effects">
              <Heading level={2} id="rights-effects">
                {b.effectsTitle}
              </Heading>
              <Table caption={b.effectsTitle} head={[b.partner, b.effect, b.answeredAt]} rows={d.effects.map((e, i) => [`${e.contributionId ?? 'none'}-${i}`, [name(e.partnerId), label(b.effects, e.effect), at(e.doneAt)]])} />
            </Section>
          )}
          {d.abilities.execute ? <ExecuteForm d={d} onDone={finished} /> : null}
          {d.abilities.answerFor === null ? null : <PartnerAnswerForm id={d.id} partnerName={name(d.abilities.answerFor)} onDone={finished} />}
          {d.abilities.accessAnswer ? <AccessOverview id={d.id} partnerName={name} /> : null}
          {d.abilities.handle ? <Handle id={d.id} onDone={finished} /> : null}
          {d.reader === 'office' && d.kind === 'restriction' && d.effects.some((e) => e.effect === 'restricted') && !d.effects.some((e) => e.effect === 'restriction_lifted') ? (
            <LiftForm id={d.id} onDone={finished} />
          ) : null}
        </>
      )}
    </>
  );
}
