/**
 * The functionary designated per table (seed 000 art. 10.2/10.3, ADR 0110): the admin designates
 * one process director per table, of the table's responsible officer's partner, or ends the
 * designation. The domain decides who may be designated (`domain/tables/designation.ts`); every
 * change is audited. New cases at the table go to the designated person (register-case.ts).
 */
import { checkDesignation } from '../../domain/tables/designation.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { readCollaboration } from '../governance/view-collaboration.js';

export interface TableDesignation {
  readonly tableId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly partnerName: string;
  readonly designatedAt: string;
}

async function designations(trx: Trx, collaborationId: string): Promise<TableDesignation[]> {
  const rows = await trx
    .selectFrom('table_designations')
    .innerJoin('users', 'users.id', 'table_designations.user_id')
    .innerJoin('partners', 'partners.id', 'users.partner_id')
    .select(['table_designations.table_id', 'users.id', 'users.display_name', 'partners.name', 'table_designations.designated_at'])
    .where('table_designations.collaboration_id', '=', collaborationId)
    .orderBy('table_designations.table_id')
    .execute();
  return rows.map((r) => ({ tableId: r.table_id, userId: r.id, displayName: r.display_name, partnerName: r.name, designatedAt: r.designated_at.toISOString() }));
}

export async function listTableDesignations(deps: ServiceDeps, actor: SessionActor): Promise<TableDesignation[]> {
  return withActor(deps, actor, async (trx) => {
    requireAbility(actor, 'collaboration.configure', auditEntry(deps, actor, { action: 'table.designation.list' }));
    return designations(trx, actor.collaborationId);
  });
}

/** Designates `userId` as the table's functionary, or ends the designation with `null`. */
export async function designateTableFunctionary(deps: ServiceDeps, actor: SessionActor, tableId: string, userId: string | null): Promise<TableDesignation[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'table.designate' });
    requireAbility(actor, 'collaboration.configure', entry);
    const { config } = await readCollaboration(trx, actor.collaborationId);
    const table = config.tables.find((t) => t.id === tableId);
    if (table === undefined) throw validationFailed([{ field: 'tableId', message: 'onbekende overlegtafel van dit samenwerkingsverband / unknown table' }]);
    if (userId === null) {
      await trx.deleteFrom('table_designations').where('collaboration_id', '=', actor.collaborationId).where('table_id', '=', tableId).execute();
    } else {
      const user = await trx
        .selectFrom('users')
        .innerJoin('partners', 'partners.id', 'users.partner_id')
        .select(['users.role', 'users.active', 'partners.slug'])
        .where('users.id', '=', userId)
        .where('users.collaboration_id', '=', actor.collaborationId)
        .executeTakeFirst();
      if (user === undefined) throw validationFailed([{ field: 'userId', message: 'onbekende gebruiker van dit samenwerkingsverband / unknown user' }]);
      const officerPartner = table.responsibleOfficer === undefined ? undefined : await trx.selectFrom('partners').select('name').where('collaboration_id', '=', actor.collaborationId).where('slug', '=', table.responsibleOfficer.partnerId).executeTakeFirst();
      const check = checkDesignation(table, { role: user.role, active: user.active, partnerSlug: user.slug }, officerPartner?.name ?? table.responsibleOfficer?.partnerId ?? '');
      if (!check.ok) throw validationFailed([{ field: 'userId', message: check.message }]);
      const now = deps.now();
      await trx
        .insertInto('table_designations')
        .values({ collaboration_id: actor.collaborationId, table_id: tableId, user_id: userId, designated_by: actor.userId, designated_at: now })
        .onConflict((oc) => oc.columns(['collaboration_id', 'table_id']).doUpdateSet({ user_id: userId, designated_by: actor.userId, designated_at: now }))
        .execute();
    }
    await deps.audit.append(trx, entry);
    return designations(trx, actor.collaborationId);
  });
}
