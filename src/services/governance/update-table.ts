/**
 * The admin adds or changes one table (overlegtafel) of its collaboration (§6). The whole
 * configuration is validated again with the change in it; an issue inside the table names the
 * field of the request body, any other the path in the configuration.
 */
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { JsonValue } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from './role-guard.js';
import { readCollaboration } from './view-collaboration.js';
import type { CollaborationView } from './view-collaboration.js';

export async function updateTable(deps: ServiceDeps, actor: SessionActor, tableId: string, table: Record<string, unknown>): Promise<CollaborationView & { readonly created: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'collaboration.table.update' });
    requireAbility(actor, 'collaboration.configure', entry);
    const row = await trx.selectFrom('collaborations').select('config').where('id', '=', actor.collaborationId).executeTakeFirstOrThrow();
    const raw = (row.config ?? {}) as { [key: string]: JsonValue };
    const tables = Array.isArray(raw.tables) ? [...raw.tables] : [];
    const existing = tables.findIndex((t) => t !== null && typeof t === 'object' && !Array.isArray(t) && t.id === tableId);
    const index = existing === -1 ? tables.length : existing;
    tables[index] = { ...table, id: tableId };
    const next = { ...raw, tables };
    const parsed = parseCollaborationConfig(next);
    if (!parsed.ok) {
      const prefix = `tables.${index}.`;
      throw validationFailed(parsed.issues.map((i) => ({ field: i.path.startsWith(prefix) ? i.path.slice(prefix.length) : i.path || 'config', message: i.message })));
    }
    await trx.updateTable('collaborations').set({ config: JSON.stringify(next), updated_at: deps.now() }).where('id', '=', actor.collaborationId).execute();
    await deps.audit.append(trx, entry);
    return { ...(await readCollaboration(trx, actor.collaborationId)), created: existing === -1 };
  });
}
