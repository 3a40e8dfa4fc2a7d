/**
 * The jobs of the product and the in-process timer that runs them (unref'd, so it never keeps
 * the process alive). Runs are safe with several processes on one PostgreSQL (see job-runner).
 */
import type { ServiceDeps } from '../services/ports.js';
import { runJob } from './job-runner.js';
import type { JobDefinition, JobOutcome } from './job-runner.js';
import { noticesJob } from './notices.job.js';
import { remindersJob } from './reminders.job.js';
import { retentionJob } from './retention.job.js';

export const JOBS: readonly JobDefinition[] = [retentionJob, remindersJob, noticesJob];

/** Called with every job's outcome (metrics); `failed` when it threw. */
export type JobObserver = (job: string, status: 'succeeded' | 'skipped' | 'failed') => void;

/**
 * Runs every job once, in order; a failing job does not stop the next. With a `runKey`, a job
 * that any process already ran under that key is skipped: server processes that share one
 * PostgreSQL pass the same key per interval, so each interval's run happens once in all.
 */
export async function runAllJobs(deps: ServiceDeps, log: (message: string) => void, runKey?: string, observe?: JobObserver): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of JOBS) {
    try {
      const outcome = await runJob(deps, job, runKey === undefined ? {} : { runKey });
      outcomes.push(outcome);
      observe?.(job.name, outcome.status);
    } catch (error) {
      observe?.(job.name, 'failed');
      log(`job ${job.name} mislukt / failed: ${error instanceof Error ? error.name : 'Error'}`);
    }
  }
  return outcomes;
}

/** The run key of the interval `now` falls in: the same in every process with the same interval. */
export const intervalRunKey = (now: Date, everyMs: number): string => `interval:${everyMs}:${Math.floor(now.getTime() / everyMs)}`;

export interface JobTimer {
  stop(): Promise<void>;
}

/**
 * Runs the jobs every `everyMs`; a run never overlaps the previous one, and with several server
 * processes on one database each interval's run happens in one of them only (`intervalRunKey`).
 */
export function startJobTimer(deps: ServiceDeps, everyMs: number, log: (message: string) => void, observe?: JobObserver): JobTimer {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = runAllJobs(deps, log, intervalRunKey(deps.now(), everyMs), observe).finally(() => {
      busy = false;
    });
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}

export { runJob, retentionJob, remindersJob, noticesJob };
export type { JobDefinition, JobOutcome };
