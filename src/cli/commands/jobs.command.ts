/**
 * `retention run [--dry-run]`, `reminders run`, `notices run`: run a job now, with a progress bar on
 * a terminal; `mail deliver`: hand the e-mail outbox to SMTP_URL now. The work of each command is
 * loaded only when it runs.
 */
import type { Command } from 'commander';
import { addStoreOptions } from '../cli-options.js';
import type { StoreOptions } from '../cli-options.js';

export function registerJobCommands(program: Command): void {
  const retention = program.command('retention').description('Retention of case data (P12, P13)');
  addStoreOptions(
    retention
      .command('run')
      .description('Archive and delete what is due now, and record retention reminders')
      .option('--dry-run', 'count what is due without changing anything')
      .option('--run-key <key>', 'a key that makes a repeated run a no-op (e.g. the date)'),
  ).action((options: StoreOptions & { dryRun?: boolean; runKey?: string }) => import('./jobs.action.js').then((m) => m.runJobCommand('retention', options)));

  const reminders = program.command('reminders').description('Reminders for deadlines (P10, P15, P17, P13)');
  addStoreOptions(
    reminders.command('run').description('Record the reminders that are due now').option('--dry-run', 'count without recording'),
  ).action((options: StoreOptions & { dryRun?: boolean }) => import('./jobs.action.js').then((m) => m.runJobCommand('reminders', options)));

  const notices = program.command('notices').description('Notices in the inbox and the e-mail outbox (§7)');
  addStoreOptions(
    notices.command('run').description('Tell the people concerned of new reminders and of plan actions due soon or overdue').option('--dry-run', 'count without telling anyone'),
  ).action((options: StoreOptions & { dryRun?: boolean }) => import('./jobs.action.js').then((m) => m.runJobCommand('notices', options)));

  const mail = program.command('mail').description('E-mail notices through SMTP_URL (§7)');
  addStoreOptions(mail.command('deliver').description('Deliver the e-mail outbox now (also done by the server every MAIL_INTERVAL_SECONDS)')).action((options: StoreOptions) =>
    import('./jobs.action.js').then((m) => m.deliverMailCommand(options)),
  );
}
