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
import { Alert, Button, Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { useLoad } from '../../use-load';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import { DocumentLink, DOCUMENT_URLS } from '../document-link';
import { BarChart } from '../figures';
import { usePartnerName, useTableName } from '../names';

type Count = number | null;
interface RightsRow {
  readonly received: Count;
  readonly answeredInTime: Count;
  readonly answeredLate: Count;
  readonly refused: Count;
}
interface Report {
  readonly year: number;
  readonly suppression: { readonly note: { readonly nl: string; readonly en: string } };
  readonly sources: { readonly note: { readonly nl: string; readonly en: string } };
  readonly cases: { readonly total: Count; readonly byPhase: Readonly<Record<string, Count>>; readonly byTable: readonly { readonly tableId: string | null; readonly count: Count }[] };
  readonly provisions: { readonly total: Count; readonly police: Count; readonly byPartner: readonly { readonly partnerId: string; readonly count: Count; readonly police: Count }[] };
  readonly bases: Readonly<Record<string, Count>>;
  readonly consent: Readonly<Record<string, Count>>;
  readonly rightsRequests: { readonly total: RightsRow; readonly byKind: Readonly<Record<string, RightsRow>> };
  readonly incidents: Readonly<Record<string, Count>>;
}

interface Publication {
  readonly year: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
}

const RIGHTS_COLUMNS = ['received', 'answeredInTime', 'answeredLate', 'refused'] as const;

export function AccountabilityScreen() {
  const { t, lang } = useI18n();
  const b = t.privacy.accountability;
  const partnerName = usePartnerName();
  const tableName = useTableName();
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
  const shown = (n: Count): string => (n === null ? t.figures.suppressed : String(n));
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
        <>
          <Paragraph>
            <DocumentLink href={`/api/reports/accountability.csv?year=${r.year}`}>{b.csv}</DocumentLink>
            {' · '}
            <DocumentLink href={DOCUMENT_URLS.accountabilityReport(r.year)}>{b.pdf}</DocumentLink> {b.downloadHint}
            {publication === undefined ? null : ` ${b.downloadsCountToday}`}
          </Paragraph>
          <Paragraph>{r.suppression.note[lang]}</Paragraph>
          <Paragraph>{r.sources.note[lang]}</Paragraph>
          <Section labelledBy="acc-cases">
            <Heading level={2} id="acc-cases">
              {b.cases}
            </Heading>
            <Paragraph>
              {b.casesTotal}: <strong>{shown(r.cases.total)}</strong>
            </Paragraph>
            <BarChart title={b.cases} rows={Object.entries(r.cases.byPhase).map(([k, n]) => ({ key: k, name: label(t.phases, k), value: n }))} />
            <Table
              caption={b.cases}
              head={[b.item, b.count]}
              rows={[...Object.entries(r.cases.byPhase).map(([k, n]) => [k, [label(t.phases, k), shown(n)]] as const), ...r.cases.byTable.map((x) => [`table-${x.tableId ?? ''}`, [x.tableId === null ? '—' : tableName(x.tableId), shown(x.count)]] as const)]}
            />
          </Section>
          <Section labelledBy="acc-provisions">
            <Heading level={2} id="acc-provisions">
              {b.provisions}
            </Heading>
            <Paragraph>{b.provisionsTotal(shown(r.provisions.total), shown(r.provisions.police))}</Paragraph>
            {r.provisions.byPartner.length === 0 ? null : (
              <>
                <BarChart title={b.provisions} rows={r.provisions.byPartner.map((p) => ({ key: p.partnerId, name: partnerName(p.partnerId), value: p.count }))} />
                <Table caption={b.provisions} head={[t.privacy.rights.partner, b.count, b.police]} rows={r.provisions.byPartner.map((p) => [p.partnerId, [partnerName(p.partnerId), shown(p.count), shown(p.police)]])} />
              </>
            )}
          </Section>
          <Section labelledBy="acc-bases">
            <Heading level={2} id="acc-bases">
              {b.bases}
            </Heading>
            <Table caption={b.bases} head={[b.item, b.count]} rows={Object.entries(r.bases).map(([k, n]) => [k, [label(t.basisKinds, k), shown(n)]])} />
          </Section>
          <Section labelledBy="acc-consent">
            <Heading level={2} id="acc-consent">
              {b.consent}
            </Heading>
            <Table caption={b.consent} head={[b.item, b.count]} rows={Object.entries(r.consent).map(([k, n]) => [k, [label(b.consentRows, k), shown(n)]])} />
          </Section>
          <Section labelledBy="acc-rights">
            <Heading level={2} id="acc-rights">
              {b.rights}
            </Heading>
            <Table
              caption={b.rights}
              head={[b.item, ...RIGHTS_COLUMNS.map((c) => label(b.rightsHead, c))]}
              rows={[
                ['all', [b.all, ...RIGHTS_COLUMNS.map((c) => shown(r.rightsRequests.total[c]))]] as const,
                ...Object.entries(r.rightsRequests.byKind).map(([k, x]) => [k, [label(t.privacy.rights.kinds, k), ...RIGHTS_COLUMNS.map((c) => shown(x[c]))]] as const),
              ]}
            />
          </Section>
          <Section labelledBy="acc-incidents">
            <Heading level={2} id="acc-incidents">
              {b.incidents}
            </Heading>
            <Table caption={b.incidents} head={[b.item, b.count]} rows={Object.entries(r.incidents).map(([k, n]) => [k, [label(b.incidentRows, k), shown(n)]])} />
          </Section>
        </>
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
