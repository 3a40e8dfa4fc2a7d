/**
 * The admin adds or changes one table (overlegtafel) of its collaboration (§6). The whole
 * configuration is validated again with the change in it; an issue inside the table names the
 * field of the request body, any other the path in the configuration.
 *
 * Every change is kept with its diff (ADR 0205). Where the covenant requires the written consent of
 * all partners (`amendmentApproval.rule` `all_partners`, seed 000 art. 16.2) the change is only a
 * proposal: the table stays as it is until every partner consented and the admin adopted it
 * (table-amendments.ts). Otherwise it takes effect at once, as before.
 */
import { diffFields } from '../../domain/governance/table-amendment.js';
import { AppError } from '../app-error.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from './role-guard.js';
import { applyTable, currentVoters, loadAmendmentView, rawTable } from './table-amendment-records.js';
import type { TableAmendmentView } from './table-amendment-records.js';
import { readCollaboration } from './view-collaboration.js';
import type { CollaborationView } from './view-collaboration.js';

export type TableUpdate =
  | (CollaborationView & { readonly inForce: true; readonly created: boolean; readonly amendment: TableAmendmentView })
  | { readonly inForce: false; readonly created: boolean; readonly amendment: TableAmendmentView };

export async function updateTable(deps: ServiceDeps, actor: SessionActor, tableId: string, table: Record<string, unknown>): Promise<TableUpdate> {
  return withActor(deps, actor, async (trx) => {
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const rule = config.amendmentApproval?.rule ?? 'admin';
    const entry = auditEntry(deps, actor, { action: rule === 'admin' ? 'collaboration.table.update' : 'collaboration.table.propose' });
    requireAbility(actor, 'collaboration.configure', entry);
    const now = deps.now();
    const before = await rawTable(trx, actor.collaborationId, tableId);
    const after = { ...table, id: tableId };
    // Validated now, so a proposal the partners consent to is one that can be adopted.
    const next = await applyTable(trx, actor.collaborationId, tableId, after, { dryRun: rule !== 'admin', now });
    if (rule !== 'admin') {
      const open = await trx.selectFrom('table_amendments').select('id').where('collaboration_id', '=', actor.collaborationId).where('table_id', '=', tableId).where('status', '=', 'pending').executeTakeFirst();
      if (open !== undefined) {
        throw new AppError(
          'conflict',
          { nl: 'Voor deze tafel loopt al een voorstel tot wijziging; er wordt eerst over dat voorstel beslist (art. 16.2).', en: 'An amendment of this table is already pending; it is decided first (art. 16.2).' },
          { rule: 'art. 16.2', reason: 'amendment_pending' },
        );
      }
    }
    const voters = rule === 'admin' ? [] : await currentVoters(trx, actor.collaborationId, now.getTime());
    const row = await trx
      .insertInto('table_amendments')
      .values({
        collaboration_id: actor.collaborationId,
        table_id: tableId,
        before: before === null ? null : JSON.stringify(before),
        after: JSON.stringify(after),
        diff: JSON.stringify(diffFields(before, after)),
        rule,
        voters: JSON.stringify(voters),
        status: rule === 'admin' ? 'adopted' : 'pending',
        proposed_by: actor.userId,
        proposed_at: now,
        decided_by: rule === 'admin' ? actor.userId : null,
        decided_at: rule === 'admin' ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    const amendment = await loadAmendmentView(trx, config, actor.collaborationId, row.id);
    if (rule !== 'admin') return { inForce: false, created: next.created, amendment };
    return { ...(await readCollaboration(trx, actor.collaborationId)), inForce: true, created: next.created, amendment };
  });
}
