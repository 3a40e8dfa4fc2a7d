/**
 * The delivery rules of the e-mail outbox (§7): when a message that could not be handed to the
 * SMTP server is tried again, and when it is given up (and shown to the admin as failed). An SMTP
 * server that is down never fails the user's action: the message waits in the outbox.
 */

/** After this many attempts a message is marked failed; the admin can send it again. */
export const MAX_MAIL_ATTEMPTS = 10;

/** A claimed message not settled within this time is taken up again by any server process. */
export const MAIL_CLAIM_LEASE_MS = 5 * 60_000;

const MINUTE = 60_000;

/** The wait before the next attempt after `attempts` failed ones: 1, 2, 4, ... minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(60 * MINUTE, MINUTE * 2 ** Math.min(n - 1, 10));
}

export type AttemptOutcome =
  | { readonly status: 'sent' }
  | { readonly status: 'pending'; readonly nextAttemptAt: number }
  | { readonly status: 'failed' };

/** What becomes of a message after an attempt (its `attempts` already counts this one). */
export function afterAttempt(delivered: boolean, attempts: number, now: number): AttemptOutcome {
  if (delivered) return { status: 'sent' };
  if (attempts >= MAX_MAIL_ATTEMPTS) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: now + retryDelayMs(attempts) };
}

/**
 * An SMTP error as the admin may see it: the server's reply code and a short text, with e-mail
 * addresses masked (they are the users' and need not be in the failure list twice).
 */
export function describeMailError(error: { readonly code?: string | undefined; readonly responseCode?: number | undefined; readonly message?: string | undefined }): string {
  const parts = [error.responseCode === undefined ? null : String(error.responseCode), error.code ?? null, (error.message ?? '').slice(0, 200)];
  return parts
    .filter((p): p is string => p !== null && p !== '')
    .join(' ')
    .replace(/[^\s<>@]+@[^\s<>@]+/g, '…@…');
}
