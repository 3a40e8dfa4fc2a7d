/**
 * The database's state for `/api/health`: reachable, and able to commit a write. Writes one
 * row (migration 050) at most every `everyMs`; in between the last answer is reused, so the
 * health endpoint cannot be used to load the database.
 */
import { sql } from 'kysely';
import { systemContext } from './acting-context.js';
import type { AppDatabase } from './database.js';
import { isDatabaseUnavailable } from './database-errors.js';

export type DatabaseState = 'ok' | 'unreachable' | 'not_writable';

export interface DatabaseHealth {
  check(now: Date): Promise<DatabaseState>;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('health check timed out'), { code: 'ETIMEDOUT' })), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

export function databaseHealth(database: AppDatabase, options: { everyMs?: number; timeoutMs?: number } = {}): DatabaseHealth {
  const everyMs = options.everyMs ?? 2000;
  const timeoutMs = options.timeoutMs ?? 3000;
  let last: { at: number; state: DatabaseState } | null = null;
  let running: Promise<DatabaseState> | null = null;

  const probe = async (now: Date): Promise<DatabaseState> => {
    try {
      await withTimeout(sql`select 1`.execute(database.db), timeoutMs);
    } catch {
      return 'unreachable';
    }
    try {
      await withTimeout(
        database.withTransaction(systemContext(), (trx) =>
          trx
            .insertInto('health_probe')
            .values({ id: 1, at: now })
            .onConflict((oc) => oc.column('id').doUpdateSet({ at: now }))
            .execute(),
        ),
        timeoutMs,
      );
      return 'ok';
    } catch (error) {
      return isDatabaseUnavailable(error) && /connect|terminat|queryable/i.test(String(error)) ? 'unreachable' : 'not_writable';
    }
  };

  return {
    check: async (now) => {
      if (last !== null && Date.now() - last.at < everyMs) return last.state;
      running ??= probe(now).finally(() => {
        running = null;
      });
      const state = await running;
      last = { at: Date.now(), state };
      return state;
    },
  };
}
