/**
 * Local login: argon2id password check, lockout after repeated failures, a server-side session
 * with a 256-bit random token of which only the SHA-256 is stored. Every attempt is audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { systemContext } from '../../store/acting-context.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, Trx } from '../ports.js';
import type { SessionPolicy } from './session-policy.js';

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly totp?: string | undefined;
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
  const outcome = await deps.database.withTransaction(systemContext(), async (trx) => {
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
    if (user === undefined || user.password_hash === null || !user.active) {
      await audit('deny', 'unknown_or_inactive');
      return { ok: false as const, error: new AppError('login_failed', FAILED) };
    }
    if (user.locked_until !== null && user.locked_until > now) {
      await audit('deny', 'locked');
      return {
        ok: false as const,
        error: new AppError('account_locked', {
          nl: 'Dit account is tijdelijk geblokkeerd na herhaalde mislukte pogingen.',
          en: 'This account is temporarily locked after repeated failed attempts.',
        }),
      };
    }
    const passwordOk = await verify(user.password_hash, input.password).catch(() => false);
    const factor = passwordOk ? await secondFactor(trx, { id: user.id, totpSecret: user.totp_secret, totpEnrolledAt: user.totp_enrolled_at }, input.totp) : 'refused';
    if (factor === 'refused') {
      const failed = user.failed_logins + 1;
      const lock = failed >= policy.maxFailedLogins;
      await trx
        .updateTable('users')
        .set({
          failed_logins: lock ? 0 : failed,
          locked_until: lock ? new Date(now.getTime() + policy.lockMinutes * 60_000) : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await audit('deny', lock ? 'locked_now' : passwordOk ? 'second_factor' : 'password');
      return { ok: false as const, error: new AppError('login_failed', FAILED) };
    }
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
