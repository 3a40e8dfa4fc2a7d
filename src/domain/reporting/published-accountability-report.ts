/**
 * The accountability report as it may leave the system (P19): every count goes through the same
 * small-count rule as the management figures (`publishableCount`: 1 to 4 become null), so the
 * report cannot show what the figures hide for the same roles. The note and the flag say so, in
 * the same words as the figures.
 */
import type { LegalBasisKind, PartnerId, Phase, RightsRequestKind, TableId } from '../model.js';
import type { AccountabilityReport } from './accountability-report.js';
import { protectCaseCounts, protectLines, publishableCount, SMALL_COUNT_THRESHOLD } from './small-counts.js';
import type { CountLine, FigureCell } from './small-counts.js';
import type { ProtectedCaseView } from './reported-case-counts.js';

/** A count as published: the number, or null where it is suppressed. */
export type PublishedCount = number | null;

interface PublishedRightsRow {
  readonly received: PublishedCount;
  readonly answeredInTime: PublishedCount;
  readonly answeredLate: PublishedCount;
  readonly refused: PublishedCount;
}

export interface SuppressionNote {
  readonly threshold: number;
  readonly note: { readonly nl: string; readonly en: string };
}

export interface PublishedAccountabilityReport {
  readonly collaborationId: string;
  readonly year: number;
  readonly suppression: SuppressionNote;
  readonly anySuppressed: boolean;
  /** Where the counts come from, and what can no longer be counted (ADR 0133). */
  readonly sources: { readonly note: { readonly nl: string; readonly en: string } };
  readonly cases: {
    readonly total: PublishedCount;
    readonly byPhase: Readonly<Record<Phase, PublishedCount>>;
    readonly byTable: readonly { readonly tableId: TableId | null; readonly count: PublishedCount }[];
    readonly byPhaseAndTable: readonly { readonly phase: Phase; readonly tableId: TableId | null; readonly count: PublishedCount }[];
  };
  readonly provisions: {
    readonly total: PublishedCount;
    readonly police: PublishedCount;
    readonly byPartner: readonly { readonly partnerId: PartnerId; readonly count: PublishedCount; readonly police: PublishedCount }[];
  };
  readonly bases: Readonly<Record<LegalBasisKind, PublishedCount>>;
  readonly consent: { readonly withConsent: PublishedCount; readonly withoutConsent: PublishedCount; readonly refused: PublishedCount; readonly revoked: PublishedCount };
  readonly rightsRequests: { readonly total: PublishedRightsRow; readonly byKind: Readonly<Record<RightsRequestKind, PublishedRightsRow>> };
  readonly incidents: {
    readonly registered: PublishedCount;
    readonly partnerNoticeLate: PublishedCount;
    readonly dpaNotified: PublishedCount;
    readonly dpaNotRequired: PublishedCount;
    readonly dpaLate: PublishedCount;
  };
}

/** The note the figures and the report carry about suppressed counts. */
export function suppressionNote(): SuppressionNote {
  return {
    threshold: SMALL_COUNT_THRESHOLD,
    note: {
      nl: `Aantallen van 1 tot en met ${SMALL_COUNT_THRESHOLD - 1} zijn weggelaten (null), omdat ze naar personen kunnen wijzen.`,
      en: `Counts from 1 to ${SMALL_COUNT_THRESHOLD - 1} are suppressed (null), because they could point at persons.`,
    },
  };
}

/**
 * The note on where the counts come from: provisions, bases and consents from events kept when a
 * case is deleted (ADR 0133), which began with the copy of what was still there at the time.
 */
export function sourcesNote(): { readonly note: { readonly nl: string; readonly en: string } } {
  return {
    note: {
      nl: 'Verstrekkingen, grondslagen en toestemmingen zijn geteld uit gebeurtenissen die bewaard blijven wanneer een casus wordt verwijderd; casussen tellen mee zolang hun administratieve gegevens bestaan. Bij de invoering van deze telling zijn de toen aanwezige gegevens overgenomen: van casussen die daarvóór al verwijderd waren, zijn verstrekkingen en toestemmingen niet meer te tellen.',
      en: 'Provisions, legal bases and consents are counted from events that are kept when a case is deleted; cases count as long as their administrative record exists. When this counting was introduced, the data present at that time was copied in: provisions and consents of cases deleted before then can no longer be counted.',
    },
  };
}

const RIGHTS_FIELDS = ['received', 'answeredInTime', 'answeredLate', 'refused'] as const;
type RightsRow = Readonly<Record<(typeof RIGHTS_FIELDS)[number], number>>;

/**
 * The counts outside the case counts that add up to a shown total (finding L3): the provisions
 * per partner, per legal basis and with or without consent each add up to all provisions (and
 * the consent basis is the same figure as "with consent"); the police provisions per partner add
 * up to the police total; each column of the rights requests per kind adds up to its total. They
 * are protected together (`protectLines`).
 */
function protectSharedTotals(report: AccountabilityReport) {
  const counts: number[] = [];
  const add = (n: number): number => counts.push(n) - 1;
  const partners = report.provisions.byPartner;
  const basisKinds = Object.keys(report.bases) as LegalBasisKind[];
  const kinds = Object.keys(report.rightsRequests.byKind) as RightsRequestKind[];
  const provisionTotal = add(report.provisions.total);
  const policeTotal = add(report.provisions.police);
  const partnerAt = partners.map((row) => add(row.count));
  const partnerPoliceAt = partners.map((row) => add(row.police));
  const basisAt = basisKinds.map((b) => add(report.bases[b]));
  const withConsent = add(report.consent.withConsent);
  const withoutConsent = add(report.consent.withoutConsent);
  const rightsTotalAt = RIGHTS_FIELDS.map((f) => add(report.rightsRequests.total[f]));
  const rightsAtKind = kinds.map((kind) => RIGHTS_FIELDS.map((f) => add(report.rightsRequests.byKind[kind][f])));
  const consentBasis = basisAt[basisKinds.indexOf('consent')];
  const lines: CountLine[] = [
    { total: provisionTotal, members: partnerAt },
    { total: policeTotal, members: partnerPoliceAt },
    { total: provisionTotal, members: basisAt },
    { total: provisionTotal, members: [withConsent, withoutConsent] },
    ...(consentBasis === undefined ? [] : [{ total: withConsent, members: [consentBasis] }, { total: consentBasis, members: [withConsent] }]),
    ...RIGHTS_FIELDS.map((_, f) => ({ total: rightsTotalAt[f] ?? 0, members: rightsAtKind.map((row) => row[f] ?? 0) })),
  ];
  const hidden = protectLines(counts, lines, []);
  return {
    hidden,
    at: {
      provisionTotal,
      policeTotal,
      partner: (i: number) => partnerAt[i] ?? -1,
      partnerPolice: (i: number) => partnerPoliceAt[i] ?? -1,
      basis: (i: number) => basisAt[i] ?? -1,
      withConsent,
      withoutConsent,
      rights: (kind: number, field: number) => (kind < 0 ? rightsTotalAt[field] : rightsAtKind[kind]?.[field]) ?? -1,
    },
  };
}

function rightsAt(shared: ReturnType<typeof protectSharedTotals>, row: RightsRow, kind: number, p: (n: number, i: number) => PublishedCount): PublishedRightsRow {
  return {
    received: p(row.received, shared.at.rights(kind, 0)),
    answeredInTime: p(row.answeredInTime, shared.at.rights(kind, 1)),
    answeredLate: p(row.answeredLate, shared.at.rights(kind, 2)),
    refused: p(row.refused, shared.at.rights(kind, 3)),
  };
}

/** Applies the small-count rule to every count of the report. */
export function publishAccountabilityReport(report: AccountabilityReport, jointly?: ProtectedCaseView): PublishedAccountabilityReport {
  let anySuppressed = false;
  const c = (n: number): PublishedCount => {
    const shown = publishableCount(n);
    if (shown === null) anySuppressed = true;
    return shown;
  };
  const i = report.incidents;
  const k = report.consent;
  // The case counts as the management figures publish them, protected against differencing (L3).
  let caseCounts = protectCaseCounts(
    report.cases.total,
    (Object.keys(report.cases.byPhase) as Phase[]).map((p) => ({ key: p, count: report.cases.byPhase[p] })),
    report.cases.byTable.map((t) => ({ key: t.tableId, count: t.count })),
    report.cases.byPhaseAndTable.map((t) => ({ key: { phase: t.phase, tableId: t.tableId }, count: t.count })),
  );
  // What the other reports of the collaboration and period hide is hidden here too (ADR 0127).
  if (jointly !== undefined) {
    const cell = <K>(c: FigureCell<K>, shown: number | null): FigureCell<K> => (c.suppressed || shown === null ? { key: c.key, count: null, suppressed: true } : c);
    caseCounts = {
      total: cell(caseCounts.total, jointly.total),
      byPhase: caseCounts.byPhase.map((c) => cell(c, jointly.phase(c.key))),
      byTable: caseCounts.byTable.map((c) => cell(c, jointly.table(c.key ?? ''))),
      byPhaseAndTable: caseCounts.byPhaseAndTable.map((c) => cell(c, jointly.cell(c.key.phase, c.key.tableId ?? ''))),
    };
  }
  if ([caseCounts.total, ...caseCounts.byPhase, ...caseCounts.byTable, ...caseCounts.byPhaseAndTable].some((cell) => cell.suppressed)) anySuppressed = true;
  const shared = protectSharedTotals(report);
  const p = (n: number, i: number): PublishedCount => {
    if (shared.hidden[i] === true) {
      anySuppressed = true;
      return null;
    }
    return c(n);
  };
  const published = {
    collaborationId: report.collaborationId,
    year: report.year,
    cases: {
      total: caseCounts.total.count,
      byPhase: Object.fromEntries(caseCounts.byPhase.map((cell) => [cell.key, cell.count])) as Record<Phase, PublishedCount>,
      byTable: caseCounts.byTable.map((t) => ({ tableId: t.key, count: t.count })),
      byPhaseAndTable: caseCounts.byPhaseAndTable.map((t) => ({ phase: t.key.phase, tableId: t.key.tableId, count: t.count })),
    },
    provisions: {
      total: p(report.provisions.total, shared.at.provisionTotal),
      police: p(report.provisions.police, shared.at.policeTotal),
      byPartner: report.provisions.byPartner.map((row, i) => ({ partnerId: row.partnerId, count: p(row.count, shared.at.partner(i)), police: p(row.police, shared.at.partnerPolice(i)) })),
    },
    bases: Object.fromEntries((Object.keys(report.bases) as LegalBasisKind[]).map((b, i) => [b, p(report.bases[b], shared.at.basis(i))])) as Record<LegalBasisKind, PublishedCount>,
    consent: { withConsent: p(k.withConsent, shared.at.withConsent), withoutConsent: p(k.withoutConsent, shared.at.withoutConsent), refused: c(k.refused), revoked: c(k.revoked) },
    rightsRequests: { total: rightsAt(shared, report.rightsRequests.total, -1, p), byKind: Object.fromEntries((Object.keys(report.rightsRequests.byKind) as RightsRequestKind[]).map((kind, i) => [kind, rightsAt(shared, report.rightsRequests.byKind[kind], i, p)])) as Record<RightsRequestKind, PublishedRightsRow> },
    incidents: { registered: c(i.registered), partnerNoticeLate: c(i.partnerNoticeLate), dpaNotified: c(i.dpaNotified), dpaNotRequired: c(i.dpaNotRequired), dpaLate: c(i.dpaLate) },
  };
  return { ...published, suppression: suppressionNote(), sources: sourcesNote(), anySuppressed };
}
