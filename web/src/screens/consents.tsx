/**
 * Consent (P6): the consents and refusals of a case, recording one (the partners it covers named
 * one by one, the scope, the date; the API records who obtained it) and revoking one after a
 * confirmation. A revocation works at once: the API refuses every read that rests on it.
 */
import { useRef, useState } from 'react';
import { get, post } from '../api/client';
import { useDirectory } from '../api/directory';
import type { CaseView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { Checkbox, CheckboxGroup, SelectField, TextArea, TextField } from '../components/form';
import { Alert, Button, ButtonGroup, Heading, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { CaseSubScreen, dateTime, today, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { useDirectoryPartnerName } from './party-names';
import { DOCUMENT_URLS, DocumentLink } from './document-link';

interface ConsentView {
  readonly id: string;
  readonly subjectId: string;
  readonly partners: readonly string[];
  readonly scope: string;
  readonly givenAt: string;
  readonly obtainedBy: string;
  readonly refused: boolean;
  readonly revokedAt: string | null;
}

export function ConsentsScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.consents.title} intro={t.consents.intro}>
      {(c) => <Consents c={c} />}
    </CaseSubScreen>
  );
}

function Consents({ c }: { c: CaseView }) {
  const consents = useLoad(() => get<ConsentView[]>(`/api/cases/${c.id}/consents`), [c.id]);
  return (
    <>
      <ConsentList c={c} consents={consents.data} error={consents.error} reload={consents.reload} />
      {c.abilities.registerConsent ? <RecordConsent c={c} onRecorded={consents.reload} /> : null}
    </>
  );
}

function useDate(): (iso: string) => string {
  const { lang } = useI18n();
  return (iso) => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

function ConsentList({ c, consents, error, reload }: { c: CaseView; consents: readonly ConsentView[] | undefined; error: unknown; reload: () => void }) {
  const { t } = useI18n();
  const p = t.parties.consents;
  const date = useDate();
  const directory = useDirectory();
  const partnerName = useDirectoryPartnerName(directory.data);
  const [asked, setAsked] = useState<ConsentView | null>(null);
  const [busy, setBusy] = useState(false);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const subjectName = (id: string): string => c.subjects.find((s) => s.id === id)?.name ?? id;
  const personName = (id: string): string => directory.data?.people.find((u) => u.id === id)?.displayName ?? id;

  const ask = (k: ConsentView): void => {
    setAsked(k);
    setDone(null);
    setRevokeError(null);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const revoke = async (k: ConsentView): Promise<void> => {
    setBusy(true);
    try {
      await post(`/api/cases/${c.id}/consents/${k.id}/revoke`);
      setDone(t.consents.revokedDone);
      setRevokeError(null);
      setAsked(null);
      reload();
    } catch (e) {
      setRevokeError(e);
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  const status = (k: ConsentView) =>
    k.refused ? (
      <StatusBadge status="warning">{t.consents.refusedStatus}</StatusBadge>
    ) : k.revokedAt !== null ? (
      <StatusBadge status="inactive">{p.revokedOn(date(k.revokedAt))}</StatusBadge>
    ) : (
      <StatusBadge status="success">{t.consents.given}</StatusBadge>
    );

  return (
    <Section labelledBy="consents-list-title">
      <Heading level={2} id="consents-list-title">
        {t.consents.list}
      </Heading>
      <div ref={resultRef} tabIndex={-1} className="ct-focus-target">
        {done === null ? null : <Alert type="ok">{done}</Alert>}
        {revokeError === null ? null : <ErrorNotice error={revokeError} />}
      </div>
      {error === null ? null : <ErrorNotice error={error} />}
      {consents === undefined ? (
        error === null ? <Paragraph>{t.app.loading}</Paragraph> : null
      ) : consents.length === 0 ? (
        <Paragraph>{t.consents.empty}</Paragraph>
      ) : (
        <Table
          caption={p.caption}
          head={[t.consents.subject, t.consents.partners, t.consents.scope, t.consents.givenAt, p.obtainedBy, t.consents.status, p.id, p.actions]}
          rows={consents.map((k) => [
            k.id,
            [
              subjectName(k.subjectId),
              k.partners.map(partnerName).join(', '),
              k.scope,
              date(k.givenAt),
              personName(k.obtainedBy),
              status(k),
              <span key="id">
                <code>{k.id}</code>
                {c.abilities.registerConsent ? (
                  <>
                    <br />
                    <DocumentLink href={DOCUMENT_URLS.consentForm(c.id, k.id)} label={t.documents.consentFormOf(subjectName(k.subjectId), date(k.givenAt))}>
                      {t.documents.pdf(t.documents.consentForm)}
                    </DocumentLink>
                  </>
                ) : null}
              </span>,
              c.abilities.registerConsent && !k.refused && k.revokedAt === null ? (
                <Button key="revoke" appearance="secondary" aria-label={p.revokeLabel(subjectName(k.subjectId), date(k.givenAt))} onClick={() => ask(k)}>
                  {t.consents.revoke}
                </Button>
              ) : (
                p.none
              ),
            ],
          ])}
        />
      )}
      {asked === null ? null : (
        <div className="ct-confirm" role="group" aria-labelledby="revoke-confirm-title" ref={confirmRef} tabIndex={-1}>
          <Heading level={3} id="revoke-confirm-title">
            {p.confirmTitle}
          </Heading>
          <Paragraph>{p.confirmText(subjectName(asked.subjectId), date(asked.givenAt))}</Paragraph>
          <ButtonGroup>
            <Button busy={busy} disabled={busy} onClick={() => void revoke(asked)}>
              {p.confirm}
            </Button>
            <Button appearance="secondary" disabled={busy} onClick={() => setAsked(null)}>
              {p.cancel}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </Section>
  );
}

function RecordConsent({ c, onRecorded }: { c: CaseView; onRecorded: () => void }) {
  const { t } = useI18n();
  const p = t.parties.consents;
  const s = useSubmission();
  const directory = useDirectory();
  const [subjectId, setSubjectId] = useState(c.subjects[0]?.id ?? '');
  const [partners, setPartners] = useState<string[]>([]);
  const [scope, setScope] = useState('');
  const [date, setDate] = useState(today());
  const [refused, setRefused] = useState(false);
  const pre = 'consent.';
  const labels: Record<string, string> = { subjectId: t.consents.subject, partners: t.consents.partners, scope: t.consents.scope, givenAt: t.consents.givenAt, refused: t.consents.refused };
  const partnersError = s.fields.partners ?? Object.entries(s.fields).find(([f]) => f.startsWith('partners.'))?.[1];
  return (
    <Section labelledBy="consent-record-title">
      <Heading level={2} id="consent-record-title">
        {p.recordTitle}
      </Heading>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s
            .send('POST', `/api/cases/${c.id}/consents`, { subjectId, partners, scope, givenAt: dateTime(date), refused }, () => t.consents.saved)
            .then((r) => {
              if (r !== null) onRecorded();
            });
        }}
      >
        <FormResult submission={s} labelOf={(f) => labels[f.split('.')[0] ?? f] ?? f} idPrefix={pre} />
        <SelectField field={`${pre}subjectId`} label={t.consents.subject} value={subjectId} onChange={setSubjectId} options={c.subjects.map((x) => ({ value: x.id, label: x.name }))} error={s.fields.subjectId} />
        <CheckboxGroup
          field={`${pre}partners`}
          legend={t.consents.partners}
          description={p.partnersHint}
          options={(directory.data?.partners ?? []).map((x) => ({ value: x.id, label: x.name }))}
          selected={partners}
          onChange={setPartners}
          error={partnersError}
        />
        <TextArea field={`${pre}scope`} label={t.consents.scope} description={p.scopeHint} value={scope} onChange={setScope} error={s.fields.scope} rows={3} required />
        <TextField field={`${pre}givenAt`} label={t.consents.givenAt} description={p.dateHint} value={date} onChange={setDate} error={s.fields.givenAt} required />
        <Checkbox field={`${pre}refused`} label={t.consents.refused} checked={refused} onChange={setRefused} error={s.fields.refused} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.consents.submit}
        </Button>
      </form>
    </Section>
  );
}
