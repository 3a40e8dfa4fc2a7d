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

/** Runs every job once, in order; a failing job does not stop the next. */
export async function runAllJobs(deps: ServiceDeps, log: (message: string) => void): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of JOBS) {
    try {
      outcomes.push(await runJob(deps, job));
    } catch (error) {
      log(`job ${job.name} mislukt / failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return outcomes;
}

export interface JobTimer {
  stop(): Promise<void>;
}

/** Runs the jobs every `everyMs`; a run never overlaps the previous one. */
export function startJobTimer(deps: ServiceDeps, everyMs: number, log: (message: string) => void): JobTimer {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = runAllJobs(deps, log).finally(() => {
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
