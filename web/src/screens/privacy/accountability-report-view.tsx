/**
 * One year's accountability report (P19): charts and tables of its counts, small counts shown as
 * left out, with its downloads as CSV and as the printable report (PDF). Used for the counts of
 * today and for a published year alike; the screen passes the downloads that match what it shows.
 */
import { Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { DocumentLink } from '../document-link';
import { BarChart } from '../figures';
import { usePartnerName, useTableName } from '../names';

export type Count = number | null;
interface RightsRow {
  readonly received: Count;
  readonly answeredInTime: Count;
  readonly answeredLate: Count;
  readonly refused: Count;
}
export interface Report {
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

export interface Publication {
  readonly year: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
}

/** The downloads of a published year: its counts as published, not as counted today (ADR 0166). */
export const PUBLISHED_DOWNLOADS = {
  csv: (year: number) => `/api/reports/accountability/published.csv?year=${year}`,
  pdf: (year: number) => `/api/documents/published-accountability-report?year=${year}`,
} as const;

const RIGHTS_COLUMNS = ['received', 'answeredInTime', 'answeredLate', 'refused'] as const;

export function AccountabilityReportView({ report: r, csvHref, pdfHref }: { report: Report; csvHref: string; pdfHref: string }) {
  const { t, lang } = useI18n();
  const b = t.privacy.accountability;
  const partnerName = usePartnerName();
  const tableName = useTableName();
  const shown = (n: Count): string => (n === null ? t.figures.suppressed : String(n));
  return (
    <>
      <Paragraph>
        <DocumentLink href={csvHref}>{b.csv}</DocumentLink>
        {' · '}
        <DocumentLink href={pdfHref}>{b.pdf}</DocumentLink> {b.downloadHint}
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
  );
}
