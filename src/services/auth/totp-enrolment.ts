/**
 * TOTP as the second factor (ASVS V6): enrolment (a secret shown once as otpauth URI and QR
 * code), confirmation with the first code (which activates it, upgrades the current session and
 * hands out ten recovery codes), the check at login, and a reset by an administrator (CLI).
 */
import QRCode from 'qrcode';
import { systemContext } from '../../store/acting-context.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import type { SecondFactorCheck } from './login.js';
import { RECOVERY_CODE_PATTERN, hashRecoveryCode, newRecoveryCodes, useRecoveryCode } from './recovery-codes.js';
import { matchTotp, newTotpSecret, otpauthUri, base32Encode } from './totp.js';
import { newRecoverySalt, openTotpRecord, sealTotpRecord } from './totp-secret-store.js';

export interface TotpEnrolment {
  readonly otpauthUri: string;
  /** The secret in base32, for typing it in when the QR code cannot be scanned. */
  readonly secret: string;
  readonly qrSvg: string;
  readonly qrDataUrl: string;
}

const ALREADY = new AppError('conflict', {
  nl: 'Tweestapsverificatie is al actief voor dit account; laat een beheerder haar opnieuw instellen.',
  en: 'Two-step verification is already active for this account; ask an administrator to reset it.',
});

function audit(deps: ServiceDeps, trx: Trx, actor: SessionActor, action: string, outcome: 'allow' | 'deny', rule: string | null): Promise<void> {
  return deps.audit.append(trx, {
    at: deps.now(),
    userId: actor.userId,
    partnerId: actor.partnerId,
    role: actor.role,
    onBehalfOfPartnerId: null,
    collaborationId: actor.collaborationId,
    caseId: null,
    subjectId: null,
    contributionId: null,
    action,
    purpose: null,
    legalBasisKind: null,
    accessPoint: deps.accessPoint,
    outcome,
    rule,
  });
}

/** Starts (or restarts, while unconfirmed) the enrolment of the signed-in user. */
export async function enrolTotp(deps: ServiceDeps, actor: SessionActor): Promise<TotpEnrolment> {
  const secret = newTotpSecret();
  const username = await deps.database.withTransaction(systemContext(), async (trx) => {
    const user = await trx.selectFrom('users').select(['username', 'totp_enrolled_at']).where('id', '=', actor.userId).forUpdate().executeTakeFirstOrThrow();
    if (user.totp_enrolled_at !== null) throw ALREADY;
    const sealed = sealTotpRecord(deps.keys, actor.userId, { secret, lastStep: null, recoverySalt: newRecoverySalt(), recoveryHashes: [] });
    await trx.updateTable('users').set({ totp_secret: sealed, totp_enrolled_at: null, updated_at: deps.now() }).where('id', '=', actor.userId).execute();
    await audit(deps, trx, actor, 'auth.totp.enrol', 'allow', null);
    return user.username;
  });
  const uri = otpauthUri(secret, username);
  return {
    otpauthUri: uri,
    secret: base32Encode(secret),
    qrSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M' }),
    qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M' }),
  };
}

/** Activates TOTP with its first code; returns the recovery codes (shown once, stored hashed). */
export async function confirmTotp(deps: ServiceDeps, actor: SessionActor, code: string): Promise<{ recoveryCodes: string[] }> {
  const now = deps.now();
  const outcome = await deps.database.withTransaction(systemContext(), async (trx) => {
    const user = await trx.selectFrom('users').select(['totp_secret', 'totp_enrolled_at']).where('id', '=', actor.userId).forUpdate().executeTakeFirstOrThrow();
    if (user.totp_enrolled_at !== null) return { ok: false as const, error: ALREADY };
    if (user.totp_secret === null) {
      return { ok: false as const, error: new AppError('conflict', { nl: 'Start eerst de inschrijving van tweestapsverificatie.', en: 'Start the two-step verification enrolment first.' }) };
    }
    const record = openTotpRecord(deps.keys, actor.userId, user.totp_secret);
    const step = matchTotp(record.secret, code, now.getTime(), record.lastStep);
    if (step === null) {
      await audit(deps, trx, actor, 'auth.totp.confirm', 'deny', 'second_factor');
      return {
        ok: false as const,
        error: new AppError('validation_failed', { nl: 'De code klopt niet; probeer de volgende code uit de app.', en: 'The code is wrong; try the next code from the app.' }, { fields: [{ field: 'code', message: 'wrong code' }] }),
      };
    }
    const codes = newRecoveryCodes();
    const sealed = sealTotpRecord(deps.keys, actor.userId, { ...record, lastStep: step, recoveryHashes: codes.map((c) => hashRecoveryCode(record.recoverySalt, c)) });
    await trx.updateTable('users').set({ totp_secret: sealed, totp_enrolled_at: now, updated_at: now }).where('id', '=', actor.userId).execute();
    // The code proves possession of the factor: this session counts as strongly authenticated.
    await trx.updateTable('sessions').set({ second_factor_at: now }).where('id', '=', actor.sessionId).execute();
    await audit(deps, trx, actor, 'auth.totp.confirm', 'allow', null);
    return { ok: true as const, codes };
  });
  if (!outcome.ok) throw outcome.error;
  return { recoveryCodes: outcome.codes };
}

/**
 * The second factor at login: a current TOTP code (each step once) or an unused recovery code.
 * An account without confirmed TOTP passes as `not_enrolled`; the API then decides whether that
 * session is limited to enrolment (production) or complete (demo).
 */
export function totpSecondFactor(deps: ServiceDeps): SecondFactorCheck {
  return async (trx, user, code) => {
    if (user.totpSecret === null || user.totpEnrolledAt === null) return 'not_enrolled';
    if (code === undefined || code === '') return 'refused';
    const row = await trx.selectFrom('users').select('totp_secret').where('id', '=', user.id).forUpdate().executeTakeFirstOrThrow();
    if (row.totp_secret === null) return 'refused';
    const record = openTotpRecord(deps.keys, user.id, row.totp_secret);
    if (RECOVERY_CODE_PATTERN.test(code.trim().toLowerCase())) {
      const remaining = useRecoveryCode(record.recoverySalt, record.recoveryHashes, code);
      if (remaining === null) return 'refused';
      await trx.updateTable('users').set({ totp_secret: sealTotpRecord(deps.keys, user.id, { ...record, recoveryHashes: remaining }) }).where('id', '=', user.id).execute();
      return 'verified';
    }
    const step = matchTotp(record.secret, code, deps.now().getTime(), record.lastStep);
    if (step === null) return 'refused';
    await trx.updateTable('users').set({ totp_secret: sealTotpRecord(deps.keys, user.id, { ...record, lastStep: step }) }).where('id', '=', user.id).execute();
    return 'verified';
  };
}

/** Removes a user's TOTP (lost device, administrator action) and ends the user's sessions. */
export async function resetTotp(trx: Trx, userId: string, now: Date): Promise<void> {
  await trx.updateTable('users').set({ totp_secret: null, totp_enrolled_at: null, updated_at: now }).where('id', '=', userId).execute();
  await trx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
