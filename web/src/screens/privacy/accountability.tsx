/**
 * The accountability report per year (P19; seed 001 art. 4.4) for the privacy officer, the manager
 * and the statistician: charts and tables of the published counts (small counts left out, as the
 * API publishes them), with downloads as CSV and as the printable report (PDF).
 */
import { useState } from 'react';
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { SelectField } from '../../components/form';
import { Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
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

const RIGHTS_COLUMNS = ['received', 'answeredInTime', 'answeredLate', 'refused'] as const;

export function AccountabilityScreen() {
  const { t, lang } = useI18n();
  const b = t.privacy.accountability;
  const partnerName = usePartnerName();
  const tableName = useTableName();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const report = useLoad(() => get<Report>(`/api/reports/accountability?year=${year}`), [year]);
  const r = report.data;
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
      {report.error === null ? null : <ErrorNotice error={report.error} />}
      {r === undefined ? null : (
        <>
          <Paragraph>
            <DocumentLink href={`/api/reports/accountability.csv?year=${r.year}`}>{b.csv}</DocumentLink>
            {' · '}
            <DocumentLink href={DOCUMENT_URLS.accountabilityReport(r.year)}>{b.pdf}</DocumentLink> {b.downloadHint}
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
