/**
 * Police data past its own retention (seed 002 Bijlage A art. 12.2, ADR 0108): the retention job
 * removes each item of police data whose term (`retention.policeData`) ended, from cases that still
 * hold data, leaving a record without content (`dossier_clearings`, cause `police_data_retention`)
 * and an audit record on behalf of the partner that provided it. The Wpg art. 32 provision log
 * keeps its lines.
 */
import { policeDataDue } from '../domain/retention/police-data.js';
import type { RetentionPolicy } from '../domain/retention/policy.js';
import type { ServiceDeps, Trx } from '../services/ports.js';

export async function removeExpiredPoliceData(deps: ServiceDeps, trx: Trx, policies: ReadonlyMap<string, RetentionPolicy>, now: Date, dryRun: boolean): Promise<number> {
  let removed = 0;
  for (const [collaborationId, policy] of policies) {
    if (policy.policeData === undefined) continue;
    const rows = await trx
      .selectFrom('contributions')
      .select(['id', 'case_id', 'by_partner_id', 'category', 'police', 'created_at'])
      .where('collaboration_id', '=', collaborationId)
      .where('police', '=', true)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const due = new Set(policeDataDue(rows.map((r) => ({ id: r.id, police: r.police, providedAt: r.created_at.getTime() })), policy.policeData, now.getTime()));
    for (const r of rows.filter((row) => due.has(row.id))) {
      removed++;
      if (dryRun) continue;
      await trx
        .insertInto('dossier_clearings')
        .values({
          case_id: r.case_id,
          collaboration_id: collaborationId,
          contribution_id: r.id,
          contributed_by_partner_id: r.by_partner_id,
          category: r.category,
          police: true,
          contributed_at: r.created_at,
          cause: 'police_data_retention',
          cleared_by: null,
          cleared_at: now,
          reason_enc: null,
        })
        .execute();
      await trx.deleteFrom('contributions').where('id', '=', r.id).execute();
      await deps.audit.append(trx, {
        at: now,
        userId: null,
        partnerId: null,
        role: 'system',
        onBehalfOfPartnerId: r.by_partner_id,
        collaborationId,
        caseId: r.case_id,
        subjectId: null,
        contributionId: r.id,
        action: 'retention.police_data',
        purpose: null,
        legalBasisKind: null,
        accessPoint: 'job',
        outcome: 'allow',
        rule: 'P13',
      });
    }
  }
  return removed;
}
