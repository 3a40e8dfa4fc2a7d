/**
 * De-escalation and retention (P13): the stage of the case, when the de-escalation was decided,
 * when archiving and deletion fall due as the API's retention schedule computed them, and the
 * exceptions; for the lead partner a form to record an exception. For an archived dossier the
 * administrative set, and nothing else, on its own screen.
 */
import { useState } from 'react';
import { ApiError, get } from '../api/client';
import type { CaseView } from '../api/types';
import { ErrorNotice, ErrorSummary, withoutRuleCodes } from '../components/errors';
import type { FieldErrors } from '../components/errors';
import { SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, DataList, Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import { usePartnerName } from './names';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { InformationLetters } from './information-letters';

interface RetentionException {
  readonly id: string;
  readonly step: 'archive' | 'delete';
  readonly decidedAt: string;
  readonly reassessAt: string;
  readonly effectiveReassessAt: string;
  readonly counts: boolean;
  readonly postpones: boolean;
  readonly decidedByPartner: { readonly id: string; readonly name: string };
  readonly decidedByName: string | null;
  readonly motivation: string | null;
}

interface RetentionStatus {
  readonly caseId: string;
  readonly number: string;
  readonly phase: string;
  readonly stage: 'active' | 'step1' | 'step2' | 'step3' | 'not_accepted';
  readonly policy: { readonly source: string; readonly archiveAfterMonths: number | null; readonly deleteAfterMonths: number; readonly exceptionsAllowed: boolean; readonly maxExceptionMonths: number };
  readonly deescalationDecidedAt: string | null;
  readonly archiveAt: string | null;
  readonly deleteAt: string | null;
  readonly latestReassessAt: string | null;
  readonly exceptions: readonly RetentionException[];
  readonly informingPartner: { readonly id: string; readonly name: string } | null;
  readonly subjectInformedOfDeletionAt: string | null;
  /** The manager's re-openings of the archived dossier with their reasons (seed 003 B3-F4, row 003-101). */
  readonly reopenings: readonly { readonly at: string; readonly reason: string }[];
}

interface AdminSet {
  readonly caseNumber: string;
  readonly subjects: readonly { readonly name: string; readonly birthDate: string | null; readonly address: string | null; readonly bsn: string | null }[];
  readonly registrant: { readonly name: string | null; readonly organisation: string };
  readonly caseDirector: { readonly name: string; readonly organisation: string } | null;
  readonly archivedAt: string;
}

function useDate(): (iso: string | null) => string {
  const { lang } = useI18n();
  return (iso) => (iso === null ? '—' : new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
}

export function RetentionScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.retention.title} intro={t.retention.intro}>
      {(c) => <Retention c={c} />}
    </CaseSubScreen>
  );
}

function Retention({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const loaded = useLoad(() => get<RetentionStatus>(`/api/cases/${encodeURIComponent(c.id)}/retention`), [c.id]);
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  const s = loaded.data;
  if (s === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  return (
    <>
      <StatusSection s={s} />
      {s.stage === 'step2' && c.abilities.viewAdminSet ? (
        <Paragraph>
          <Link to={`/cases/${c.id}/admin-set`}>{t.retention.adminSetLink}</Link>
        </Paragraph>
      ) : null}
      <ReopeningsSection s={s} />
      <ExceptionsSection s={s} />
      {c.abilities.recordInforming || (c.abilities.viewAdminSet && c.abilities.proposeException) ? <InformationLetters c={c} topics={['deletion']} /> : null}
      {c.abilities.proposeException && s.policy.exceptionsAllowed ? <ExceptionForm caseId={c.id} leadPartnerId={c.leadPartnerId} s={s} onRecorded={loaded.reload} /> : null}
    </>
  );
}

function StatusSection({ s }: { s: RetentionStatus }) {
  const { t } = useI18n();
  const date = useDate();
  const postponed = (step: 'archive' | 'delete') => s.exceptions.some((e) => e.step === step && e.postpones);
  const due = (at: string | null, step: 'archive' | 'delete'): string => {
    if (at === null) return step === 'archive' && s.stage === 'step2' ? t.retention.archived : t.retention.notScheduled;
    return postponed(step) ? `${date(at)} (${t.retention.postponed})` : date(at);
  };
  return (
    <Section labelledBy="retention-status-title">
      <Heading level={2} id="retention-status-title">
        {t.retention.statusTitle}
      </Heading>
      <DataList
        items={[
          [t.retention.stage, label(t.retention.stages, s.stage)],
          [t.retention.decidedAt, date(s.deescalationDecidedAt)],
          ...(s.policy.archiveAfterMonths === null ? [] : [[t.retention.archiveAt, due(s.archiveAt, 'archive')] as const]),
          [t.retention.deleteAt, due(s.deleteAt, 'delete')],
          [t.retention.informingPartner, s.informingPartner?.name ?? t.retention.informingPartnerNone],
          [t.retention.subjectInformed, s.subjectInformedOfDeletionAt === null ? t.retention.notYet : date(s.subjectInformedOfDeletionAt)],
        ]}
      />
      <Paragraph>{t.retention.policySource(s.policy.source, s.policy.archiveAfterMonths, s.policy.deleteAfterMonths)}</Paragraph>
    </Section>
  );
}

/** Each re-opening by the manager, with the reason it recorded; nothing when never re-opened. */
function ReopeningsSection({ s }: { s: RetentionStatus }) {
  const { t } = useI18n();
  const date = useDate();
  if (s.reopenings.length === 0) return null;
  return (
    <Section labelledBy="retention-reopenings-title">
      <Heading level={2} id="retention-reopenings-title">
        {t.retention.reopeningsTitle}
      </Heading>
      <Table caption={t.retention.reopeningsCaption} head={[t.retention.colReopenedAt, t.retention.colReason]} rows={s.reopenings.map((r) => [r.at, [date(r.at), r.reason]])} />
    </Section>
  );
}

function ExceptionsSection({ s }: { s: RetentionStatus }) {
  const { t } = useI18n();
  const date = useDate();
  const effect = (e: RetentionException): string => (e.postpones ? t.retention.effectPostpones : e.counts ? t.retention.effectCounts : t.retention.effectNone);
  const reassess = (e: RetentionException): string =>
    e.effectiveReassessAt === e.reassessAt ? date(e.reassessAt) : `${date(e.reassessAt)}, ${t.retention.capped(date(e.effectiveReassessAt))}`;
  return (
    <Section labelledBy="retention-exceptions-title">
      <Heading level={2} id="retention-exceptions-title">
        {t.retention.exceptionsTitle}
      </Heading>
      {s.exceptions.length === 0 ? (
        <Paragraph>{t.retention.noExceptions}</Paragraph>
      ) : (
        <Table
          caption={t.retention.exceptionsCaption}
          head={[t.retention.colStep, t.retention.colDecided, t.retention.colBy, t.retention.colReassess, t.retention.colMotivation, t.retention.colEffect]}
          rows={s.exceptions.map((e) => [
            e.id,
            [
              label(t.retention.steps, e.step),
              date(e.decidedAt),
              e.decidedByName === null ? e.decidedByPartner.name : `${e.decidedByName} (${e.decidedByPartner.name})`,
              reassess(e),
              e.motivation ?? <em key="closed">{t.retention.motivationClosed}</em>,
              effect(e),
            ],
          ])}
        />
      )}
    </Section>
  );
}

/** The domain's refusals of an exception, placed at the field they are about. */
const REFUSAL_FIELD: Readonly<Record<string, string>> = {
  P13_reassessment_beyond_limit: 'reassessAt',
  P13_reassessment_not_after_decision: 'reassessAt',
  P13_exception_without_motivation: 'motivation',
};

/** The lead partner decides; anyone else offered this form (the process director) records it on the lead partner's behalf. */
function ExceptionForm({ caseId, leadPartnerId, s, onRecorded }: { caseId: string; leadPartnerId: string; s: RetentionStatus; onRecorded: () => void }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const onBehalf = me !== null && me !== undefined && me.partnerId !== leadPartnerId;
  const partnerName = usePartnerName();
  const sub = useSubmission();
  const steps = s.stage === 'step2' ? (['delete'] as const) : (['archive', 'delete'] as const);
  const [step, setStep] = useState<string>(steps[0]);
  const [motivation, setMotivation] = useState('');
  const [reassessAt, setReassessAt] = useState('');
  const p = 'exception.';
  const labels: Record<string, string> = { step: t.retention.step, motivation: t.retention.motivation, reassessAt: t.retention.reassessAt };
  const refusalField = sub.error instanceof ApiError && sub.error.detail.reason !== undefined ? REFUSAL_FIELD[sub.error.detail.reason] : undefined;
  const fields: FieldErrors =
    refusalField === undefined || !(sub.error instanceof ApiError) ? sub.fields : { ...sub.fields, [refusalField]: withoutRuleCodes(sub.error.detail.messages[lang] || sub.error.detail.message) };
  const date = useDate();
  const latest = s.latestReassessAt === null ? null : s.latestReassessAt.slice(0, 10);
  return (
    <Section labelledBy="retention-form-title">
      <Heading level={2} id="retention-form-title">
        {t.retention.formTitle}
      </Heading>
      <Paragraph>{onBehalf ? t.retention.formIntroOnBehalf(partnerName(leadPartnerId), s.policy.maxExceptionMonths) : t.retention.formIntro(s.policy.maxExceptionMonths)}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void sub.send('POST', `/api/cases/${caseId}/deescalation/exceptions`, { step, motivation, reassessAt, ...(onBehalf ? { onBehalfOfPartnerId: leadPartnerId } : {}) }, () => t.retention.recorded).then((r) => {
            if (r === null) return;
            setMotivation('');
            setReassessAt('');
            onRecorded();
          });
        }}
      >
        {sub.error !== null ? (
          <ErrorSummary error={sub.error} fields={Object.entries(fields).map(([field, message]) => ({ field, message }))} labelOf={(f) => labels[f] ?? f} idPrefix={p} />
        ) : sub.done !== null ? (
          <Alert type="ok">{sub.done}</Alert>
        ) : null}
        <SelectField field={`${p}step`} label={t.retention.step} value={step} onChange={setStep} options={steps.map((v) => ({ value: v, label: label(t.retention.steps, v) }))} error={fields.step} />
        <TextArea field={`${p}motivation`} label={t.retention.motivation} value={motivation} onChange={setMotivation} error={fields.motivation} rows={4} required />
        <TextField field={`${p}reassessAt`} label={t.retention.reassessAt} description={t.retention.reassessHint(latest === null ? null : date(`${latest}T12:00:00Z`), latest)} value={reassessAt} onChange={setReassessAt} error={fields.reassessAt} required />
        <Button type="submit" busy={sub.busy} disabled={sub.busy}>
          {t.retention.submit}
        </Button>
      </form>
    </Section>
  );
}

export function AdminSetScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.retention.adminSetTitle} intro={t.retention.adminSetIntro}>
      {(c) => (c.abilities.viewAdminSet ? <AdminSetView caseId={c.id} /> : <Alert type="info">{t.caseView.notVisible}</Alert>)}
    </CaseSubScreen>
  );
}

function AdminSetView({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const date = useDate();
  const loaded = useLoad(() => get<AdminSet>(`/api/cases/${encodeURIComponent(caseId)}/admin-set`), [caseId]);
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  const set = loaded.data;
  if (set === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  return (
    <>
      <DataList
        items={[
          [t.retention.caseNumber, set.caseNumber],
          [t.retention.archivedAt, date(set.archivedAt)],
        ]}
      />
      {set.subjects.map((subject, i) => (
        <Section labelledBy={`admin-set-subject-${i}`} key={i}>
          <Heading level={2} id={`admin-set-subject-${i}`}>
            {set.subjects.length === 1 ? t.retention.subjectsTitle : `${t.retention.subjectsTitle} ${i + 1}`}
          </Heading>
          <DataList
            items={[
              [t.retention.name, subject.name],
              [t.retention.birthDate, subject.birthDate ?? '—'],
              [t.retention.address, subject.address ?? '—'],
              [t.retention.bsn, subject.bsn ?? '—'],
            ]}
          />
        </Section>
      ))}
      <Section labelledBy="admin-set-registrant">
        <Heading level={2} id="admin-set-registrant">
          {t.retention.registrantTitle}
        </Heading>
        <DataList
          items={[
            [t.retention.name, set.registrant.name ?? t.retention.unknown],
            [t.retention.organisation, set.registrant.organisation],
          ]}
        />
      </Section>
      <Section labelledBy="admin-set-director">
        <Heading level={2} id="admin-set-director">
          {t.retention.caseDirectorTitle}
        </Heading>
        {set.caseDirector === null ? (
          <Paragraph>{t.retention.noCaseDirector}</Paragraph>
        ) : (
          <DataList
            items={[
              [t.retention.name, set.caseDirector.name],
              [t.retention.organisation, set.caseDirector.organisation],
            ]}
          />
        )}
      </Section>
    </>
  );
}
