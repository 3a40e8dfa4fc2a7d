/**
 * Installs another collaboration from its configuration as data (§6: a sixth collaboration
 * without code changes), with its first admin account. This is an act on the installation, not
 * inside one collaboration (finding M2: an admin of any collaboration could install one and use
 * it to ask presence lookups across the installation), so it is offered only on the server's
 * command line (`casustafel config install`), which needs database access; there is no API
 * route. It runs in the system context and never touches an existing collaboration: a slug in use
 * is a conflict. It is audited in the new collaboration, naming the admin account and its role.
 */
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { systemContext } from '../../store/acting-context.js';
import { AppError, validationFailed } from '../app-error.js';
import type { AuditEntry, ServiceDeps } from '../ports.js';
import { createUser } from '../setup/create-user.js';
import { installCollaboration } from '../setup/install-collaboration.js';

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

export async function installNewCollaboration(deps: ServiceDeps, input: NewCollaborationInput): Promise<InstalledView> {
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
    const entry: AuditEntry = {
      at: deps.now(),
      userId: null,
      partnerId: null,
      role: 'system',
      onBehalfOfPartnerId: null,
      collaborationId: installed.id,
      caseId: null,
      subjectId: null,
      contributionId: null,
      action: 'collaboration.install',
      purpose: null,
      legalBasisKind: null,
      accessPoint: deps.accessPoint,
      outcome: 'allow',
      rule: null,
      targetUserId: adminUserId,
      targetRole: 'admin',
    };
    await deps.audit.append(trx, entry);
    return { id: installed.id, slug: installed.slug, partners: Object.fromEntries(installed.partners), adminUserId };
  });
}
