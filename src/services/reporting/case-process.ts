/**
 * 004-R09 (seed 004 Bijlage 2 "Toegang"): the department of Research and Statistics sees, for
 * statistics only, "procesinformatie op cliënt/casusniveau voor één van de regieteamwijken": one
 * row per case of the one work area the admin assigned to the statistician, with the phase, the
 * step, the table and the process dates. No case number, no registrant or lead partner, no name,
 * no content. Like the statistics, the rows are read in the system context after the role check,
 * filtered to the actor's collaboration and work area; the read is audited.
 */
import { systemContext } from '../../store/acting-context.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { mayDo, refuseAbility } from '../governance/role-guard.js';

export interface CaseProcessRow {
  readonly phase: string;
  /** The collaboration's own steps for that phase (`process.steps[].label`). */
  readonly steps: readonly string[];
  readonly table: string;
  readonly registeredOn: string;
  readonly inPhaseSince: string;
  readonly closedOn: string | null;
}

export interface CaseProcessInformation {
  readonly workArea: { readonly id: string; readonly name: string };
  readonly cases: readonly CaseProcessRow[];
}

const NO_WORK_AREA = {
  nl: 'U heeft geen regieteamwijk toegewezen gekregen: procesinformatie op casusniveau is er voor statistiek alleen over één toegewezen wijk (seed 004 Bijlage 2). Vraag de beheerder u een wijk toe te wijzen.',
  en: 'You have no neighbourhood assigned: case-level process information is available for statistics about one assigned neighbourhood only (seed 004 Bijlage 2). Ask the admin to assign one.',
};

const day = (d: Date): string => d.toISOString().slice(0, 10);

export async function caseProcessInformation(deps: ServiceDeps, actor: SessionActor): Promise<CaseProcessInformation> {
  const entry = auditEntry(deps, actor, { action: 'report.case_process', purpose: 'statistics' });
  if (!mayDo(actor, 'reports.case_process')) return withActor(deps, actor, () => Promise.resolve(refuseAbility('reports.case_process', entry)));
  const workArea = await withActor(deps, actor, async (trx) => {
    const assigned = (await trx.selectFrom('users').select('work_areas').where('id', '=', actor.userId).executeTakeFirstOrThrow()).work_areas;
    const area = (await deps.collaborationConfig(trx, actor.collaborationId)).workAreas.find((w) => assigned.length === 1 && w.id === assigned[0]);
    return area ?? refuse(entry, { rule: 'P19', reason: 'no_work_area_assigned', messages: NO_WORK_AREA });
  });
  return deps.database.withTransaction(systemContext(actor.collaborationId), async (trx) => {
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const rows = await trx
      .selectFrom('cases')
      .select(['phase', 'table_id', 'created_at', 'phase_changed_at', 'closed_at'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('work_area', '=', workArea.id)
      .where('phase', '<>', 'deleted')
      .orderBy('created_at')
      .execute();
    await deps.audit.append(trx, entry);
    const tableName = (id: string): string => config.tables.find((t) => t.id === id)?.name ?? id;
    return {
      workArea: { id: workArea.id, name: workArea.name },
      cases: rows.map((r) => ({
        phase: r.phase,
        steps: (config.process.steps ?? []).filter((s) => s.phase === r.phase).map((s) => s.label),
        table: tableName(r.table_id),
        registeredOn: day(r.created_at),
        inPhaseSince: day(r.phase_changed_at),
        closedOn: r.closed_at === null ? null : day(r.closed_at),
      })),
    };
  });
}
