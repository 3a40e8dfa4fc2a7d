import type { CollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import { parseCollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import { AppError } from './app-error.js';
import { upgradeStoredConfig } from './config-upgrade.js';
import type { Trx } from './ports.js';

/**
 * The validated configuration of a collaboration, cached per version: one cheap query for the
 * row's `updated_at` per call, so an administrator's change takes effect on the next request.
 */
export function configCache(): (trx: Trx, collaborationId: string) => Promise<CollaborationConfig> {
  const cache = new Map<string, { version: number; config: CollaborationConfig }>();
  return async (trx, collaborationId) => {
    const stamp = await trx.selectFrom('collaborations').select('updated_at').where('id', '=', collaborationId).executeTakeFirst();
    if (stamp === undefined) throw new AppError('not_found', { nl: 'Samenwerkingsverband niet gevonden.', en: 'Collaboration not found.' });
    const hit = cache.get(collaborationId);
    if (hit !== undefined && hit.version === stamp.updated_at.getTime()) return hit.config;
    const row = await trx.selectFrom('collaborations').select('config').where('id', '=', collaborationId).executeTakeFirstOrThrow();
    const parsed = parseCollaborationConfig(upgradeStoredConfig(row.config));
    if (!parsed.ok) throw new AppError('internal', { nl: 'De configuratie van dit samenwerkingsverband is ongeldig.', en: "This collaboration's configuration is invalid." });
    cache.set(collaborationId, { version: stamp.updated_at.getTime(), config: parsed.config });
    return parsed.config;
  };
}
