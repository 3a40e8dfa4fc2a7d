/**
 * Loads demo data into an empty database: the five shipped collaborations, demo accounts for
 * every role and partner (with confidentiality declaration and VOG recorded), and demo cases
 * when a case seeder is given.
 */
import { SHIPPED_COLLABORATIONS } from '../../collaborations/index.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { systemContext } from '../../store/acting-context.js';
import type { ServiceDeps } from '../ports.js';
import { createUser, hashPassword } from '../setup/create-user.js';
import { installCollaboration } from '../setup/install-collaboration.js';
import type { InstalledCollaboration } from '../setup/install-collaboration.js';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';

export interface SeededCollaboration {
  readonly config: CollaborationConfig;
  readonly installed: InstalledCollaboration;
  /** Username → user id. */
  readonly users: ReadonlyMap<string, string>;
}

/** Whether the database holds no collaboration yet. */
export async function isEmpty(deps: ServiceDeps): Promise<boolean> {
  const row = await deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('collaborations').select('id').limit(1).executeTakeFirst());
  return row === undefined;
}

export async function seedDemoOrganisation(deps: ServiceDeps, configs: readonly CollaborationConfig[] = SHIPPED_COLLABORATIONS): Promise<SeededCollaboration[]> {
  // One argon2id hash for every demo account: demo accounts share one known password anyway.
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = deps.now();
  const seeded: SeededCollaboration[] = [];
  for (const config of configs) {
    seeded.push(
      await deps.database.withTransaction(systemContext(), async (trx) => {
        const installed = await installCollaboration(trx, config);
        const users = new Map<string, string>();
        for (const u of demoUsers(config)) {
          const partnerId = installed.partners.get(u.partnerSlug);
          if (partnerId === undefined) continue;
          users.set(
            u.username,
            await createUser(trx, {
              collaborationId: installed.id,
              partnerId,
              username: u.username,
              displayName: u.displayName,
              email: u.email,
              role: u.role,
              password: { hash },
              confidentialityDeclaredAt: now,
              vogCheckedAt: now,
            }),
          );
        }
        return { config, installed, users };
      }),
    );
  }
  return seeded;
}
