/**
 * `retention run [--dry-run]`, `reminders run`, `notices run`: run a job now, with a progress bar on
 * a terminal; `mail deliver`: hand the e-mail outbox to SMTP_URL now.
 */
import type { Command } from 'commander';
import { runJob } from '../../jobs/job-runner.js';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { remindersJob } from '../../jobs/reminders.job.js';
import { noticesJob } from '../../jobs/notices.job.js';
import { deliverOutbox } from '../../jobs/mail-outbox.job.js';
import { loadConfig } from '../../config.js';
import { smtpSender } from '../../mail/smtp.js';
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

  const notices = program.command('notices').description('Notices in the inbox and the e-mail outbox (§7)');
  addStoreOptions(
    notices.command('run').description('Tell the people concerned of new reminders and of plan actions due soon or overdue').option('--dry-run', 'count without telling anyone'),
  ).action((options: StoreOptions & { dryRun?: boolean }) => runNow(noticesJob, options));

  const mail = program.command('mail').description('E-mail notices through SMTP_URL (§7)');
  addStoreOptions(mail.command('deliver').description('Deliver the e-mail outbox now (also done by the server every MAIL_INTERVAL_SECONDS)')).action(async (options: StoreOptions) => {
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
  });
}
