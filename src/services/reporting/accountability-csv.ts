/**
 * The accountability report (P19) as CSV: one row per published count (section, item, count), in
 * Dutch, with the same small-count suppression as the screen and the printable report (a
 * suppressed count is left empty and marked). Only counts and partner or table names: no personal
 * data. Building it reads the report through `accountabilityReport`, which checks the role and
 * audits the request; the download itself is registered like every export.
 */
import type { PublishedAccountabilityReport, PublishedCount } from '../../domain/reporting/published-accountability-report.js';
import { BASIS_NL, labelOf, PHASE_NL, RIGHTS_KIND_NL } from '../../documents/labels.js';
import { systemContext } from '../../store/acting-context.js';
import { toCsv } from '../exports/csv.js';
import type { CsvCell } from '../exports/csv.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { accountabilityReport } from './accountability-report.js';
import { readPublishedReport } from './published-reports.js';

const HEAD = ['Onderdeel', 'Onderwerp', 'Aantal', 'Weggelaten (1 tot en met 4)'];

/** The rows of the CSV, pure: the report and the names of partners and tables. */
export function accountabilityCsvRows(r: PublishedAccountabilityReport, partnerName: (id: string) => string, tableName: (id: string | null) => string): CsvCell[][] {
  const row = (section: string, item: string, n: PublishedCount): CsvCell[] => [section, item, n, n === null ? 'ja' : 'nee'];
  const rights = (item: string, x: PublishedAccountabilityReport['rightsRequests']['total']): CsvCell[][] => [
    row('Rechtenverzoeken', `${item}: ontvangen`, x.received),
    row('Rechtenverzoeken', `${item}: op tijd beantwoord`, x.answeredInTime),
    row('Rechtenverzoeken', `${item}: te laat beantwoord`, x.answeredLate),
    row('Rechtenverzoeken', `${item}: geweigerd`, x.refused),
  ];
  return [
    row('Casussen', 'Totaal', r.cases.total),
    ...Object.entries(r.cases.byPhase).map(([phase, n]) => row('Casussen per fase', labelOf(PHASE_NL, phase), n)),
    ...r.cases.byTable.map((t) => row('Casussen per overlegtafel', tableName(t.tableId), t.count)),
    row('Verstrekkingen', 'Totaal', r.provisions.total),
    row('Verstrekkingen', 'Waarvan politiegegevens', r.provisions.police),
    ...r.provisions.byPartner.flatMap((p) => [row('Verstrekkingen per partner', partnerName(p.partnerId), p.count), row('Verstrekkingen per partner (politiegegevens)', partnerName(p.partnerId), p.police)]),
    ...Object.entries(r.bases).map(([kind, n]) => row('Grondslagen', labelOf(BASIS_NL, kind), n)),
    row('Toestemming', 'Met toestemming', r.consent.withConsent),
    row('Toestemming', 'Zonder toestemming', r.consent.withoutConsent),
    row('Toestemming', 'Geweigerd', r.consent.refused),
    row('Toestemming', 'Ingetrokken', r.consent.revoked),
    ...rights('Alle soorten', r.rightsRequests.total),
    ...Object.entries(r.rightsRequests.byKind).flatMap(([kind, x]) => rights(labelOf(RIGHTS_KIND_NL, kind), x)),
    row('Beveiligingsincidenten', 'Gemeld', r.incidents.registered),
    row('Beveiligingsincidenten', 'Partners te laat geïnformeerd', r.incidents.partnerNoticeLate),
    row('Beveiligingsincidenten', 'Gemeld aan de AP', r.incidents.dpaNotified),
    row('Beveiligingsincidenten', 'Melding aan de AP niet nodig (gemotiveerd)', r.incidents.dpaNotRequired),
    row('Beveiligingsincidenten', 'Melding aan de AP te laat', r.incidents.dpaLate),
  ];
}

export async function accountabilityReportCsv(deps: ServiceDeps, actor: SessionActor, year: number): Promise<{ fileName: string; csv: string }> {
  return reportCsv(deps, actor, await accountabilityReport(deps, actor, year), `verantwoording-${year}.csv`);
}

/** The published report of `year` as CSV: the counts as published (ADR 0166); read and audited by `readPublishedReport`. */
export async function publishedReportCsv(deps: ServiceDeps, actor: SessionActor, year: number): Promise<{ fileName: string; csv: string }> {
  return reportCsv(deps, actor, (await readPublishedReport(deps, actor, year)).report, `verantwoording-${year}-gepubliceerd.csv`);
}

async function reportCsv(deps: ServiceDeps, actor: SessionActor, report: PublishedAccountabilityReport, fileName: string): Promise<{ fileName: string; csv: string }> {
  return deps.database.withTransaction(systemContext(actor.collaborationId), async (trx) => {
    const partners = new Map((await trx.selectFrom('partners').select(['id', 'name']).where('collaboration_id', '=', actor.collaborationId).execute()).map((p) => [p.id, p.name]));
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const tables = new Map(config.tables.map((t) => [t.id, t.name]));
    await trx
      .insertInto('document_downloads')
      .values({ collaboration_id: actor.collaborationId, user_id: actor.userId, partner_id: actor.partnerId, kind: 'accountability_report_csv', purpose: 'verantwoording (P19)', basis: 'art. 5 lid 2 AVG', downloaded_at: deps.now() })
      .execute();
    const csv = toCsv(
      HEAD,
      accountabilityCsvRows(
        report,
        (id) => partners.get(id) ?? id,
        (id) => (id === null ? 'Geen tafel' : (tables.get(id) ?? id)),
      ),
    );
    return { fileName, csv };
  });
}
