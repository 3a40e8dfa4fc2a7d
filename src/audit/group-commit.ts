/**
 * Group commit for the audit records of reads: requests hand their records over and wait; one
 * transaction at a time appends everything that has arrived (one INSERT, one COMMIT, one flush
 * to disk) and then answers every waiter. Records that arrive while a flush is in flight go into
 * the next one, so under load many requests share one flush; alone, a request waits for its own.
 *
 * Durable and fail closed: a waiter is answered only after its records' COMMIT returned, and a
 * failed flush rejects every waiter in it — the read service then returns no data.
 */
import type { AppDatabase } from '../store/database.js';
import { appendAuditMany } from './append.js';
import type { AuditRecord } from './audit-record.js';

interface Waiter {
  readonly records: readonly AuditRecord[];
  resolve(): void;
  reject(error: unknown): void;
}

export interface GroupCommitter {
  /** Resolves when the records are committed (with whatever else was waiting); rejects when that commit failed. */
  append(records: readonly AuditRecord[]): Promise<void>;
  /** Flushes (the number of commits) and records so far: how much sharing happened. */
  stats(): { readonly flushes: number; readonly records: number };
}

export function groupCommitter(database: AppDatabase, maxRecords = 2000): GroupCommitter {
  let queue: Waiter[] = [];
  let flushing = false;
  let flushes = 0;
  let records = 0;

  const drain = async (): Promise<void> => {
    flushing = true;
    try {
      while (queue.length > 0) {
        // Take whole waiters up to about maxRecords; one waiter's records never split.
        let take = 0;
        let count = 0;
        while (take < queue.length && (take === 0 || count + (queue[take]?.records.length ?? 0) <= maxRecords)) {
          count += queue[take]?.records.length ?? 0;
          take += 1;
        }
        const group = queue.slice(0, take);
        queue = queue.slice(take);
        try {
          // One statement on the owner connection (as the sealer uses): it commits on its own, all
          // or nothing — one round trip, one flush for the whole group.
          await appendAuditMany(database.db, group.flatMap((w) => w.records));
          flushes += 1;
          records += count;
          for (const w of group) w.resolve();
        } catch (error) {
          for (const w of group) w.reject(error);
        }
      }
    } finally {
      flushing = false;
    }
  };

  return {
    append: (list) => {
      if (list.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ records: list, resolve, reject });
        if (!flushing) void drain();
      });
    },
    stats: () => ({ flushes, records }),
  };
}
