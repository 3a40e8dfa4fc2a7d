/**
 * The administrative set of an archived dossier (P13, step 2): readable by the collaboration's
 * staff acting in the case only; decided by the access engine and audited.
 */
import { withActor, gate } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { openAdminSet } from './admin-set.js';
import type { AdminSet } from './admin-set.js';

export async function readAdminSet(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<AdminSet> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    await gate(deps, trx, actor, loaded.facts, { resource: { kind: 'admin_set' }, purpose: 'monitoring', action: 'read', auditAction: 'case.admin_set.read' });
    const row = await trx.selectFrom('deescalation_decisions').select('admin_set_enc').where('case_id', '=', caseId).where('admin_set_enc', 'is not', null).executeTakeFirst();
    const key = await optionalCaseKey(deps, trx, caseId);
    const enc = row?.admin_set_enc ?? null;
    if (enc === null || key === undefined) throw notFound({ nl: 'Administratieve set', en: 'Administrative set' });
    return openAdminSet(key, enc);
  });
}
