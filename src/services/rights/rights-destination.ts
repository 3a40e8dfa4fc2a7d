/**
 * Where this collaboration's rights requests go (`controller.rightsRequestsTo`), with the
 * configuration's partner slugs turned into partner ids: every partner whose data is involved, or
 * the dossier controller (central model) or the joint controllers (joint model) that coordinate.
 */
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { RightsDestination } from '../../domain/rights/routing.js';
import type { Trx } from '../ports.js';

export async function rightsDestination(trx: Trx, collaborationId: string, config: CollaborationConfig): Promise<RightsDestination> {
  const { controller } = config;
  if (controller.rightsRequestsTo === 'each_partner') return { kind: 'each_partner' };
  const slugs = controller.model === 'joint' ? controller.jointControllers : controller.dossierController === null ? [] : [controller.dossierController];
  if (slugs.length === 0) return { kind: 'each_partner' };
  const rows = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('slug', 'in', slugs).execute();
  return { kind: 'controllers', controllers: rows.map((r) => r.id) };
}
