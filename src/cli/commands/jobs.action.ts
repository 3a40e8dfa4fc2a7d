/** The work of `retention run`, `reminders run`, `notices run` and `mail deliver`, loaded only when one of them runs. */
import { loadConfig } from '../../config.js';
import { runJob } from '../../jobs/job-runner.js';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { deliverOutbox } from '../../jobs/mail-outbox.job.js';
import { noticesJob } from '../../jobs/notices.job.js';
import { remindersJob } from '../../jobs/reminders.job.js';
import { retentionJob } from '../../jobs/retention.job.js';
import { smtpSender } from '../../mail/smtp.js';
import { out, withDeps } from '../cli-context.js';
import type { StoreOptions } from '../cli-context.js';
import { progressBar } from '../progress.js';

const JOBS: Record<'retention' | 'reminders' | 'notices', JobDefinition> = { retention: retentionJob, reminders: remindersJob, notices: noticesJob };

export function runJobCommand(name: 'retention' | 'reminders' | 'notices', options: StoreOptions & { dryRun?: boolean; runKey?: string }): Promise<void> {
  return runNow(JOBS[name], options);
}

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

export async function deliverMailCommand(options: StoreOptions): Promise<void> {
  const config = loadConfig(process.env).mail;
  if (config === null) {
    out('SMTP_URL is niet ingesteld: er is geen e-mail / SMTP_URL is not set: there is no e-mail.');
    process.exitCode = 1;
    return;
  }
  await withDeps(options, async ({ deps }) => {
    const sender = smtpSender(config.smtpUrl, config.from);
    try {
      const c = await deliverOutbox(deps, sender);
      out(`mail: claimed=${c.claimed} sent=${c.sent} retrying=${c.retrying} failed=${c.failed}`);
    } finally {
      sender.close();
    }
  });
}
