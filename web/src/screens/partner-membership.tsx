/**
 * The ways a membership ends other than by ordinary notice, on a partner's page (P1): the steering
 * group's exclusion (ADR 0201), a withdrawal over an amendment the partner finds unacceptable (ADR
 * 0200) and, in Maastricht, leaving at once with every other partner's consent (seed 000 art.
 * 13.2). Each is offered only where the collaboration's configuration has it, with the fields the
 * configuration asks and no choice made for the user; every one is irreversible, so a
 * confirmation says what will happen before it is sent (WCAG 3.3.4). The API decides.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { CheckboxGroup, TextArea, TextField } from '../components/form';
import { Alert, Button, ButtonGroup, Heading, Paragraph, Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { dateTime, today, useSubmission } from './case-sub-screen';
import type { Submission } from './case-sub-screen';
import type { GovernanceConfig, PartnerView } from './admin-data';
import { FormResult } from './form-result';

/** The result of a save, focused once it is there (a screen-reader user hears what happened). */
export function SavedResult({ submission, labelOf, idPrefix }: { submission: Submission; labelOf: (field: string) => string; idPrefix: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submission.done !== null) ref.current?.focus();
  }, [submission.done]);
  return (
    <div ref={ref} tabIndex={-1} className="ct-result">
      <FormResult submission={submission} labelOf={labelOf} idPrefix={idPrefix} />
    </div>
  );
}

/** A warning that says what will happen, with the one button that does it and one back. */
function Confirm({ text, yes, back, submission, onYes, onBack }: { text: string; yes: string; back: string; submission: Submission; onYes: () => void; onBack: () => void }) {
  return (
    <Alert type="warning">
      <Paragraph>{text}</Paragraph>
      <ButtonGroup>
        <Button busy={submission.busy} disabled={submission.busy} onClick={onYes}>
          {yes}
        </Button>
        <Button appearance="subtle" onClick={onBack}>
          {back}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}

const WHOLE = /^\d+$/;

export function MembershipEnds({ partner, all, config, reload }: { partner: PartnerView; all: readonly PartnerView[]; config: GovernanceConfig; reload: () => void }) {
  const { t } = useI18n();
  const m = t.governance.membership;
  const c = config.config;
  const open = partner.member && partner.active && partner.noticeGivenAt === null;
  return (
    <>
      {c.exclusion === undefined ? null : <Exclusion partner={partner} rule={c.exclusion} open={partner.member && partner.active} reload={reload} />}
      {c.withdrawalOnAmendment === undefined ? null : <WithdrawalOnAmendment partner={partner} source={c.withdrawalOnAmendment.source} open={open} reload={reload} />}
      {c.immediateTerminationWithUnanimousConsent === undefined ? null : (
        <UnanimousTermination partner={partner} others={all.filter((p) => p.active && p.id !== partner.id)} source={c.immediateTerminationWithUnanimousConsent.source} open={open} reload={reload} />
      )}
      {c.exclusion === undefined && c.withdrawalOnAmendment === undefined && c.immediateTerminationWithUnanimousConsent === undefined ? null : (
        <Paragraph>
          <Link to="/membership">{m.history}</Link>
        </Paragraph>
      )}
    </>
  );
}

interface ExclusionRule {
  readonly noticeOfDefaultRequired: boolean;
  readonly effect: 'immediate' | 'after_notice_period';
  readonly source: string;
}

function Exclusion({ partner, rule, open, reload }: { partner: PartnerView; rule: ExclusionRule; open: boolean; reload: () => void }) {
  const { t } = useI18n();
  const m = t.governance.membership;
  const d = t.governance.date;
  const s = useSubmission();
  const [decidedAt, setDecidedAt] = useState(today());
  const [reason, setReason] = useState('');
  const [votesFor, setVotesFor] = useState('');
  const [votesAgainst, setVotesAgainst] = useState('');
  const [noticeAt, setNoticeAt] = useState('');
  const [reference, setReference] = useState('');
  const [confirming, setConfirming] = useState(false);
  const labels: Record<string, string> = {
    decidedAt: m.decidedAt_,
    reason: m.reason,
    'votes.for': m.votesFor,
    'votes.against': m.votesAgainst,
    noticeOfDefault: m.noticeOfDefaultAt,
    'noticeOfDefault.givenAt': m.noticeOfDefaultAt,
    'noticeOfDefault.reference': m.noticeOfDefaultReference,
  };
  const check = (e: FormEvent): void => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (decidedAt.trim() === '') found.decidedAt = t.surface.required;
    if (reason.trim() === '') found.reason = t.surface.required;
    if (!WHOLE.test(votesFor.trim())) found['votes.for'] = m.wholeNumber(m.votesFor);
    if (!WHOLE.test(votesAgainst.trim())) found['votes.against'] = m.wholeNumber(m.votesAgainst);
    if (rule.noticeOfDefaultRequired && noticeAt.trim() === '') found['noticeOfDefault.givenAt'] = t.surface.required;
    if (!s.refuse(found)) setConfirming(true);
  };
  const send = (): void => {
    const body = {
      decidedAt: dateTime(decidedAt),
      reason: reason.trim(),
      votes: { for: Number(votesFor), against: Number(votesAgainst) },
      ...(noticeAt.trim() === '' ? {} : { noticeOfDefault: { givenAt: dateTime(noticeAt), ...(reference.trim() === '' ? {} : { reference: reference.trim() }) } }),
    };
    void s.send<{ effectiveAt: string; immediate: boolean }>('POST', `/api/partners/${partner.id}/exclusion`, body, (r) => m.excluded(partner.name, d(r.effectiveAt), r.immediate)).then((r) => {
      setConfirming(false);
      if (r !== null) reload();
    });
  };
  const f = s.fields;
  return (
    <Section labelledBy="partner-exclusion">
      <Heading level={2} id="partner-exclusion">
        {m.exclusionTitle}
      </Heading>
      <Paragraph>{m.exclusionRule(rule.source)}</Paragraph>
      <SavedResult submission={s} labelOf={(x) => labels[x] ?? x} idPrefix="x-" />
      {open ? (
        <form className="utrecht-form" onSubmit={check} noValidate>
          <TextField field="x-decidedAt" type="date" label={m.decidedAt_} value={decidedAt} onChange={setDecidedAt} error={f.decidedAt} required />
          <TextArea field="x-reason" label={m.reason} description={m.reasonHint} value={reason} onChange={setReason} error={f.reason} rows={3} required />
          <TextField field="x-votes.for" label={m.votesFor} inputMode="numeric" value={votesFor} onChange={setVotesFor} error={f['votes.for']} required />
          <TextField field="x-votes.against" label={m.votesAgainst} inputMode="numeric" value={votesAgainst} onChange={setVotesAgainst} error={f['votes.against']} required />
          <TextField
            field="x-noticeOfDefault.givenAt"
            type="date"
            label={m.noticeOfDefaultAt}
            value={noticeAt}
            onChange={setNoticeAt}
            error={f['noticeOfDefault.givenAt'] ?? f.noticeOfDefault}
            required={rule.noticeOfDefaultRequired}
            {...(rule.noticeOfDefaultRequired ? { description: m.noticeOfDefaultHint } : { optional: t.common.optional })}
          />
          <TextField field="x-noticeOfDefault.reference" label={m.noticeOfDefaultReference} value={reference} onChange={setReference} error={f['noticeOfDefault.reference']} optional={t.common.optional} />
          {confirming ? (
            <Confirm
              text={rule.effect === 'immediate' ? m.excludeConfirmImmediate(partner.name, d(dateTime(decidedAt))) : m.excludeConfirmNotice(partner.name)}
              yes={m.excludeYes}
              back={m.cancel}
              submission={s}
              onYes={send}
              onBack={() => setConfirming(false)}
            />
          ) : (
            <Button type="submit" appearance="secondary">
              {m.exclude}
            </Button>
          )}
        </form>
      ) : null}
    </Section>
  );
}

function WithdrawalOnAmendment({ partner, source, open, reload }: { partner: PartnerView; source: string; open: boolean; reload: () => void }) {
  const { t } = useI18n();
  const m = t.governance.membership;
  const d = t.governance.date;
  const s = useSubmission();
  const [title, setTitle] = useState('');
  const [takesEffectAt, setTakesEffectAt] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const labels: Record<string, string> = { 'onAmendment.title': m.amendmentTitle, 'onAmendment.takesEffectAt': m.takesEffectAt, 'onAmendment.reason': m.withdrawalReason, givenAt: m.takesEffectAt };
  const check = (e: FormEvent): void => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (title.trim() === '') found['onAmendment.title'] = t.surface.required;
    if (takesEffectAt.trim() === '') found['onAmendment.takesEffectAt'] = t.surface.required;
    if (reason.trim() === '') found['onAmendment.reason'] = t.surface.required;
    if (!s.refuse(found)) setConfirming(true);
  };
  const send = (): void => {
    const body = { onAmendment: { title: title.trim(), takesEffectAt: dateTime(takesEffectAt), reason: reason.trim() } };
    void s.send<{ endsAt: string }>('POST', `/api/partners/${partner.id}/notice`, body, (r) => m.withdrawn(d(r.endsAt))).then((r) => {
      setConfirming(false);
      if (r !== null) reload();
    });
  };
  const f = s.fields;
  return (
    <Section labelledBy="partner-withdrawal">
      <Heading level={2} id="partner-withdrawal">
        {m.withdrawalTitle}
      </Heading>
      <Paragraph>{m.withdrawalRule(source)}</Paragraph>
      <SavedResult submission={s} labelOf={(x) => labels[x] ?? x} idPrefix="w-" />
      {open ? (
        <form className="utrecht-form" onSubmit={check} noValidate>
          <TextField field="w-onAmendment.title" label={m.amendmentTitle} description={m.amendmentTitleHint} value={title} onChange={setTitle} error={f['onAmendment.title']} required />
          <TextField field="w-onAmendment.takesEffectAt" type="date" label={m.takesEffectAt} value={takesEffectAt} onChange={setTakesEffectAt} error={f['onAmendment.takesEffectAt']} required />
          <TextArea field="w-onAmendment.reason" label={m.withdrawalReason} value={reason} onChange={setReason} error={f['onAmendment.reason']} rows={3} required />
          {confirming ? (
            <Confirm text={m.withdrawConfirm(partner.name, d(dateTime(takesEffectAt)))} yes={m.withdrawYes} back={m.cancel} submission={s} onYes={send} onBack={() => setConfirming(false)} />
          ) : (
            <Button type="submit" appearance="secondary">
              {m.withdraw}
            </Button>
          )}
        </form>
      ) : null}
    </Section>
  );
}

interface TerminationResult {
  readonly endsAt: string;
  readonly unanimousConsent: { readonly immediate: boolean; readonly missing: readonly string[] } | null;
}

function UnanimousTermination({ partner, others, source, open, reload }: { partner: PartnerView; others: readonly PartnerView[]; source: string; open: boolean; reload: () => void }) {
  const { t } = useI18n();
  const m = t.governance.membership;
  const d = t.governance.date;
  const s = useSubmission();
  const [consents, setConsents] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const nameOf = (id: string): string => others.find((p) => p.id === id)?.name ?? id;
  const check = (e: FormEvent): void => {
    e.preventDefault();
    if (!s.refuse(consents.length === 0 ? { unanimousConsents: m.chooseOne } : {})) setConfirming(true);
  };
  const send = (): void => {
    const body = { unanimousConsents: consents.map((partnerId) => ({ partnerId })) };
    const said = (r: TerminationResult): string => (r.unanimousConsent?.immediate === true ? m.terminatedNow(d(r.endsAt)) : m.terminatedLater(d(r.endsAt), (r.unanimousConsent?.missing ?? []).map(nameOf).join(', ')));
    void s.send<TerminationResult>('POST', `/api/partners/${partner.id}/notice`, body, said).then((r) => {
      setConfirming(false);
      if (r !== null) reload();
    });
  };
  return (
    <Section labelledBy="partner-unanimous">
      <Heading level={2} id="partner-unanimous">
        {m.unanimousTitle}
      </Heading>
      <Paragraph>{m.unanimousRule(source)}</Paragraph>
      <SavedResult submission={s} labelOf={(x) => (x.startsWith('unanimousConsents') ? m.consentsLegend : x)} idPrefix="u-" />
      {open ? (
        <form className="utrecht-form" onSubmit={check} noValidate>
          <CheckboxGroup
            field="u-unanimousConsents"
            legend={m.consentsLegend}
            description={m.consentsHint}
            options={others.map((p) => ({ value: p.id, label: p.name }))}
            selected={consents}
            onChange={setConsents}
            error={s.fields.unanimousConsents}
          />
          {confirming ? (
            <Confirm text={m.terminateConfirm(partner.name, consents.length, others.length)} yes={m.terminateYes} back={m.cancel} submission={s} onYes={send} onBack={() => setConfirming(false)} />
          ) : (
            <Button type="submit" appearance="secondary">
              {m.terminate}
            </Button>
          )}
        </form>
      ) : null}
    </Section>
  );
}
