/**
 * After a session (issues 17 and 18, ADR 0080) on Nijmegen's shipped Regieteam, against a real
 * SMTP server started inside the test: the action lists are really sent — each participant gets
 * one e-mail per item it took part in, linking to its own action list PDF (never attached), no
 * personal data in any message — and the link gives the participant its PDF through the access
 * gate while another participant is refused. The week to send it in is tracked: the process
 * director is reminded when it is not sent. Session reminders (actions due and overdue,
 * follow-ups, evaluations) are part of `/api/reminders` and are recorded by the reminders job and
 * told by the notices job on the right dates (fake clock).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { deliverOutbox } from '../../src/jobs/mail-outbox.job.js';
import { noticesJob, remindersJob, runJob } from '../../src/jobs/index.js';
import { smtpSender } from '../../src/mail/smtp.js';
import type { MailSender } from '../../src/mail/smtp.js';
import { pdfText } from '../support/pdf-text.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { startSmtp } from '../support/smtp.js';
import type { TestSmtp } from '../support/smtp.js';
import { acceptedNijmegenCase, step } from './phases.flow.js';

const PUBLIC_URL = 'https://casustafel.example.test';
const FROM = 'Casustafel <noreply@casustafel.example.test>';
const NIJ = 'regieteams-nijmegen';
const DAY = 86_400_000;
const emailOf = (username: string): string => `${username.replace('@', '.')}@casustafel.example.test`;

let smtp: TestSmtp;
let s: TestServer;
let sender: MailSender;

beforeAll(async () => {
  smtp = await startSmtp();
  s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: FROM }), mailEveryMs: 0 });
  const users = await s.deps.database.db.selectFrom('users').select(['id', 'username']).execute();
  for (const u of users) await s.deps.database.db.updateTable('users').set({ email: emailOf(u.username) }).where('id', '=', u.id).execute();
  sender = smtpSender(smtp.url, FROM);
}, 120_000);
afterAll(async () => {
  sender.close();
  await s.close();
  await smtp.stop();
});

const deliver = () => deliverOutbox(s.deps, sender);
const PD = 'procesregisseur@nijmegen';
const A = 'talis@nijmegen';
const B = 'pro-persona@nijmegen';

const registerAccepted = (name: string): Promise<{ id: string; number: string }> => acceptedNijmegenCase(s, PD, name);

interface Planned {
  id: string;
  scheduledAt: string;
}

async function plannedSessions(from: string): Promise<Planned[]> {
  const res = await s.request('POST', '/api/sessions/plan', await s.login(PD), { bodyKind: 'table', bodyId: 'regieteam', from, days: 91 });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ sessions: Planned[] }>().sessions;
}

/** Puts cases on the session, invites one professional per item, and holds it with one action per item. */
async function holdSession(session: Planned, cases: readonly { id: string }[], invitees: readonly string[], actionDue: string): Promise<string[]> {
  const pd = await s.login(PD);
  const meetings: string[] = [];
  for (const [i, c] of cases.entries()) {
    const added = await s.request('POST', `/api/sessions/${session.id}/items`, pd, { caseId: c.id });
    expect(added.statusCode, added.body).toBe(201);
    const meetingId = added.json<{ meetingId: string }>().meetingId;
    meetings.push(meetingId);
    const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(invitees[i] ?? ''), role: 'intended_executor' });
    expect(inv.statusCode, inv.body).toBe(201);
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
  }
  s.setNow(new Date(Date.parse(session.scheduledAt) + 3_600_000));
  const chair = await s.login(PD);
  for (const [i, c] of cases.entries()) {
    const who = invitees[i] ?? '';
    const rec = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetings[i] ?? ''}/record`, chair, {
      version: 1, date: session.scheduledAt, status: 'held', reason: `Besproken (${String(i + 1)})`, present: [s.userId(who)],
      plan: { goals: [{ domain: 'housing', goal: `Doel ${String(i + 1)}` }], actions: [{ description: `Geheime actie ${String(i + 1)}`, ownerPartnerId: s.partnerId(NIJ, who.split('@')[0] ?? ''), ownerUserId: s.userId(who), dueAt: actionDue }] },
    });
    expect(rec.statusCode, rec.body).toBe(200);
  }
  return meetings;
}

const reminderKinds = async (who: string, caseIds: readonly string[]): Promise<string[]> => {
  const res = await s.request('GET', '/api/reminders', await s.login(who));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ kind: string; caseId: string | null }[]>().filter((r) => r.caseId !== null && caseIds.includes(r.caseId)).map((r) => r.kind).sort();
};

describe('issue 17/18: the action lists of a session are really sent, the week to send them is tracked', () => {
  it('§3.3 each participant gets an e-mail per item it took part in, linking to its own action list PDF; the PDF is not attached; the link passes the access gate; no personal data', async () => {
    s.setNow(new Date('2026-06-01T09:00:00Z'));
    const sessions = await plannedSessions('2026-06-01');
    const session = sessions.find((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
    if (session === undefined) throw new Error('no session');
    const names = ['Sanne Smulders mail', 'Teun Tielemans mail'];
    const cases = [await registerAccepted(names[0]!), await registerAccepted(names[1]!)];
    const meetings = await holdSession(session, cases, [A, B], '2026-09-30');

    // Not sent yet: three days before the week ends the process director is reminded, not before.
    const caseIds = cases.map((c) => c.id);
    const held = Date.parse(session.scheduledAt) + 3_600_000;
    s.setNow(new Date(held + 3 * DAY));
    expect(await reminderKinds(PD, caseIds)).toEqual([]);
    s.setNow(new Date(held + 4 * DAY + 60_000));
    expect(await reminderKinds(PD, caseIds)).toEqual(['action_list_due', 'action_list_due']);
    expect(await reminderKinds(A, caseIds)).toEqual([]);

    await deliver();
    const before = smtp.messages.length;
    const sent = await s.request('POST', `/api/sessions/${session.id}/action-list/sent`, await s.login(PD));
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ sent: 2, recipients: 2, withinWeek: true });
    expect(await deliver()).toMatchObject({ sent: 2, failed: 0 });
    const mails = smtp.messages.slice(before);
    expect(mails.flatMap((m) => smtp.to(m)).sort()).toEqual([emailOf(B), emailOf(A)].sort());
    for (const [i, who] of [A, B].entries()) {
      const m = mails.find((x) => smtp.to(x).includes(emailOf(who)));
      expect(m?.subject).toBe('Casustafel: er wacht de actielijst van een Ronde Tafel Overleg op u');
      // The link to the reader's own PDF; the PDF itself never travels by e-mail.
      expect(m?.text).toContain(`${PUBLIC_URL}/api/cases/${cases[i]!.id}/documents/action-lists/${meetings[i]!}`);
      expect(m?.text).not.toContain(meetings[1 - i]!);
      expect(m?.attachments).toEqual([]);
      const all = `${m?.subject ?? ''}\n${m?.text ?? ''}`;
      for (const f of [...names, ...cases.map((c) => c.number), 'Geheime actie']) expect(all).not.toContain(f);
    }
    // Sending again sends nothing more; the reminder is gone.
    expect((await s.request('POST', `/api/sessions/${session.id}/action-list/sent`, await s.login(PD))).json()).toEqual({ sent: 0, recipients: 0, withinWeek: true });
    expect(await reminderKinds(PD, caseIds)).toEqual([]);

    // The link, opened by its reader after signing in: its own action list, audited as an export.
    const path = `/api/cases/${cases[0]!.id}/documents/action-lists/${meetings[0]!}`;
    const own = await s.request('GET', path, await s.login(A));
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(own.rawPayload)).text;
    expect(text).toContain('Geheime actie 1');
    expect(text).toContain(names[0]);
    const downloads = await s.deps.database.db.selectFrom('document_downloads').select(['kind', 'user_id']).where('ref_id', '=', meetings[0]!).execute();
    expect(downloads).toContainEqual({ kind: 'action_list', user_id: s.userId(A) });
    // Another item's participant cannot open it, whatever link it has.
    const other = await s.request('GET', path, await s.login(B));
    expect([403, 404]).toContain(other.statusCode);
    expect(other.body).not.toContain('Geheime actie 1');
  }, 180_000);
});

describe('issue 18: session reminders in /api/reminders, recorded by the reminders job and told by the notices job', () => {
  it('an action a week before and after its date, the follow-up the week before the next session, the evaluation after four weeks: listed, and each told once on its date', async () => {
    s.setNow(new Date('2026-09-01T09:00:00Z'));
    const sessions = (await plannedSessions('2026-09-01')).filter((x) => Date.parse(x.scheduledAt) > Date.parse('2026-09-03T00:00:00Z'));
    const [first, second] = sessions;
    if (first === undefined || second === undefined) throw new Error('expected two sessions');
    const c = await registerAccepted('Wim Willems herinnering');
    const due = new Date(Date.parse(first.scheduledAt) + 20 * DAY).toISOString();
    const [meetingId] = await holdSession(first, [c], [A], due);
    const pd = await s.login(PD);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId(A), meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/sessions/${first.id}/action-list/sent`, pd)).statusCode).toBe(200);
    await deliver();

    const dueMs = Date.parse(due);
    const inboxKinds = async (who: string): Promise<string[]> => {
      const res = await s.request('GET', '/api/inbox', await s.login(who));
      return res.json<{ notifications: { kind: string; caseId: string | null }[] }>().notifications.filter((n) => n.caseId === c.id).map((n) => n.kind).sort();
    };
    const jobs = async (at: number): Promise<void> => {
      s.setNow(new Date(at));
      expect((await runJob(s.deps, remindersJob)).status).toBe('succeeded');
      expect((await runJob(s.deps, noticesJob)).status).toBe('succeeded');
    };
    const planNoticesOfA = async (): Promise<number> =>
      (await s.deps.database.db.selectFrom('notifications').select('id').where('user_id', '=', s.userId(A)).where('kind', 'like', 'plan_action%').execute()).length;
    const planNoticesBefore = await planNoticesOfA();
    const before = smtp.messages.length;
    await jobs(dueMs - 8 * DAY);
    expect(await reminderKinds(A, [c.id])).toEqual([]);
    expect((await inboxKinds(A)).filter((k) => k.startsWith('plan_action'))).toEqual([]);
    await jobs(dueMs - 7 * DAY + 60_000);
    expect(await reminderKinds(A, [c.id])).toEqual(['action_due']);
    expect(await reminderKinds(B, [c.id])).toEqual([]);
    await jobs(dueMs - 2 * DAY);
    expect((await inboxKinds(A)).filter((k) => k.startsWith('plan_action'))).toEqual(['plan_action_due']);
    await jobs(dueMs + 3_600_000);
    expect(await reminderKinds(A, [c.id])).toEqual(['action_overdue']);
    expect((await inboxKinds(A)).filter((k) => k.startsWith('plan_action'))).toEqual(['plan_action_due', 'plan_action_overdue']);
    // Four weeks after the discussion, nothing planned: the evaluation is due for the case's staff.
    await jobs(Date.parse(first.scheduledAt) + 28 * DAY + 2 * 3_600_000);
    expect(await reminderKinds(PD, [c.id])).toContain('evaluation_due');
    expect(await inboxKinds(PD)).toContain('reminder.evaluation_due');
    // The clock goes back below to plan the next session: deliver now what fell due up to here.
    await deliver();

    // The case goes on the next session; B is invited and is reminded the week before, once.
    s.setNow(new Date(Date.parse(first.scheduledAt) + 2 * DAY));
    const pd2 = await s.login(PD);
    const next = (await s.request('POST', `/api/sessions/${second.id}/items`, pd2, { caseId: c.id })).json<{ meetingId: string; reason: string }>();
    expect(next.reason).toBe('follow_up');
    expect((await s.request('POST', `/api/cases/${c.id}/meetings/${next.meetingId}/invitations`, pd2, { userId: s.userId(B), role: 'expert' })).statusCode).toBe(201);
    await jobs(Date.parse(second.scheduledAt) - 8 * DAY);
    expect(await inboxKinds(B)).not.toContain('reminder.follow_up');
    await jobs(Date.parse(second.scheduledAt) - 6 * DAY);
    await jobs(Date.parse(second.scheduledAt) - 5 * DAY);
    expect(await reminderKinds(B, [c.id])).toEqual(['follow_up']);
    expect((await inboxKinds(B)).filter((k) => k === 'reminder.follow_up')).toHaveLength(1);
    expect((await inboxKinds(PD)).filter((k) => k === 'reminder.follow_up')).toHaveLength(1);

    // The same notices went out by e-mail, each once, without personal data.
    await deliver();
    const mails = smtp.messages.slice(before);
    const subjectsTo = (who: string) => mails.filter((m) => smtp.to(m).includes(emailOf(who))).map((m) => m.subject ?? '');
    expect(subjectsTo(B)).toContain('Casustafel: er wacht een herinnering: een vervolgbespreking in het komende overleg op u');
    expect(subjectsTo(B).filter((x) => x.includes('vervolgbespreking'))).toHaveLength(1);
    // One e-mail per plan-action notice (this case's two, and any other case of A's that fell due meanwhile).
    expect(subjectsTo(A).filter((x) => x.includes('plan van aanpak'))).toHaveLength((await planNoticesOfA()) - planNoticesBefore);
    for (const m of mails) expect(`${m.subject ?? ''}\n${m.text ?? ''}`).not.toMatch(/Willems|Geheime actie/);
  }, 180_000);
});
