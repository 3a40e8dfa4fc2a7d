/**
 * The yearly accountability report (P19; seed 001 art. 4.4): cases per phase and table, provisions
 * per partner, legal bases used, consent versus no consent, rights requests and incidents.
 *
 * It holds no personal data by construction: its input carries only opaque ids of organisations and
 * tables and counts, and the builder copies named fields one by one (never spreads an input row),
 * so anything else a caller passes along cannot reach the report.
 */
import { LEGAL_BASIS_KINDS, PHASES, RIGHTS_REQUEST_KINDS } from '../model.js';
import type { CollaborationId, LegalBasisKind, PartnerId, Phase, RightsRequestKind, TableId } from '../model.js';

export interface AccountabilityInput {
  readonly collaborationId: CollaborationId;
  readonly year: number;
  readonly cases: readonly { readonly phase: Phase; readonly tableId: TableId | null; readonly count: number }[];
  /** Provisions (verstrekkingen) per contributing partner; `police` of which police data (Wpg). */
  readonly provisions: readonly { readonly partnerId: PartnerId; readonly count: number; readonly police: number }[];
  readonly bases: readonly { readonly kind: LegalBasisKind; readonly count: number }[];
  readonly consent: { readonly withConsent: number; readonly withoutConsent: number; readonly refused: number; readonly revoked: number };
  readonly rightsRequests: readonly {
    readonly kind: RightsRequestKind;
    readonly received: number;
    readonly answeredInTime: number;
    readonly answeredLate: number;
    readonly refused: number;
  }[];
  readonly incidents: {
    readonly registered: number;
    readonly partnerNoticeLate: number;
    readonly dpaNotified: number;
    readonly dpaNotRequired: number;
    readonly dpaLate: number;
  };
}

interface RightsRow {
  readonly received: number;
  readonly answeredInTime: number;
  readonly answeredLate: number;
  readonly refused: number;
}

export interface AccountabilityReport {
  readonly collaborationId: CollaborationId;
  readonly year: number;
  readonly cases: {
    readonly total: number;
    readonly byPhase: Readonly<Record<Phase, number>>;
    readonly byTable: readonly { readonly tableId: TableId | null; readonly count: number }[];
    readonly byPhaseAndTable: readonly { readonly phase: Phase; readonly tableId: TableId | null; readonly count: number }[];
  };
  readonly provisions: {
    readonly total: number;
    readonly police: number;
    readonly byPartner: readonly { readonly partnerId: PartnerId; readonly count: number; readonly police: number }[];
  };
  readonly bases: Readonly<Record<LegalBasisKind, number>>;
  readonly consent: AccountabilityInput['consent'];
  readonly rightsRequests: { readonly total: RightsRow; readonly byKind: Readonly<Record<RightsRequestKind, RightsRow>> };
  readonly incidents: AccountabilityInput['incidents'];
}

export type ReportResult =
  | { readonly ok: true; readonly report: AccountabilityReport }
  | { readonly ok: false; readonly reason: 'P19_invalid_counts'; readonly fields: readonly string[] };

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const r = {} as Record<K, number>;
  for (const k of keys) r[k] = 0;
  return r;
};
const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const byId = (a: string | null, b: string | null): number => (a ?? '').localeCompare(b ?? '');

function invalidFields(input: AccountabilityInput): string[] {
  const bad: string[] = [];
  const check = (path: string, n: number): void => {
    if (!isCount(n)) bad.push(path);
  };
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2200) bad.push('year');
  input.cases.forEach((r, i) => check(`cases[${i}].count`, r.count));
  input.provisions.forEach((r, i) => {
    check(`provisions[${i}].count`, r.count);
    check(`provisions[${i}].police`, r.police);
    if (r.police > r.count) bad.push(`provisions[${i}].police`);
  });
  input.bases.forEach((r, i) => check(`bases[${i}].count`, r.count));
  for (const k of ['withConsent', 'withoutConsent', 'refused', 'revoked'] as const) check(`consent.${k}`, input.consent[k]);
  input.rightsRequests.forEach((r, i) => {
    for (const k of ['received', 'answeredInTime', 'answeredLate', 'refused'] as const) check(`rightsRequests[${i}].${k}`, r[k]);
  });
  for (const k of ['registered', 'partnerNoticeLate', 'dpaNotified', 'dpaNotRequired', 'dpaLate'] as const) check(`incidents.${k}`, input.incidents[k]);
  return bad;
}

/** Builds the report from aggregated counts; rows for the same key are summed. */
export function buildAccountabilityReport(input: AccountabilityInput): ReportResult {
  const fields = invalidFields(input);
  if (fields.length > 0) return { ok: false, reason: 'P19_invalid_counts', fields };

  const byPhase = zeros(PHASES);
  const byTable = new Map<TableId | null, number>();
  const cells = new Map<string, { phase: Phase; tableId: TableId | null; count: number }>();
  let caseTotal = 0;
  for (const r of input.cases) {
    caseTotal += r.count;
    byPhase[r.phase] += r.count;
    byTable.set(r.tableId, (byTable.get(r.tableId) ?? 0) + r.count);
    const key = `${r.phase}\u0000${r.tableId ?? ''}`;
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, { phase: r.phase, tableId: r.tableId, count: r.count });
    else cell.count += r.count;
  }

  const partners = new Map<PartnerId, { partnerId: PartnerId; count: number; police: number }>();
  let provisionTotal = 0;
  let policeTotal = 0;
  for (const r of input.provisions) {
    provisionTotal += r.count;
    policeTotal += r.police;
    const row = partners.get(r.partnerId);
    if (row === undefined) partners.set(r.partnerId, { partnerId: r.partnerId, count: r.count, police: r.police });
    else {
      row.count += r.count;
      row.police += r.police;
    }
  }

  const bases = zeros(LEGAL_BASIS_KINDS);
  for (const r of input.bases) bases[r.kind] += r.count;

  const emptyRow = (): { received: number; answeredInTime: number; answeredLate: number; refused: number } => ({
    received: 0,
    answeredInTime: 0,
    answeredLate: 0,
    refused: 0,
  });
  const total = emptyRow();
  const byKind = {} as Record<RightsRequestKind, ReturnType<typeof emptyRow>>;
  for (const k of RIGHTS_REQUEST_KINDS) byKind[k] = emptyRow();
  for (const r of input.rightsRequests) {
    for (const row of [total, byKind[r.kind]]) {
      row.received += r.received;
      row.answeredInTime += r.answeredInTime;
      row.answeredLate += r.answeredLate;
      row.refused += r.refused;
    }
  }

  const { consent: c, incidents: i } = input;
  return {
    ok: true,
    report: {
      collaborationId: input.collaborationId,
      year: input.year,
      cases: {
        total: caseTotal,
        byPhase,
        byTable: [...byTable].map(([tableId, count]) => ({ tableId, count })).sort((a, b) => byId(a.tableId, b.tableId)),
        byPhaseAndTable: [...cells.values()].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || byId(a.tableId, b.tableId)),
      },
      provisions: { total: provisionTotal, police: policeTotal, byPartner: [...partners.values()].sort((a, b) => byId(a.partnerId, b.partnerId)) },
      bases,
      consent: { withConsent: c.withConsent, withoutConsent: c.withoutConsent, refused: c.refused, revoked: c.revoked },
      rightsRequests: { total, byKind },
      incidents: {
        registered: i.registered,
        partnerNoticeLate: i.partnerNoticeLate,
        dpaNotified: i.dpaNotified,
        dpaNotRequired: i.dpaNotRequired,
        dpaLate: i.dpaLate,
      },
    },
  };
}
