/**
 * The published accountability reports for the people who speak for a partner on privacy matters
 * (ADR 0166; seed 001 art. 4.4: the Jaarplan is the Stuurgroep's, where each partner sits through
 * its delegate). They have no live report: this screen lists the years the manager published and
 * shows one as published, with its downloads as CSV and as the printable report (PDF). The API
 * decides who may read it; the menu offers the screen only to them.
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { SelectField } from '../../components/form';
import { Alert, Heading, Paragraph } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { AccountabilityReportView, PUBLISHED_DOWNLOADS } from './accountability-report-view';
import type { Publication, Report } from './accountability-report-view';

export function PublishedReportsScreen() {
  const { t, lang } = useI18n();
  const b = t.privacy.accountability;
  const publications = useLoad(() => get<Publication[]>('/api/reports/accountability/published'), []);
  const [chosen, setChosen] = useState<string | null>(null);
  // The newest published year unless the reader chose another.
  const year = chosen ?? (publications.data?.[0] === undefined ? null : String(publications.data[0].year));
  const publication = publications.data?.find((p) => String(p.year) === year);
  const report = useLoad(() => (year === null ? Promise.resolve(undefined) : get<{ report: Report }>(`/api/reports/accountability/published/${year}`).then((x) => x.report)), [year]);
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.publishedTitle}
      </Heading>
      <Paragraph lead>{b.publishedIntro}</Paragraph>
      {publications.error === null ? null : <ErrorNotice error={publications.error} />}
      {report.error === null ? null : <ErrorNotice error={report.error} />}
      {publications.data === undefined ? null : publications.data.length === 0 ? (
        <Paragraph>{b.noneYet}</Paragraph>
      ) : (
        <form className="utrecht-form ct-form" noValidate onSubmit={(e) => e.preventDefault()}>
          <SelectField field="year" label={b.year} value={year ?? ''} onChange={setChosen} options={publications.data.map((p) => ({ value: String(p.year), label: String(p.year) }))} />
        </form>
      )}
      {publication === undefined || year === null ? null : <Alert type="info">{b.publishedNotice(year, date(publication.publishedAt), publication.publishedBy)}</Alert>}
      {report.data === undefined ? null : <AccountabilityReportView report={report.data} csvHref={PUBLISHED_DOWNLOADS.csv(report.data.year)} pdfHref={PUBLISHED_DOWNLOADS.pdf(report.data.year)} />}
    </>
  );
}
