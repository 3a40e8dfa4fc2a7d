/**
 * Login back-off (ADR 0030): after a few failures from one source address, that source waits,
 * doubling with every further failure; after many failures from all sources together, the
 * account waits too, except for sources that signed in to it successfully before. A stranger can
 * therefore no longer lock a user out with five requests (finding M10), and parallel guesses are
 * counted one by one because the rows are locked before the password is checked (finding M3).
 * Unknown usernames are counted exactly like known ones (finding L5).
 */
import { createHash } from 'node:crypto';
import type { Trx } from '../ports.js';

export interface BackoffPolicy {
  /** Failures from one source before it has to wait. */
  readonly freePerSource: number;
  /** Failures over all sources before sources without an earlier success have to wait. */
  readonly freePerAccount: number;
  /** The first wait; it doubles with each further failure. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Failures older than this are forgotten. */
  readonly forgetAfterMs: number;
  /** A source that signed in successfully within this time is not slowed by the account-wide back-off. */
  readonly knownSourceMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  freePerSource: 5,
  freePerAccount: 25,
  baseDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
  knownSourceMs: 30 * 24 * 3_600_000,
};

/** The wait after the `failures`-th failure, when `free` failures come without one. Pure. */
export function backoffDelayMs(failures: number, free: number, policy: Pick<BackoffPolicy, 'baseDelayMs' | 'maxDelayMs'>): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, 30);
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

const keyOf = (username: string, source: string): Buffer => createHash('sha256').update(`login\0${normaliseUsername(username)}\0${source}`, 'utf8').digest();

interface Row {
  failures: number;
  blocked_until: Date | null;
  last_failure_at: Date | null;
  last_success_at: Date | null;
}

export interface BackoffState {
  /** Refused without checking the password; `until` says when to try again. */
  readonly blocked: null | { readonly scope: 'source' | 'account'; readonly until: Date };
  /** Record the outcome of the password check (in the same transaction, rows still locked). */
  failed(): Promise<{ readonly blockedNow: boolean }>;
  succeeded(): Promise<void>;
}

async function lockRow(trx: Trx, key: Buffer): Promise<Row> {
  await trx.insertInto('login_backoff').values({ key }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return trx.selectFrom('login_backoff').select(['failures', 'blocked_until', 'last_failure_at', 'last_success_at']).where('key', '=', key).forUpdate().executeTakeFirstOrThrow();
}

/**
 * Locks the back-off rows of this username (this source, and all sources) for the caller's
 * transaction and tells whether the attempt must wait. Always takes the account row first, so
 * two attempts never lock in opposite order.
 */
export async function checkBackoff(trx: Trx, username: string, source: string, now: Date, policy: BackoffPolicy = DEFAULT_BACKOFF): Promise<BackoffState> {
  const accountKey = keyOf(username, '*');
  const sourceKey = keyOf(username, source);
  const account = await lockRow(trx, accountKey);
  const fromSource = await lockRow(trx, sourceKey);
  const t = now.getTime();
  const fresh = (row: Row): number => (row.last_failure_at !== null && t - row.last_failure_at.getTime() > policy.forgetAfterMs ? 0 : row.failures);
  const accountFailures = fresh(account);
  const sourceFailures = fresh(fromSource);
  const knownSource = fromSource.last_success_at !== null && t - fromSource.last_success_at.getTime() <= policy.knownSourceMs;

  let blocked: BackoffState['blocked'] = null;
  if (fromSource.blocked_until !== null && fromSource.blocked_until.getTime() > t && sourceFailures > 0) blocked = { scope: 'source', until: fromSource.blocked_until };
  else if (!knownSource && account.blocked_until !== null && account.blocked_until.getTime() > t && accountFailures > 0) blocked = { scope: 'account', until: account.blocked_until };

  return {
    blocked,
    failed: async () => {
      const s = sourceFailures + 1;
      const a = accountFailures + 1;
      const sourceDelay = backoffDelayMs(s, policy.freePerSource, policy);
      const accountDelay = backoffDelayMs(a, policy.freePerAccount, policy);
      await trx
        .updateTable('login_backoff')
        .set({ failures: s, last_failure_at: now, blocked_until: sourceDelay > 0 ? new Date(t + sourceDelay) : null })
        .where('key', '=', sourceKey)
        .execute();
      await trx
        .updateTable('login_backoff')
        .set({ failures: a, last_failure_at: now, blocked_until: accountDelay > 0 ? new Date(t + accountDelay) : null })
        .where('key', '=', accountKey)
        .execute();
      return { blockedNow: sourceDelay > 0 || (accountDelay > 0 && !knownSource) };
    },
    succeeded: async () => {
      await trx.updateTable('login_backoff').set({ failures: 0, blocked_until: null, last_success_at: now }).where('key', '=', sourceKey).execute();
    },
  };
}
