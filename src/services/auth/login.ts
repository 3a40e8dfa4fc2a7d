/**
 * Local login: argon2id password check, lockout after repeated failures, a server-side session
 * with a 256-bit random token of which only the SHA-256 is stored. Every attempt is audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { systemContext } from '../../store/acting-context.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { hashPassword } from '../setup/create-user.js';
import { checkBackoff } from './login-backoff.js';
import type { SessionPolicy } from './session-policy.js';

/**
 * A hash of a random password with the same parameters as real ones: unknown and inactive
 * usernames are checked against it, so they take as long as a wrong password (finding L5).
 */
let dummyHash: Promise<string> | null = null;
const timingTwin = (): Promise<string> => (dummyHash ??= hashPassword(randomBytes(24).toString('base64url')));

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly totp?: string | undefined;
  /** The client's address: back-off counts per username and source (ADR 0030). */
  readonly source?: string | undefined;
}

export interface LoginResult {
  readonly token: string;
  readonly expiresAt: Date;
  /** `verified`: a second factor was checked; `not_enrolled`: the account has none yet. */
  readonly secondFactor: 'verified' | 'not_enrolled';
  readonly user: { readonly id: string; readonly displayName: string; readonly role: string; readonly partnerId: string; readonly collaborationId: string };
}

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

const FAILED = { nl: 'Gebruikersnaam of wachtwoord onjuist.', en: 'Wrong username or password.' };

function waitError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(
    'rate_limited',
    {
      nl: `Te veel mislukte inlogpogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
      en: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    { reason: 'login_backoff' },
  );
}

export type SecondFactorOutcome = 'verified' | 'not_enrolled' | 'refused';

/** Verifies a second factor (src/services/auth/totp-enrolment.ts); runs after the password passed. */
export type SecondFactorCheck = (
  trx: Trx,
  user: { id: string; totpSecret: Buffer | null; totpEnrolledAt: Date | null },
  totp: string | undefined,
) => Promise<SecondFactorOutcome>;

export interface SessionUser {
  readonly id: string;
  readonly display_name: string;
  readonly role: string;
  readonly partner_id: string;
  readonly collaboration_id: string;
}

/** Opens a server-side session for a user whose authentication passed; only the token's hash is stored. */
export async function openSession(
  trx: Trx,
  policy: SessionPolicy,
  now: Date,
  user: SessionUser,
  secondFactorAt: Date | null,
): Promise<Omit<LoginResult, 'secondFactor'>> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
  await trx
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      collaboration_id: user.collaboration_id,
      partner_id: user.partner_id,
      role: user.role,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      second_factor_at: secondFactorAt,
    })
    .execute();
  return {
    token,
    expiresAt,
    user: { id: user.id, displayName: user.display_name, role: user.role, partnerId: user.partner_id, collaborationId: user.collaboration_id },
  };
}

export async function login(
  deps: ServiceDeps,
  policy: SessionPolicy,
  input: LoginInput,
  secondFactor: SecondFactorCheck,
): Promise<LoginResult> {
  const now = deps.now();
  const twin = await timingTwin();
  const outcome = await deps.database.withTransaction(systemContext(), async (trx) => {
    // Lock this username's back-off rows first: parallel attempts wait here and are counted one by one (M3).
    const backoff = await checkBackoff(trx, input.username, input.source ?? 'unknown', now);
    const user = await trx
      .selectFrom('users')
      .select(['id', 'display_name', 'role', 'partner_id', 'collaboration_id', 'password_hash', 'active', 'failed_logins', 'locked_until', 'totp_secret', 'totp_enrolled_at'])
      .where('username', '=', input.username)
      .executeTakeFirst();
    const audit = (outcome: 'allow' | 'deny', rule: string | null) =>
      deps.audit.append(trx, {
        at: now,
        userId: user?.id ?? null,
        partnerId: user?.partner_id ?? null,
        role: user?.role ?? null,
        onBehalfOfPartnerId: null,
        collaborationId: user?.collaboration_id ?? null,
        caseId: null,
        subjectId: null,
        contributionId: null,
        action: 'auth.login',
        purpose: null,
        legalBasisKind: null,
        accessPoint: deps.accessPoint,
        outcome,
        rule,
      });
    // Known and unknown usernames wait alike, before any password is checked (M10, L5).
    if (backoff.blocked !== null) {
      await audit('deny', backoff.blocked.scope === 'source' ? 'backoff' : 'backoff_account');
      return { ok: false as const, error: waitError(backoff.blocked.until, now) };
    }
    const usable = user !== undefined && user.password_hash !== null && user.active;
    const administrativelyLocked = usable && user.locked_until !== null && user.locked_until > now;
    // The same argon2id work for unknown, inactive and known usernames (L5).
    const passwordOk = (await verify(usable ? (user.password_hash ?? twin) : twin, input.password).catch(() => false)) && usable && !administrativelyLocked;
    const factor = passwordOk && user !== undefined ? await secondFactor(trx, { id: user.id, totpSecret: user.totp_secret, totpEnrolledAt: user.totp_enrolled_at }, input.totp) : 'refused';
    if (factor === 'refused' || user === undefined) {
      const { blockedNow } = await backoff.failed();
      const rule = blockedNow ? 'backoff_now' : !usable ? 'unknown_or_inactive' : administrativelyLocked ? 'locked' : passwordOk ? 'second_factor' : 'password';
      await audit('deny', rule);
      return { ok: false as const, error: new AppError('login_failed', FAILED) };
    }
    await backoff.succeeded();
    const session = await openSession(trx, policy, now, user, factor === 'verified' ? now : null);
    await audit('allow', factor === 'verified' ? 'second_factor' : 'password_only');
    return { ok: true as const, result: { ...session, secondFactor: factor } };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/** Ends the server-side session (logout), recorded in the audit log like the login was. */
export async function logout(deps: ServiceDeps, token: string): Promise<void> {
  const now = deps.now();
  await deps.database.withTransaction(systemContext(), async (trx) => {
    const ended = await trx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('revoked_at', 'is', null)
      .returning(['user_id', 'partner_id', 'role', 'collaboration_id'])
      .executeTakeFirst();
    if (ended === undefined) return;
    await deps.audit.append(trx, {
      at: now,
      userId: ended.user_id,
      partnerId: ended.partner_id,
      role: ended.role,
      onBehalfOfPartnerId: null,
      collaborationId: ended.collaboration_id,
      caseId: null,
      subjectId: null,
      contributionId: null,
      action: 'auth.logout',
      purpose: null,
      legalBasisKind: null,
      accessPoint: deps.accessPoint,
      outcome: 'allow',
      rule: null,
    });
  });
}
