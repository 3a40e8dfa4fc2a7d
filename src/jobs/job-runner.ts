/**
 * Runs typed jobs (retention, reminders) once per call, in one transaction acting as the system:
 * a PostgreSQL advisory transaction lock (try-lock) makes a second process that starts the same
 * job at the same time skip it, and the `job_runs` row (unique per job and run key) records the
 * run with its counts. The jobs themselves are idempotent, so a later run finds nothing left.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { JsonValue } from '../store/schema.js';
import { systemContext } from '../store/acting-context.js';
import type { ServiceDeps, Trx } from '../services/ports.js';

export type JobCounts = Readonly<Record<string, number>>;

export interface JobContext {
  readonly deps: ServiceDeps;
  readonly trx: Trx;
  readonly now: Date;
  /** Compute and count, change nothing. */
  readonly dryRun: boolean;
  readonly progress: (done: number, total: number) => void;
}

export interface JobDefinition<C extends JobCounts = JobCounts> {
  readonly name: string;
  readonly description: string;
  run(ctx: JobContext): Promise<C>;
}

export type JobOutcome<C extends JobCounts = JobCounts> =
  | { readonly status: 'succeeded'; readonly counts: C; readonly runKey: string; readonly dryRun: boolean }
  | { readonly status: 'skipped'; readonly reason: 'locked' | 'already_ran'; readonly runKey: string };

export interface RunOptions {
  /** A run key that was used before makes the run a no-op (e.g. a day for a daily run); default: unique. */
  readonly runKey?: string;
  readonly dryRun?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

class DryRunDone<C> extends Error {
  constructor(readonly counts: C) {
    super('dry run');
  }
}

/** The 64-bit advisory lock key of a job, the same in every process. */
const lockKey = (job: string): ReturnType<typeof sql> => sql`hashtext(${`casustafel.job.${job}`})`;

export async function runJob<C extends JobCounts>(deps: ServiceDeps, job: JobDefinition<C>, options: RunOptions = {}): Promise<JobOutcome<C>> {
  const jobDeps: ServiceDeps = { ...deps, accessPoint: 'job' };
  const now = deps.now();
  const runKey = options.runKey ?? `${now.toISOString()}/${randomUUID()}`;
  const dryRun = options.dryRun ?? false;
  try {
    // The job's clock reaches the database too (casustafel_now(), ADR 0116), e.g. for destroyed_at (migration 421).
    return await deps.database.withTransaction({ ...systemContext(), now }, async (trx): Promise<JobOutcome<C>> => {
      const lock = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${lockKey(job.name)}) as locked`.execute(trx);
      if (lock.rows[0]?.locked !== true) return { status: 'skipped', reason: 'locked', runKey };
      if (!dryRun) {
        const inserted = await trx
          .insertInto('job_runs')
          .values({ job: job.name, run_key: runKey, started_at: now, status: 'running' })
          .onConflict((oc) => oc.columns(['job', 'run_key']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted === undefined) return { status: 'skipped', reason: 'already_ran', runKey };
      }
      const counts = await job.run({ deps: jobDeps, trx, now, dryRun, progress: options.onProgress ?? (() => undefined) });
      if (dryRun) throw new DryRunDone(counts);
      await trx
        .updateTable('job_runs')
        .set({ status: 'succeeded', finished_at: deps.now(), detail: JSON.stringify(counts as Record<string, JsonValue>) })
        .where('job', '=', job.name)
        .where('run_key', '=', runKey)
        .execute();
      return { status: 'succeeded', counts, runKey, dryRun: false };
    });
  } catch (error) {
    if (error instanceof DryRunDone) return { status: 'succeeded', counts: error.counts as C, runKey, dryRun: true };
    // The work was rolled back; the failure itself is recorded (without details that could hold personal data).
    const name = error instanceof Error ? error.name : 'Error';
    await deps.database
      .withTransaction(systemContext(), (trx) =>
        trx
          .insertInto('job_runs')
          .values({ job: job.name, run_key: runKey, started_at: now, finished_at: deps.now(), status: 'failed', detail: JSON.stringify({ error: name }) })
          .onConflict((oc) => oc.columns(['job', 'run_key']).doUpdateSet({ status: 'failed', finished_at: deps.now(), detail: JSON.stringify({ error: name }) }))
          .execute(),
      )
      .catch(() => undefined);
    throw error;
  }
}
