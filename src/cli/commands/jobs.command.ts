/** `retention run [--dry-run]` and `reminders run`: run a job now, with a progress bar on a terminal. */
import type { Command } from 'commander';
import { runJob } from '../../jobs/job-runner.js';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { remindersJob } from '../../jobs/reminders.job.js';
import { retentionJob } from '../../jobs/retention.job.js';
import { addStoreOptions, out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';
import { progressBar } from '../progress.js';

async function runNow(job: JobDefinition, options: StoreOptions & { dryRun?: boolean; runKey?: string }): Promise<void> {
  await withDeps(options, async ({ deps }) => {
    const bar = progressBar(job.name);
    try {
      const outcome = await runJob(deps, job, {
        dryRun: options.dryRun ?? false,
        ...(options.runKey === undefined ? {} : { runKey: options.runKey }),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      if (outcome.status === 'skipped') {
        out(`${job.name}: overgeslagen / skipped (${outcome.reason === 'locked' ? 'draait al elders / already running elsewhere' : 'run key al gebruikt / run key already used'}).`);
        return;
      }
      const counts = Object.entries(outcome.counts).map(([k, v]) => `${k}=${v}`).join(' ');
      out(`${job.name}${outcome.dryRun ? ' (proef / dry run, niets gewijzigd / nothing changed)' : ''}: ${counts}`);
    } finally {
      bar.stop();
    }
  });
}

export function registerJobCommands(program: Command): void {
  const retention = program.command('retention').description('Retention of case data (P12, P13)');
  addStoreOptions(
    retention
      .command('run')
      .description('Archive and delete what is due now, and record retention reminders')
      .option('--dry-run', 'count what is due without changing anything')
      .option('--run-key <key>', 'a key that makes a repeated run a no-op (e.g. the date)'),
  ).action((options: StoreOptions & { dryRun?: boolean; runKey?: string }) => runNow(retentionJob, options));

  const reminders = program.command('reminders').description('Reminders for deadlines (P10, P15, P17, P13)');
  addStoreOptions(
    reminders.command('run').description('Record the reminders that are due now').option('--dry-run', 'count without recording'),
  ).action((options: StoreOptions & { dryRun?: boolean }) => runNow(remindersJob, options));
}
