/**
 * The yearly accountability report (P19; seed 001 art. 4.4): cases per phase and table,
 * provisions per partner, legal bases, consent versus no consent, rights requests and incidents;
 * where the covenant says so (Nijmegen), without anything non-municipal partners entered.
 * Only counts are gathered, grouped in the database, and the domain builds the report by copying
 * named counts, so no personal data can reach it. Provisions, legal bases and consents are counted
 * from `accountability_events` (migration 280, ADR 0133), which outlive a deleted case; cases
 * from their rows, which deletion keeps. Counting spans every case, which
 * no user role may read, so after the role check the counting runs in the system context,
 * filtered explicitly to the actor's collaboration.
 */
import type { MasterKeyRing } from '../../crypto/master-key.js';
import { incidentStatus } from '../../domain/incidents/incident.js';
import { LEGAL_BASIS_KINDS, RIGHTS_REQUEST_KINDS } from '../../domain/model.js';
import type { LegalBasisKind, Phase, RightsRequestKind } from '../../domain/model.js';
import { buildAccountabilityReport } from '../../domain/reporting/accountability-report.js';
import type { AccountabilityInput } from '../../domain/reporting/accountability-report.js';
import { publishAccountabilityReport } from '../../domain/reporting/published-accountability-report.js';
import type { PublishedAccountabilityReport } from '../../domain/reporting/published-accountability-report.js';
import { systemContext } from '../../store/acting-context.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { mayDo, refuseAbility } from '../governance/role-guard.js';
import { reportedCaseCounts } from './case-counts.js';
import { listIncidentRows, partnerIds, toSecurityIncident } from '../incidents/incident-records.js';

const isBasisKind = (k: string): k is LegalBasisKind => (LEGAL_BASIS_KINDS as readonly string[]).includes(k);

/**
 * The partners whose contributions the statistics count: every partner, or only the municipal ones
 * where the covenant leaves out what non-municipal partners entered (seed 004 Bijlage 2 Toegang,
 * `statisticsExcludeNonMunicipalContributions`). Null: no restriction.
 */
async function countedContributors(trx: Trx, collaborationId: string, excludeNonMunicipal: boolean): Promise<readonly string[] | null> {
  if (!excludeNonMunicipal) return null;
  const rows = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('type', '=', 'gemeente').execute();
  return rows.map((r) => r.id);
}

async function gatherCounts(trx: Trx, keys: MasterKeyRing, collaborationId: string, year: number, now: number, excludeNonMunicipal: boolean): Promise<AccountabilityInput> {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const cases = await trx
    .selectFrom('cases')
    .select((eb) => ['phase', 'table_id', eb.fn.countAll<string>().as('n')])
    .where('collaboration_id', '=', collaborationId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy(['phase', 'table_id'])
    .execute();
  const counted = await countedContributors(trx, collaborationId, excludeNonMunicipal);
  // Provisions and consents are counted from the events that outlive a deleted case (ADR 0133),
  // never from the live contributions and consents.
  const events = trx
    .selectFrom('accountability_events')
    .where('collaboration_id', '=', collaborationId)
    .where('occurred_on', '>=', from)
    .where('occurred_on', '<', to);
  const contributions =
    counted !== null && counted.length === 0
      ? []
      : await events
          .select((eb) => ['partner_id', 'police', 'basis_kind', eb.fn.countAll<string>().as('n')])
          .where('kind', '=', 'provision')
          .$if(counted !== null, (q) => q.where('partner_id', 'in', counted ?? []))
          .groupBy(['partner_id', 'police', 'basis_kind'])
          .execute();
  const consents = await events
    .select((eb) => ['kind', eb.fn.countAll<string>().as('n')])
    .where('kind', 'in', ['consent_refused', 'consent_revoked'])
    .groupBy('kind')
    .execute();
  const requests = await trx
    .selectFrom('rights_requests')
    .select(['kind', 'status', 'answered_at', 'deadline_at', 'extended_until'])
    .where('collaboration_id', '=', collaborationId)
    .where('registered_at', '>=', from)
    .where('registered_at', '<', to)
    .execute();
  const partners = await partnerIds(trx, collaborationId);
  const incidents = (await listIncidentRows(trx, keys, collaborationId)).filter((i) => i.registered_at >= from && i.registered_at < to);

  const provisions = new Map<string, { partnerId: string; count: number; police: number }>();
  const bases = new Map<LegalBasisKind, number>();
  let withConsent = 0;
  let withoutConsent = 0;
  for (const c of contributions) {
    const n = Number(c.n);
    const partnerId = c.partner_id ?? '';
    const row = provisions.get(partnerId) ?? { partnerId, count: 0, police: 0 };
    row.count += n;
    if (c.police) row.police += n;
    provisions.set(partnerId, row);
    const kind = c.basis_kind ?? '';
    if (isBasisKind(kind)) bases.set(kind, (bases.get(kind) ?? 0) + n);
    if (kind === 'consent') withConsent += n;
    else withoutConsent += n;
  }
  const consentCount = (kind: string): number => Number(consents.find((c) => c.kind === kind)?.n ?? 0);
  const rights = RIGHTS_REQUEST_KINDS.map((k: RightsRequestKind) => {
    const of = requests.filter((r) => r.kind === k);
    const answered = of.filter((r) => r.status === 'answered' && r.answered_at !== null);
    const inTime = answered.filter((r) => (r.answered_at ?? r.deadline_at) <= (r.extended_until ?? r.deadline_at)).length;
    return { kind: k, received: of.length, answeredInTime: inTime, answeredLate: answered.length - inTime, refused: of.filter((r) => r.status === 'refused').length };
  });
  const statuses = incidents.map((i) => ({ row: i, status: incidentStatus(toSecurityIncident(i, partners), partners, now) }));
  return {
    collaborationId,
    year,
    cases: cases.map((c) => ({ phase: c.phase as Phase, tableId: c.table_id, count: Number(c.n) })),
    provisions: [...provisions.values()],
    bases: [...bases].map(([k, count]) => ({ kind: k, count })),
    consent: {
      withConsent,
      withoutConsent,
      refused: consentCount('consent_refused'),
      revoked: consentCount('consent_revoked'),
    },
    rightsRequests: rights,
    incidents: {
      registered: incidents.length,
      partnerNoticeLate: statuses.filter((s) => s.status.partnerNotice.late || s.status.partnerNotice.state === 'overdue').length,
      dpaNotified: incidents.filter((i) => i.dpa_notified_at !== null).length,
      dpaNotRequired: incidents.filter((i) => i.dpa_notified_at === null && i.dpa_not_required_reason !== null).length,
      dpaLate: statuses.filter((s) => s.status.dpaNotice.late || s.status.dpaNotice.state === 'overdue').length,
    },
  };
}

/** The report as it may be shown: counts from 1 to 4 suppressed exactly as in the management figures. */
export async function accountabilityReport(deps: ServiceDeps, actor: SessionActor, year: number): Promise<PublishedAccountabilityReport> {
  const entry = auditEntry(deps, actor, { action: 'report.accountability', purpose: 'statistics' });
  if (!mayDo(actor, 'reports.accountability')) return withActor(deps, actor, () => Promise.resolve(refuseAbility('reports.accountability', entry)));
  return deps.database.withTransaction(systemContext(actor.collaborationId), async (trx) => {
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const counts = await gatherCounts(trx, deps.keys, actor.collaborationId, year, deps.now().getTime(), config.statisticsExcludeNonMunicipalContributions);
    const result = buildAccountabilityReport(counts);
    if (!result.ok) throw validationFailed(result.fields.map((field) => ({ field, message: result.reason })));
    await deps.audit.append(trx, entry);
    return publishAccountabilityReport(result.report, (await reportedCaseCounts(deps, trx, actor.collaborationId, year))({ workArea: null, statistics: false }));
  });
}
