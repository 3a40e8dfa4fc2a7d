/**
 * Management figures (P19, §4): cases per phase and per table, counts only. Counts from 1 to 4
 * are suppressed (a small count can point at a person) and the answer says so. Managers and
 * statisticians read the case rows, which hold no personal data (Row-Level Security allows it).
 */
import { PHASES } from '../../domain/model.js';
import type { Phase } from '../../domain/model.js';
import { suppressionNote } from '../../domain/reporting/published-accountability-report.js';
import type { FigureCell } from '../../domain/reporting/small-counts.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { reportedCaseCounts } from './case-counts.js';
import { chooseWorkArea } from './work-area-filter.js';
import type { WorkAreaChoice } from './work-area-filter.js';

export interface ManagementFigures extends WorkAreaChoice {
  readonly collaborationId: string;
  readonly year: number | null;
  readonly suppression: { readonly threshold: number; readonly note: { readonly nl: string; readonly en: string } };
  readonly total: FigureCell<'all'>;
  readonly byPhase: readonly FigureCell<Phase>[];
  readonly byTable: readonly FigureCell<string>[];
  readonly byPhaseAndTable: readonly FigureCell<{ readonly phase: Phase; readonly tableId: string }>[];
  readonly anySuppressed: boolean;
}

export async function managementFigures(deps: ServiceDeps, actor: SessionActor, year: number | undefined, workArea?: string): Promise<ManagementFigures> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'report.figures', purpose: 'statistics' });
    requireAbility(actor, 'reports.figures', entry);
    const area = chooseWorkArea(await deps.collaborationConfig(trx, actor.collaborationId), workArea);
    let q = trx
      .selectFrom('cases')
      .select((eb) => ['phase', 'table_id', eb.fn.countAll<string>().as('n')])
      .where('collaboration_id', '=', actor.collaborationId)
      .groupBy(['phase', 'table_id']);
    if (area.workArea !== null) q = q.where('work_area', '=', area.workArea.id);
    if (year !== undefined) q = q.where('created_at', '>=', new Date(Date.UTC(year, 0, 1))).where('created_at', '<', new Date(Date.UTC(year + 1, 0, 1)));
    const rows = (await q.execute()).map((r) => ({ phase: r.phase as Phase, tableId: r.table_id, count: Number(r.n) }));
    const tables = [...new Set(rows.map((r) => r.tableId))].sort();
    // Small counts hidden, and protected against differencing within these figures and across
    // every report of the same collaboration and period (finding L3, ADR 0127).
    const view = (await reportedCaseCounts(deps, trx, actor.collaborationId, year ?? null))({ workArea: area.workArea?.id ?? null, statistics: false });
    const cell = <K>(key: K, count: number | null): FigureCell<K> => ({ key, count, suppressed: count === null });
    const counts = {
      total: cell('all' as const, view.total),
      byPhase: PHASES.map((phase) => cell(phase, view.phase(phase))),
      byTable: tables.map((t) => cell(t, view.table(t))),
      byPhaseAndTable: rows.map((r) => cell({ phase: r.phase, tableId: r.tableId }, view.cell(r.phase, r.tableId))),
    };
    const total = [counts.total];
    const { byPhase, byTable, byPhaseAndTable } = counts;
    await deps.audit.append(trx, entry);
    return {
      collaborationId: actor.collaborationId,
      year: year ?? null,
      ...area,
      suppression: suppressionNote(),
      total: total[0] ?? { key: 'all', count: 0, suppressed: false },
      byPhase,
      byTable,
      byPhaseAndTable,
      anySuppressed: [...total, ...byPhase, ...byTable, ...byPhaseAndTable].some((c) => c.suppressed),
    };
  });
}
