/**
 * The case counts every report of one collaboration and period takes its figures from (finding L3
 * across reports, ADR 0127): grouped in the database by phase, table, work area and registering
 * partner (no case row leaves it), then protected once for all reports together
 * (`protectReportedCaseCounts`). The figures, the accountability report and the statistics each
 * show their population's counts from it, so no combination of them gives away a hidden count.
 */
import { PHASES } from '../../domain/model.js';
import { protectReportedCaseCounts } from '../../domain/reporting/reported-case-counts.js';
import type { CasePopulation, ProtectedCaseView } from '../../domain/reporting/reported-case-counts.js';
import type { ServiceDeps, Trx } from '../ports.js';

export async function reportedCaseCounts(deps: ServiceDeps, trx: Trx, collaborationId: string, year: number | null): Promise<(population: CasePopulation) => ProtectedCaseView> {
  const config = await deps.collaborationConfig(trx, collaborationId);
  // Where the covenant says so (Nijmegen), the statistics count only what municipal partners registered.
  const counted = config.statisticsExcludeNonMunicipalContributions
    ? new Set((await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('type', '=', 'gemeente').execute()).map((p) => p.id))
    : null;
  let q = trx
    .selectFrom('cases')
    .select((eb) => ['phase', 'table_id', 'work_area', 'registrant_partner_id', eb.fn.countAll<string>().as('n')])
    .where('collaboration_id', '=', collaborationId)
    .groupBy(['phase', 'table_id', 'work_area', 'registrant_partner_id']);
  if (year !== null) q = q.where('created_at', '>=', new Date(Date.UTC(year, 0, 1))).where('created_at', '<', new Date(Date.UTC(year + 1, 0, 1)));
  const rows = (await q.execute()).map((r) => ({
    phase: r.phase,
    tableId: r.table_id,
    workArea: r.work_area,
    inStatistics: r.phase !== 'deleted' && (counted === null || counted.has(r.registrant_partner_id)),
    count: Number(r.n),
  }));
  return protectReportedCaseCounts(rows, PHASES, config.workAreas.map((w) => w.id));
}
