/**
 * The accountability report as it may leave the system (P19): every count goes through the same
 * small-count rule as the management figures (`publishableCount`: 1 to 4 become null), so the
 * report cannot show what the figures hide for the same roles. The note and the flag say so, in
 * the same words as the figures.
 */
import type { LegalBasisKind, PartnerId, Phase, RightsRequestKind, TableId } from '../model.js';
import type { AccountabilityReport } from './accountability-report.js';
import { protectCaseCounts, publishableCount, SMALL_COUNT_THRESHOLD } from './small-counts.js';

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

function mapRecord<K extends string>(r: Readonly<Record<K, number>>, f: (n: number) => PublishedCount): Record<K, PublishedCount> {
  const out = {} as Record<K, PublishedCount>;
  for (const k of Object.keys(r) as K[]) out[k] = f(r[k]);
  return out;
}

/** Applies the small-count rule to every count of the report. */
export function publishAccountabilityReport(report: AccountabilityReport): PublishedAccountabilityReport {
  let anySuppressed = false;
  const c = (n: number): PublishedCount => {
    const shown = publishableCount(n);
    if (shown === null) anySuppressed = true;
    return shown;
  };
  const rights = (r: { received: number; answeredInTime: number; answeredLate: number; refused: number }): PublishedRightsRow => ({
    received: c(r.received),
    answeredInTime: c(r.answeredInTime),
    answeredLate: c(r.answeredLate),
    refused: c(r.refused),
  });
  const byKind = {} as Record<RightsRequestKind, PublishedRightsRow>;
  for (const k of Object.keys(report.rightsRequests.byKind) as RightsRequestKind[]) byKind[k] = rights(report.rightsRequests.byKind[k]);
  const i = report.incidents;
  const k = report.consent;
  // The case counts as the management figures publish them, protected against differencing (L3).
  const caseCounts = protectCaseCounts(
    report.cases.total,
    (Object.keys(report.cases.byPhase) as Phase[]).map((p) => ({ key: p, count: report.cases.byPhase[p] })),
    report.cases.byTable.map((t) => ({ key: t.tableId, count: t.count })),
    report.cases.byPhaseAndTable.map((t) => ({ key: { phase: t.phase, tableId: t.tableId }, count: t.count })),
  );
  if ([caseCounts.total, ...caseCounts.byPhase, ...caseCounts.byTable, ...caseCounts.byPhaseAndTable].some((cell) => cell.suppressed)) anySuppressed = true;
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
      total: c(report.provisions.total),
      police: c(report.provisions.police),
      byPartner: report.provisions.byPartner.map((p) => ({ partnerId: p.partnerId, count: c(p.count), police: c(p.police) })),
    },
    bases: mapRecord(report.bases, c),
    consent: { withConsent: c(k.withConsent), withoutConsent: c(k.withoutConsent), refused: c(k.refused), revoked: c(k.revoked) },
    rightsRequests: { total: rights(report.rightsRequests.total), byKind },
    incidents: { registered: c(i.registered), partnerNoticeLate: c(i.partnerNoticeLate), dpaNotified: c(i.dpaNotified), dpaNotRequired: c(i.dpaNotRequired), dpaLate: c(i.dpaLate) },
  };
  return { ...published, suppression: suppressionNote(), anySuppressed };
}
