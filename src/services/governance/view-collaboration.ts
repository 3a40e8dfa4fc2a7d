/**
 * The acting collaboration's configuration (§6), read fresh from the database: data only, no
 * personal data. Every signed-in user may read it (the UI needs its tables and names).
 */
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';

export interface CollaborationView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly config: CollaborationConfig;
}

/** What the UI shows of a partner: cases and contributions name partners by this id. */
export interface PartnerName {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly type: string;
}

export async function readCollaboration(trx: Trx, collaborationId: string): Promise<CollaborationView> {
  const row = await trx.selectFrom('collaborations').select(['id', 'slug', 'name', 'config', 'updated_at']).where('id', '=', collaborationId).executeTakeFirstOrThrow();
  const parsed = parseCollaborationConfig(row.config);
  if (!parsed.ok) throw new AppError('internal', { nl: 'De configuratie van dit samenwerkingsverband is ongeldig.', en: "This collaboration's configuration is invalid." });
  return { id: row.id, slug: row.slug, name: row.name, updatedAt: row.updated_at.toISOString(), config: parsed.config };
}

/** The configuration with the partners' ids and names (the configuration names partners by slug). */
export async function viewCollaboration(deps: ServiceDeps, actor: SessionActor): Promise<CollaborationView & { readonly partners: readonly PartnerName[] }> {
  return withActor(deps, actor, async (trx) => {
    const view = await readCollaboration(trx, actor.collaborationId);
    const partners = await trx.selectFrom('partners').select(['id', 'slug', 'name', 'type']).where('collaboration_id', '=', actor.collaborationId).orderBy('name').execute();
    return { ...view, partners };
  });
}
