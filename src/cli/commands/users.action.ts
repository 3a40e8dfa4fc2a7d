/** The work of `users add` and `users reset-totp`, loaded only when one of them runs. */
import { randomBytes } from 'node:crypto';
import { ROLES } from '../../domain/model.js';
import type { Role } from '../../domain/model.js';
import { AppError } from '../../services/app-error.js';
import { resetTotp } from '../../services/auth/totp-enrolment.js';
import { createUser } from '../../services/setup/create-user.js';
import type { ServiceDeps, Trx } from '../../services/ports.js';
import { systemContext } from '../../store/acting-context.js';
import { CliError, out, withDeps } from '../cli-context.js';
import type { AddOptions } from './users.command.js';
import type { StoreOptions } from '../cli-context.js';

/** Governance acts on the command line name the account they concern (and the role given) in the target fields (finding M9). */
function auditCli(deps: ServiceDeps, trx: Trx, userId: string, collaborationId: string, action: string, targetRole: string | null = null): Promise<void> {
  return deps.audit.append(trx, {
    at: deps.now(),
    userId: null,
    partnerId: null,
    role: 'system',
    onBehalfOfPartnerId: null,
    collaborationId,
    caseId: null,
    subjectId: null,
    contributionId: null,
    action,
    purpose: null,
    legalBasisKind: null,
    accessPoint: 'cli',
    outcome: 'allow',
    rule: null,
    targetUserId: userId,
    targetRole,
  });
}

export async function addUserCommand(options: AddOptions): Promise<void> {
  if (!(ROLES as readonly string[]).includes(options.role)) throw new CliError(`Onbekende rol / unknown role "${options.role}"; kies uit / choose from: ${ROLES.join(', ')}`);
  if (!/^[A-Za-z0-9._@:-]{3,200}$/.test(options.username)) throw new CliError('Gebruikersnaam: 3-200 tekens, letters, cijfers en . _ @ : - / username: 3-200 characters of letters, digits and . _ @ : -');
  const password = randomBytes(15).toString('base64url');
  await withDeps(options, ({ deps }) =>
    deps.database.withTransaction(systemContext(), async (trx) => {
      const c = await trx.selectFrom('collaborations').select('id').where('slug', '=', options.collaboration).executeTakeFirst();
      if (c === undefined) throw new CliError(`Samenwerkingsverband niet gevonden / collaboration not found: ${options.collaboration}`);
      const p = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', c.id).where('slug', '=', options.partner).executeTakeFirst();
      if (p === undefined) throw new CliError(`Partner niet gevonden / partner not found: ${options.partner}`);
      const now = deps.now();
      try {
        const id = await createUser(trx, {
          collaborationId: c.id,
          partnerId: p.id,
          username: options.username,
          displayName: options.name,
          role: options.role as Role,
          password: { plain: password },
          confidentialityDeclaredAt: options.declared === true ? now : null,
          vogCheckedAt: options.vog === true ? now : null,
        });
        await auditCli(deps, trx, id, c.id, 'user.create', options.role);
      } catch (error) {
        if (error instanceof AppError) throw new CliError(`${error.messages.nl} / ${error.messages.en}`);
        throw error;
      }
    }),
  );
  out(`Account ${options.username} aangemaakt / created. Eenmalig wachtwoord / one-time password: ${password}`);
}

export async function resetTotpCommand(username: string, options: StoreOptions): Promise<void> {
  await withDeps(options, ({ deps }) =>
    deps.database.withTransaction(systemContext(), async (trx) => {
      const user = await trx.selectFrom('users').select(['id', 'collaboration_id']).where('username', '=', username).executeTakeFirst();
      if (user === undefined) throw new CliError(`Gebruiker niet gevonden / user not found: ${username}`);
      await resetTotp(trx, user.id, deps.now());
      await auditCli(deps, trx, user.id, user.collaboration_id, 'auth.totp.reset');
    }),
  );
  out(`Tweestapsverificatie van ${username} verwijderd; bij de volgende login stelt de gebruiker haar opnieuw in. / Two-step verification removed; the user enrols again at next login.`);
}
