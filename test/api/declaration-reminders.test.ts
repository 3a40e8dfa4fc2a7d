/**
 * Reminders before a confidentiality declaration or VOG check expires (issue 16 item 8, §4; seed
 * 002 art. 13.3 "gedurende het dienstverband"): the reminders job records them from the
 * collaboration's `declarations.reminderDaysBefore` days before the expiry, and the notices job
 * tells the user and the admin in the inbox and by e-mail — an e-mail without the user's name.
 * Each copy is the shipped Venlo configuration installed with fields changed (installChangedCopy),
 * under a fake clock; an SMTP server runs inside the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VENLO } from '../../src/collaborations/venlo.js';
import { loadConfig } from '../../src/config.js';
import { deliverOutbox } from '../../src/jobs/mail-outbox.job.js';
import { noticesJob, remindersJob, runJob } from '../../src/jobs/index.js';
import { smtpSender } from '../../src/mail/smtp.js';
import type { MailSender } from '../../src/mail/smtp.js';
import { createUser } from '../../src/services/setup/create-user.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, installChangedCopy } from '../support/config-field.js';
import type { ConfigField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { startSmtp } from '../support/smtp.js';
import type { TestSmtp } from '../support/smtp.js';

const PASSWORD = 'een-lang-wachtwoord-voor-de-kopie';
const FROM = 'Casustafel <noreply@casustafel.example.test>';
const DAY = 86_400_000;
let smtp: TestSmtp;
let s: TestServer;
let sender: MailSender;
let copies = 0;

beforeAll(async () => {
  smtp = await startSmtp();
  s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', SMTP_URL: smtp.url, PUBLIC_URL: 'https://casustafel.example.test', MAIL_FROM: FROM }), mailEveryMs: 0 });
  sender = smtpSender(smtp.url, FROM);
});
afterAll(async () => {
  sender.close();
  await s.close();
  await smtp.stop();
});

const emailOf = (username: string): string => `${username.replace('@', '.')}@casustafel.example.test`;

interface Copy {
  readonly slug: string;
  readonly admin: string;
  /** A professional of Gemeente Venlo whose VOG was checked `vogDaysAgo` days ago, with an e-mail address. */
  readonly user: { readonly username: string; readonly id: string };
}

async function installCopy(changes: readonly (readonly [ConfigField, unknown])[], vogDaysAgo: number): Promise<Copy> {
  copies += 1;
  const slug = `zorgnetwerk-venlo-herinnering-${copies}`;
  const installed = await installChangedCopy(s, VENLO, { id: slug, adminPartner: 'gemeente-venlo', password: PASSWORD }, changes);
  const now = s.deps.now().getTime();
  const username = `smits@${slug}`;
  const id = await s.deps.database.withTransaction(systemContext(), (trx) =>
    createUser(trx, {
      collaborationId: installed.id,
      partnerId: installed.partners['gemeente-venlo'] ?? '',
      username,
      displayName: 'Marieke Smits',
      role: 'professional',
      password: { plain: PASSWORD },
      confidentialityDeclaredAt: new Date(now - 10 * DAY),
      vogCheckedAt: new Date(now - vogDaysAgo * DAY),
    }),
  );
  const admin = `beheerder@${slug}`;
  for (const u of [username, admin]) await s.deps.database.db.updateTable('users').set({ email: emailOf(u) }).where('username', '=', u).execute();
  return { slug, admin, user: { username, id } };
}

async function declarationNotices(username: string): Promise<{ kind: string; link: string }[]> {
  const res = await s.request('GET', '/api/inbox', await s.login(username, PASSWORD));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ notifications: { kind: string; link: string }[] }>().notifications.filter((n) => n.kind.startsWith('reminder.declaration_')).map((n) => ({ kind: n.kind, link: n.link }));
}

/** Runs the reminders and the notices job and delivers the outbox; returns the messages sent. */
async function runAndDeliver(): Promise<TestSmtp['messages']> {
  expect((await runJob(s.deps, remindersJob)).status).toBe('succeeded');
  expect((await runJob(s.deps, noticesJob)).status).toBe('succeeded');
  const before = smtp.messages.length;
  await deliverOutbox(s.deps, sender);
  return smtp.messages.slice(before);
}

describe('declarations.reminderDaysBefore: reminders before a declaration or VOG check expires', () => {
  it('§4 the user and the admin are told once, from the configured days before the expiry, in the inbox and by e-mail without the name; a shorter lead time tells later; no period, no reminder', async () => {
    const vog12 = [configField('declarations.vog.validMonths'), 12] as const;
    const baseline = await installCopy([], 300);
    const month = await installCopy([vog12], 300);
    const week = await installCopy([vog12, [configField('declarations.reminderDaysBefore'), 7]], 300);
    const copiesAll = [baseline, month, week];

    // ~65 days before the expiry: nobody is told yet.
    await runAndDeliver();
    for (const c of copiesAll) {
      expect(await declarationNotices(c.user.username), c.slug).toEqual([]);
      expect(await declarationNotices(c.admin), c.slug).toEqual([]);
    }

    // ~25 days before: within the shipped 30 days, not within 7.
    s.advance(40 * DAY);
    const sent = await runAndDeliver();
    expect(await declarationNotices(month.user.username)).toEqual([{ kind: 'reminder.declaration_expiring', link: '/' }]);
    expect(await declarationNotices(month.admin)).toEqual([{ kind: 'reminder.declaration_to_renew', link: `/admin/users/${month.user.id}` }]);
    for (const c of [baseline, week]) {
      expect(await declarationNotices(c.user.username), c.slug).toEqual([]);
      expect(await declarationNotices(c.admin), c.slug).toEqual([]);
    }
    const declarationMails = sent.filter((m) => (m.subject ?? '').includes('geheimhoudingsverklaring of VOG'));
    expect(declarationMails.flatMap((m) => smtp.to(m)).sort()).toEqual([emailOf(month.admin), emailOf(month.user.username)].sort());
    for (const m of declarationMails) {
      const all = `${m.subject ?? ''}\n${m.text ?? ''}`;
      for (const f of ['Smits', 'smits', 'Marieke', month.user.id]) expect(all, `"${m.subject ?? ''}" holds "${f}"`).not.toContain(f);
    }

    // Running again tells nobody twice.
    expect((await runAndDeliver()).filter((m) => (m.subject ?? '').includes('geheimhoudingsverklaring of VOG'))).toEqual([]);
    expect(await declarationNotices(month.user.username)).toHaveLength(1);

    // ~5 days before: the copy with 7 days tells now; the admin of the first records the renewal.
    const renewed = await s.request('PUT', `/api/users/${month.user.id}/checks`, await s.login(month.admin, PASSWORD), { vogCheckedAt: s.deps.now().toISOString() });
    expect(renewed.statusCode, renewed.body).toBe(200);
    s.advance(20 * DAY);
    await runAndDeliver();
    expect(await declarationNotices(week.user.username)).toEqual([{ kind: 'reminder.declaration_expiring', link: '/' }]);
    expect(await declarationNotices(week.admin)).toEqual([{ kind: 'reminder.declaration_to_renew', link: `/admin/users/${week.user.id}` }]);
    expect(await declarationNotices(month.user.username)).toHaveLength(1);
    expect(await declarationNotices(baseline.user.username)).toEqual([]);
  });
});

describe('16.8 declaration reminders in the reminders list', () => {
  interface ReminderRow {
    kind: string;
    dueAt: string;
    overdue: boolean;
    refId: string;
  }
  const listed = async (username: string): Promise<ReminderRow[]> => {
    const res = await s.request('GET', '/api/reminders', await s.login(username, PASSWORD));
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ReminderRow[]>().filter((r) => r.kind.startsWith('declaration_'));
  };

  it('16.8 /api/reminders lists the expiring declaration to the user and the renewal to the admin, from reminderDaysBefore days before the expiry; nobody else; not on the shipped copy; gone once renewed', async () => {
    const baseline = await installCopy([], 300);
    const month = await installCopy([[configField('declarations.vog.validMonths'), 12]], 300);
    // The admins sign their own declaration and pass their check (personal routes ask for both).
    for (const c of [baseline, month]) await s.deps.database.db.updateTable('users').set({ confidentiality_declared_at: s.deps.now(), vog_checked_at: s.deps.now() }).where('username', '=', c.admin).execute();
    expect(await listed(month.user.username)).toEqual([]);
    expect(await listed(month.admin)).toEqual([]);
    s.advance(40 * DAY);
    const expiry = new Date(s.deps.now().getTime() - 340 * DAY);
    const mine = await listed(month.user.username);
    expect(mine.map((r) => [r.kind, r.refId, r.overdue])).toEqual([['declaration_expiring', month.user.id, false]]);
    expect(Date.parse(mine[0]?.dueAt ?? '')).toBeGreaterThan(expiry.getTime() + 364 * DAY);
    expect((await listed(month.admin)).map((r) => [r.kind, r.refId])).toEqual([['declaration_to_renew', month.user.id]]);
    for (const who of [baseline.user.username, baseline.admin]) expect(await listed(who), who).toEqual([]);
    const renewed = await s.request('PUT', `/api/users/${month.user.id}/checks`, await s.login(month.admin, PASSWORD), { vogCheckedAt: s.deps.now().toISOString() });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(await listed(month.user.username)).toEqual([]);
    expect(await listed(month.admin)).toEqual([]);
  });
});
