/**
 * The acting context of a transaction: who acts, for which partner, in which collaboration, in
 * which role. Row-Level Security reads it from transaction-local settings (migration 005).
 */
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { ROLES } from '../domain/model.js';
import type { Role } from '../domain/model.js';
import type { Database } from './schema.js';

/** `system` is for migrations, jobs, login and seeding: an explicit policy branch, never implicit. */
export type ActingRole = Role | 'system';

export interface ActingContext {
  readonly collaborationId: string | null;
  readonly partnerId: string | null;
  readonly userId: string | null;
  readonly role: ActingRole;
  /**
   * The session this user context comes from (ADR 0125). With it, the transaction enters the
   * context through `casustafel_enter_session` on the request login; without it, through
   * `casustafel_enter_as`, which only the system login may call.
   */
  readonly session?: SessionCredential | undefined;
  /**
   * The service's clock for this transaction (ADR 0116): the policies read it through
   * `casustafel_now()` so that Row-Level Security and the engine agree on whether a substitution
   * runs. Without it, the database's time.
   */
  readonly now?: Date | undefined;
}

/** The session token as the client sent it, and the moment the server authenticated it. */
export interface SessionCredential {
  readonly token: string;
  readonly at: Date;
}

/** The non-superuser role every user's transaction switches to; it has no BYPASSRLS. */
export const APP_ROLE = 'casustafel_app';
/**
 * The role of the system context: the application role plus the credential columns of `users`
 * (migration 009); also no superuser and no BYPASSRLS.
 */
export const SYSTEM_ROLE = 'casustafel_system';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTING_ROLES: ReadonlySet<string> = new Set<string>([...ROLES, 'system']);

export class ActingContextError extends Error {
  readonly code = 'invalid_acting_context';
  constructor(message: string) {
    super(message);
    this.name = 'ActingContextError';
  }
}

/** The context of the system itself, optionally narrowed to one collaboration. */
export function systemContext(collaborationId: string | null = null): ActingContext {
  return { collaborationId, partnerId: null, userId: null, role: 'system' };
}

function checkId(name: string, value: string | null): string {
  if (value === null) return '';
  if (!UUID.test(value)) throw new ActingContextError(`${name} is not a UUID`);
  return value;
}

/**
 * Puts the context into transaction-local settings and drops to the application role (the system
 * role for the system context). Must be the
 * first thing a transaction does; both last until COMMIT or ROLLBACK.
 *
 * A user context is signed (migration 260, ADR 0125): a SECURITY DEFINER function writes the
 * settings with a MAC that the policies verify, from the session (the request login) or, without
 * a session, only on a login that is a member of casustafel_system. Settings written any other way
 * give no rows.
 */
export async function applyActingContext(trx: Transaction<Database>, ctx: ActingContext): Promise<void> {
  if (!ACTING_ROLES.has(ctx.role)) throw new ActingContextError(`unknown role ${String(ctx.role)}`);
  const collaborationId = checkId('collaborationId', ctx.collaborationId);
  const partnerId = checkId('partnerId', ctx.partnerId);
  const userId = checkId('userId', ctx.userId);
  if (ctx.role !== 'system' && (collaborationId === '' || partnerId === '' || userId === '')) {
    throw new ActingContextError('a user context needs a collaboration, a partner and a user');
  }
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE (same membership check, same
  // end at COMMIT or ROLLBACK), evaluated after the settings in the same statement.
  const now = ctx.now === undefined ? '' : ctx.now.toISOString();
  if (ctx.role !== 'system') {
    if (ctx.session !== undefined) {
      await sql`select casustafel_enter_session(${ctx.session.token}, ${ctx.session.at}, ${collaborationId}::uuid, ${partnerId}::uuid, ${userId}::uuid, ${ctx.role}),
                       set_config('app.now', ${now}, true),
                       set_config('role', ${APP_ROLE}, true)`.execute(trx);
    } else {
      await sql`select casustafel_enter_as(${collaborationId}::uuid, ${partnerId}::uuid, ${userId}::uuid, ${ctx.role}),
                       set_config('app.now', ${now}, true),
                       set_config('role', ${APP_ROLE}, true)`.execute(trx);
    }
    return;
  }
  await sql`select set_config('app.collaboration_id', ${collaborationId}, true),
                   set_config('app.partner_id', ${partnerId}, true),
                   set_config('app.user_id', ${userId}, true),
                   set_config('app.role', ${ctx.role}, true),
                   set_config('app.now', ${now}, true),
                   set_config('role', ${SYSTEM_ROLE}, true)`.execute(trx);
}
