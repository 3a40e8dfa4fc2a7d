/**
 * Installs another collaboration from its configuration as data (§6: a sixth collaboration
 * without code changes), with its first admin account. This is an act on the installation, not
 * inside one collaboration, so it runs in the system context (Row-Level Security's explicit
 * system branch) once the actor's role was checked. It never touches an existing collaboration:
 * a slug in use is a conflict. It is audited in both collaborations with the acting admin named.
 */
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { systemContext } from '../../store/acting-context.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { createUser } from '../setup/create-user.js';
import { installCollaboration } from '../setup/install-collaboration.js';
import { mayDo, refuseAbility } from './role-guard.js';

export interface NewCollaborationInput {
  readonly config: unknown;
  readonly admin: { readonly partner: string; readonly username: string; readonly displayName: string; readonly password: string };
}

export interface InstalledView {
  readonly id: string;
  readonly slug: string;
  readonly partners: Readonly<Record<string, string>>;
  readonly adminUserId: string;
}

export async function installNewCollaboration(deps: ServiceDeps, actor: SessionActor, input: NewCollaborationInput): Promise<InstalledView> {
  const entry = auditEntry(deps, actor, { action: 'collaboration.install' });
  if (!mayDo(actor, 'collaboration.configure')) return withActor(deps, actor, () => Promise.resolve(refuseAbility('collaboration.configure', entry)));
  const parsed = parseCollaborationConfig(input.config);
  if (!parsed.ok) throw validationFailed(parsed.issues.map((i) => ({ field: i.path === '' ? 'config' : `config.${i.path}`, message: i.message })));
  const config = parsed.config;
  if (!config.partners.some((p) => p.id === input.admin.partner && p.member)) throw validationFailed([{ field: 'admin.partner', message: 'not a member partner of the new collaboration' }]);
  return deps.database.withTransaction(systemContext(), async (trx) => {
    const taken = await trx.selectFrom('collaborations').select('id').where('slug', '=', config.id).executeTakeFirst();
    if (taken !== undefined) {
      throw new AppError('conflict', { nl: `Samenwerkingsverband ${config.id} bestaat al.`, en: `Collaboration ${config.id} already exists.` }, { fields: [{ field: 'config.id', message: 'taken' }] });
    }
    const installed = await installCollaboration(trx, config);
    const adminUserId = await createUser(trx, {
      collaborationId: installed.id,
      partnerId: installed.partners.get(input.admin.partner) ?? '',
      username: input.admin.username,
      displayName: input.admin.displayName,
      role: 'admin',
      password: { plain: input.admin.password },
      confidentialityDeclaredAt: null,
      vogCheckedAt: null,
    });
    await deps.audit.append(trx, entry);
    await deps.audit.append(trx, { ...entry, collaborationId: installed.id });
    return { id: installed.id, slug: installed.slug, partners: Object.fromEntries(installed.partners), adminUserId };
  });
}
