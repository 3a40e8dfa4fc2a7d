/**
 * The accountability report per year (P19; seed 001 art. 4.4) for the privacy officer, the manager
 * and the statistician: charts and tables of the published counts (small counts left out, as the
 * API publishes them), with downloads as CSV and as the printable report (PDF). Once a year has
 * ended the manager publishes its report (ADR 0145), after a confirmation that says it is fixed
 * from then on; a published year shows the counts as published, not as counted today.
 */
import { useEffect, useRef, useState } from 'react';
import { get } from '../../api/client';
import { ConfirmStep } from '../../components/confirm';
import { ErrorNotice } from '../../components/errors';
import { SelectField } from '../../components/form';
import { Alert, Button, Heading, Paragraph, Section } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { DOCUMENT_URLS } from '../document-link';
import { AccountabilityReportView, PUBLISHED_DOWNLOADS } from './accountability-report-view';
import type { Publication, Report } from './accountability-report-view';

export function AccountabilityScreen() {
  const { t, lang } = useI18n();
  const b = t.privacy.accountability;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const [justPublished, setJustPublished] = useState(false);
  const publications = useLoad(() => get<Publication[]>('/api/reports/accountability/published'), []);
  const publication = publications.data?.find((p) => String(p.year) === year);
  // A published year shows its counts as published (they never change); any other year the counts of today.
  const report = useLoad(
    () => (publications.data === undefined ? Promise.resolve(undefined) : publication === undefined ? get<Report>(`/api/reports/accountability?year=${year}`) : get<{ report: Report }>(`/api/reports/accountability/published/${year}`).then((x) => x.report)),
    [year, publications.data, publication?.year],
  );
  const r = report.data;
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  // After publishing, focus moves to the notice that says the year is now published.
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justPublished && publication !== undefined) notice.current?.focus();
  }, [justPublished, publication]);
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{b.intro}</Paragraph>
      <form className="utrecht-form ct-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <SelectField field="year" label={b.year} value={year} onChange={setYear} options={[0, 1, 2, 3].map((i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))} />
      </form>
      {publications.error === null ? null : <ErrorNotice error={publications.error} />}
      {report.error === null ? null : <ErrorNotice error={report.error} />}
      {publications.data === undefined ? null : publication !== undefined ? (
        <div ref={notice} tabIndex={-1}>
          <Alert type="info">{b.publishedNotice(year, date(publication.publishedAt), publication.publishedBy)}</Alert>
        </div>
      ) : Number(year) < thisYear ? (
        <PublishForm year={year} onDone={() => {
            setJustPublished(true);
            publications.reload();
          }} />
      ) : (
        <Paragraph>{b.runningYear}</Paragraph>
      )}
      {r === undefined ? null : (
        <AccountabilityReportView
          report={r}
          csvHref={publication === undefined ? `/api/reports/accountability.csv?year=${r.year}` : PUBLISHED_DOWNLOADS.csv(r.year)}
          pdfHref={publication === undefined ? DOCUMENT_URLS.accountabilityReport(r.year) : PUBLISHED_DOWNLOADS.pdf(r.year)}
        />
      )}
    </>
  );
}

/** The manager publishes an ended year's report: a confirmation first, as the report is fixed from then on. */
function PublishForm({ year, onDone }: { year: string; onDone: () => void }) {
  const { t } = useI18n();
  const b = t.privacy.accountability;
  const { me } = useSession();
  const s = useSubmission();
  const [confirming, setConfirming] = useState(false);
  if (me?.role !== 'manager') return <Paragraph>{b.notPublished(year)}</Paragraph>;
  return (
    <Section labelledBy="acc-publish">
      <Heading level={2} id="acc-publish">
        {b.publishTitle}
      </Heading>
      <Paragraph>{b.notPublished(year)}</Paragraph>
      <FormResult submission={s} labelOf={(f) => (f === 'year' ? b.year : f)} />
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirming) {
            s.reset();
            setConfirming(true);
            return;
          }
          void s.send('POST', '/api/reports/accountability/published', { year: Number(year) }, () => b.published(year)).then((r) => {
            setConfirming(false);
            if (r !== null) onDone();
          });
        }}
      >
        {confirming ? (
          <ConfirmStep action={b.publish(year)} consequence={b.publishConsequence(year)} busy={s.busy} onCancel={() => setConfirming(false)} />
        ) : (
          <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
            {b.publish(year)}
          </Button>
        )}
      </form>
    </Section>
  );
}
