/**
 * E-mail notices (§7) against a real SMTP server started inside the test (smtp-server, parsed with
 * mailparser): the right people get the right notices, an RTO invitation carries an iCalendar
 * entry, no message holds a subject's name, BSN, case number or contribution text, the 24-hour
 * incident notice and the action list are really sent and recorded, and an SMTP outage fails no
 * action: the message waits in the durable outbox, visible to the admin, and is delivered once
 * after the server is back — also after a process restart, and with two processes delivering.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { deliverOutbox } from '../../src/jobs/mail-outbox.job.js';
import { smtpSender } from '../../src/mail/smtp.js';
import type { MailSender } from '../../src/mail/smtp.js';
import { startServer } from '../../src/server.js';
import { openDatabase } from '../../src/store/database.js';
import type { AppDatabase } from '../../src/store/database.js';
import { createScratchPostgres, DATABASE_URL, tempDir } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { startSmtp } from '../support/smtp.js';
import type { TestSmtp } from '../support/smtp.js';
import { NL, recordBody, registration, step, toRto, toTriage } from './phases.flow.js';

const PUBLIC_URL = 'https://casustafel.example.test';
const FROM = 'Casustafel <noreply@casustafel.example.test>';
const emailOf = (username: string): string => `${username.replace('@', '.')}@casustafel.example.test`;

async function giveEmails(db: AppDatabase): Promise<void> {
  const users = await db.db.selectFrom('users').select(['id', 'username']).execute();
  for (const u of users) await db.db.updateTable('users').set({ email: emailOf(u.username) }).where('id', '=', u.id).execute();
}

/** Every property a meeting's iCalendar entry may carry (meeting-ical.ts): no ATTENDEE, ORGANIZER or LOCATION. */
const ICAL_PROPERTIES = ['BEGIN', 'END', 'VERSION', 'CALSCALE', 'PRODID', 'METHOD', 'X-PUBLISHED-TTL', 'UID', 'SUMMARY', 'DTSTAMP', 'DTSTART', 'DESCRIPTION', 'URL', 'STATUS', 'X-MICROSOFT-CDO-BUSYSTATUS', 'CREATED', 'DURATION'];
const FORBIDDEN = [registration.subjects[0]!.name, registration.subjects[0]!.bsn, registration.registration.content, 'Markt 1'];

let smtp: TestSmtp;
let s: TestServer;
let sender: MailSender;

beforeAll(async () => {
  smtp = await startSmtp();
  s = await startTestServer({ config: loadConfig({ DEMO: 'on', NODE_ENV: 'test', SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: FROM }), mailEveryMs: 0 });
  await giveEmails(s.handle.deps.database);
  sender = smtpSender(smtp.url, FROM);
});
afterAll(async () => {
  sender.close();
  await s.close();
  await smtp.stop();
});

const deliver = () => deliverOutbox(s.deps, sender);
const mailsTo = (username: string) => smtp.messages.filter((m) => smtp.to(m).includes(emailOf(username)));

function expectNoPersonalData(caseNumbers: readonly string[]): void {
  for (const m of smtp.messages) {
    const all = `${m.subject ?? ''}\n${m.text ?? ''}\n${m.attachments.map((a) => a.content.toString('utf8')).join('\n')}`;
    for (const f of [...FORBIDDEN, ...caseNumbers]) expect(all, `message "${m.subject ?? ''}" holds "${f}"`).not.toContain(f);
  }
}

describe('e-mail notices through SMTP', () => {
  it('§7 RTO invitations: each invited professional gets a notice with an iCalendar entry and a link to the inbox; nobody else; no personal data', async () => {
    const before = smtp.messages.length;
    const { c } = await toRto(s);
    expect(await deliver()).toMatchObject({ sent: 2, failed: 0, retrying: 0 });
    expect(smtp.messages.length - before).toBe(2);
    for (const who of ['politie-limburg@noord-limburg', 'vincent-van-gogh@noord-limburg']) {
      const [m] = mailsTo(who).filter((x) => (x.subject ?? '').includes('uitnodiging'));
      expect(m, who).toBeDefined();
      expect(m!.subject).toBe('Casustafel: er wacht een uitnodiging voor een Ronde Tafel Overleg op u');
      expect(m!.text).toContain(`${PUBLIC_URL}/inbox`);
      expect(m!.text).toContain('Zorg- en Veiligheidshuis Noord-Limburg');
      const ical = m!.attachments.find((a) => a.contentType.startsWith('text/calendar') || (a.filename ?? '').endsWith('.ics'));
      expect(ical, 'iCalendar attachment').toBeDefined();
      const ics = ical!.content.toString('utf8');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toContain('DTSTART:20260610T140000Z');
      expect(ics).toMatch(/SUMMARY:Ronde Tafel Overleg: /);
      // The entry leaves the protected system: it names no participant (no ATTENDEE or ORGANIZER,
      // so no name or address) and holds only the properties the invitation is built from.
      const properties = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).filter((l) => l !== '').map((l) => l.split(/[:;]/, 1)[0]!);
      expect(new Set(properties)).toEqual(new Set(ICAL_PROPERTIES));
    }
    expect(mailsTo('woonwenz@noord-limburg')).toEqual([]);
    const inbox = (await s.request('GET', '/api/inbox', await s.login('politie-limburg@noord-limburg'))).json<{ unread: number; notifications: { kind: string; caseId: string; link: string }[] }>();
    expect(inbox.notifications.find((n) => n.caseId === c.id)).toMatchObject({ kind: 'meeting_invitation', link: expect.stringMatching(new RegExp(`^/cases/${c.id}/meetings/`)) });
    const number = (await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', c.id).executeTakeFirstOrThrow()).number;
    expectNoPersonalData([number]);
  });

  it('§3.2 triage questions: the asked partner\'s professionals are told, not other partners', async () => {
    const { c, pd } = await toTriage(s);
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Verkennen', purpose: 'RTO voorbereiden', whyNeeded: 'Risico-inschatting', question: 'Is Jan de Vries bekend?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const before = smtp.messages.length;
    await deliver();
    const fresh = smtp.messages.slice(before);
    expect(fresh.flatMap((m) => smtp.to(m)).sort()).toEqual([emailOf('politie-limburg-2@noord-limburg'), emailOf('politie-limburg@noord-limburg')]);
    expect(fresh.every((m) => m.subject === 'Casustafel: er wacht een triagevraag aan uw organisatie op u')).toBe(true);
    expectNoPersonalData(['Is Jan de Vries bekend?']);
  });

  it('P15 a rights request routed to partners: each partner\'s contact is told by e-mail with a link to the inbox, whose entry opens the request; nobody else; no name, no case number, not who asked', async () => {
    const { c, pd } = await toTriage(s);
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Verkennen', purpose: 'RTO voorbereiden', whyNeeded: 'Risico-inschatting', question: 'Bekend bij de politie?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const pol = await s.login('politie-limburg@noord-limburg');
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]!.questionId;
    const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, pol, { content: 'Eén melding van overlast.', police: true, category: 'police_justice', basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' } });
    expect(answered.statusCode, answered.body).toBe(201);
    await deliver();
    const before = smtp.messages.length;
    const po = await s.login('privacy@noord-limburg');
    const reg = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: c.subjectIds[0], requester: 'Mr. Pieterse, advocaat' });
    expect(reg.statusCode, reg.body).toBe(201);
    const { id, routedTo } = reg.json<{ id: string; routedTo: string[] }>();
    expect(routedTo).toContain(s.partnerId(NL, 'politie-limburg'));
    await deliver();
    const routed = smtp.messages.slice(before);
    const told = await s.deps.database.db.selectFrom('users').select(['partner_id', 'username']).where('email', 'in', routed.flatMap((m) => smtp.to(m))).execute();
    expect(new Set(told.map((u) => u.partner_id))).toEqual(new Set(routedTo));
    expect(told.length).toBe(routed.length);
    expect(routed.every((m) => m.subject === 'Casustafel: er wacht een verzoek van een betrokkene over gegevens van uw organisatie op u')).toBe(true);
    expect(routed.every((m) => (m.text ?? '').includes(`${PUBLIC_URL}/inbox`))).toBe(true);
    // The inbox entry behind the link opens the request's screen.
    const inbox = (await s.request('GET', '/api/inbox', pol)).json<{ notifications: { kind: string; link: string }[] }>();
    expect(inbox.notifications.filter((n) => n.kind === 'rights_request_routed').map((n) => n.link)).toEqual([`/privacy/rights-requests/${id}`]);
    const { number } = await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', c.id).executeTakeFirstOrThrow();
    expectNoPersonalData([number, 'Pieterse', 'Eén melding van overlast.']);
  });

  it('P17: the 24-hour incident notice is really sent to every partner\'s privacy contact, and the sending is recorded', async () => {
    const po = await s.login('privacy@noord-limburg');
    const reg = await s.request('POST', '/api/incidents', po, { discoveredAt: '2026-06-01T08:00:00Z', summary: 'Lijst met namen naar een verkeerd adres gemaild.', severity: 'high' });
    expect(reg.statusCode, reg.body).toBe(201);
    const id = reg.json<{ id: string }>().id;
    let before = smtp.messages.length;
    await deliver();
    expect(smtp.messages.slice(before).flatMap((m) => smtp.to(m))).toEqual([emailOf('privacy@noord-limburg')]);

    const sent = await s.request('POST', `/api/incidents/${id}/notices`, po, { kind: 'partners' });
    expect(sent.statusCode, sent.body).toBe(200);
    const body = sent.json<{ partnersNotifiedAt: string; status: { partnerNotice: { state: string } }; sent: { users: number; untoldPartners: string[] } }>();
    expect(body.partnersNotifiedAt).toBe('2026-06-01T09:00:00.000Z');
    expect(body.status.partnerNotice.state).toBe('done');
    before = smtp.messages.length;
    await deliver();
    const notices = smtp.messages.slice(before);
    const partners = await s.deps.database.db.selectFrom('partners').select('id').where('collaboration_id', '=', s.collaborationId(NL)).where('member', '=', true).where('active', '=', true).execute();
    const told = await s.deps.database.db.selectFrom('users').select(['partner_id', 'role']).where('email', 'in', notices.flatMap((m) => smtp.to(m))).execute();
    // Every member partner is reached exactly through its privacy officer, else its professionals.
    expect(new Set(told.map((u) => u.partner_id))).toEqual(new Set(partners.map((p) => p.id)));
    expect(told.filter((u) => u.role === 'privacy_officer')).toHaveLength(1);
    expect(told.every((u) => u.role === 'privacy_officer' || u.role === 'professional')).toBe(true);
    expect(notices.every((m) => m.subject === 'Casustafel: er wacht een melding van een beveiligingsincident (binnen 24 uur) op u')).toBe(true);
    expect(body.sent.untoldPartners).toEqual([]);
    const outbox = await s.deps.database.db.selectFrom('mail_outbox').select(['status', 'sent_at']).where('kind', '=', 'incident_notice').execute();
    expect(outbox.length).toBe(notices.length);
    expect(outbox.every((o) => o.status === 'sent' && o.sent_at !== null)).toBe(true);
    expectNoPersonalData(['Lijst met namen']);
  });

  it('§3.3: the action list within a week is really sent to the participants, recorded on the meeting', async () => {
    const { c, pd, meetingId } = await toRto(s);
    expect((await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, recordBody(s, 1))).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    await deliver();
    const before = smtp.messages.length;
    const sent = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/action-list/sent`, pd);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json<{ recipients: number; withinWeek: boolean }>()).toMatchObject({ recipients: 2, withinWeek: true });
    await deliver();
    const lists = smtp.messages.slice(before);
    expect(lists.flatMap((m) => smtp.to(m)).sort()).toEqual([emailOf('politie-limburg@noord-limburg'), emailOf('vincent-van-gogh@noord-limburg')]);
    expect(lists.every((m) => m.subject === 'Casustafel: er wacht de actielijst van een Ronde Tafel Overleg op u')).toBe(true);
    const meeting = await s.deps.database.db.selectFrom('meetings').select('action_list_sent_at').where('id', '=', meetingId).executeTakeFirstOrThrow();
    expect(meeting.action_list_sent_at?.toISOString()).toBe('2026-06-01T09:00:00.000Z');
    expectNoPersonalData([]);
  });

  it('an SMTP server that is down fails no action: the message waits, the admin sees the failure, and it is delivered once when the server is back', async () => {
    await smtp.stop();
    const { c } = await toTriage(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [s.partnerId(NL, 'woonwenz')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Verkennen', purpose: 'RTO voorbereiden', whyNeeded: 'Woonsituatie', question: 'Huurachterstand?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
    const admin = await s.login('beheerder@noord-limburg');
    const status = (await s.request('GET', '/api/admin/outbox', admin)).json<{ enabled: boolean; counts: { pending: number }; undelivered: { toAddress: string; attempts: number; lastError: string; status: string }[] }>();
    expect(status.enabled).toBe(true);
    expect(status.undelivered).toEqual([expect.objectContaining({ toAddress: emailOf('woonwenz@noord-limburg'), attempts: 1, status: 'pending', lastError: expect.stringMatching(/ECONNREFUSED|connect/i) })]);
    expect((await s.request('GET', '/api/admin/outbox', pd)).statusCode).toBe(403);

    await smtp.start();
    // Not before its retry time...
    expect(await deliver()).toMatchObject({ claimed: 0 });
    s.advance(60_000);
    const before = smtp.messages.length;
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(await deliver()).toMatchObject({ claimed: 0 });
    expect(smtp.messages.slice(before).flatMap((m) => smtp.to(m))).toEqual([emailOf('woonwenz@noord-limburg')]);
    const after = (await s.request('GET', '/api/admin/outbox', admin)).json<{ undelivered: unknown[] }>();
    expect(after.undelivered).toEqual([]);
  });
});

describe('notice addresses', () => {
  it('§7 the admin sets a user\'s notice address, a user its own; nobody else\'s; a bad address names the field', async () => {
    const stat = s.userId('statisticus@noord-limburg');
    const admin = await s.login('beheerder@noord-limburg');
    expect((await s.request('PUT', `/api/users/${stat}/email`, admin, { email: 'os@gemeente.example.test' })).statusCode).toBe(200);
    const own = await s.login('statisticus@noord-limburg');
    expect((await s.request('PUT', `/api/users/${stat}/email`, own, { email: 'statistiek@gemeente.example.test' })).json()).toEqual({ userId: stat, email: 'statistiek@gemeente.example.test' });
    const other = await s.request('PUT', `/api/users/${s.userId('manager@noord-limburg')}/email`, own, { email: 'x@example.test' });
    expect(other.statusCode).toBe(403);
    const bad = await s.request('PUT', `/api/users/${stat}/email`, own, { email: 'geen adres' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('email');
    const row = await s.deps.database.db.selectFrom('users').select('email').where('id', '=', stat).executeTakeFirstOrThrow();
    expect(row.email).toBe('statistiek@gemeente.example.test');
  });
});

describe('the outbox across processes', () => {
  it('a message survives an SMTP outage and a process restart, and is delivered exactly once', async () => {
    const down = await startSmtp();
    const url = down.url;
    await down.stop();
    const keys = createMasterKeyRing(masterKeyFromBytes(randomBytes(32)));
    const dir = await tempDir('outbox');
    const scratch = DATABASE_URL ? await createScratchPostgres(DATABASE_URL) : null;
    const open = () => openDatabase(scratch === null ? { dataDir: `${dir.path}/data` } : { databaseUrl: scratch.url });
    let now = new Date('2026-06-01T09:00:00Z');
    const config = loadConfig({ DEMO: 'on', NODE_ENV: 'test', SMTP_URL: url, PUBLIC_URL, MAIL_FROM: FROM });
    try {
      const first = await startServer({ config, database: await open(), keys, now: () => now, sealEveryMs: 0, jobsEveryMs: 0, mailEveryMs: 0, log: () => undefined });
      await giveEmails(first.deps.database);
      const users = new Map([...(first.demo ?? [])].flatMap((d) => [...d.users]));
      const login = async (username: string) => {
        const res = await first.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'demo-casustafel' } });
        const cookies = res.cookies.map((k) => `${k.name}=${k.value}`).join('; ');
        return { cookie: cookies, csrf: res.cookies.find((k) => k.name === 'casustafel_csrf')?.value ?? '' };
      };
      const po = await login('privacy@noord-limburg');
      const reg = await first.app.inject({ method: 'POST', url: '/api/incidents', headers: { cookie: po.cookie, 'x-csrf-token': po.csrf }, payload: { discoveredAt: '2026-06-01T08:30:00Z', summary: 'Laptop kwijt.' } });
      expect(reg.statusCode, reg.body).toBe(201);
      const firstSender = smtpSender(url, FROM);
      expect(await deliverOutbox(first.deps, firstSender)).toMatchObject({ sent: 0, retrying: 1 });
      firstSender.close();
      const row = await first.deps.database.db.selectFrom('mail_outbox').select(['id', 'attempts', 'status']).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ attempts: 1, status: 'pending' });
      await first.close();

      const up = await startSmtp(down.port);
      try {
        now = new Date('2026-06-01T09:05:00Z');
        const second = await startServer({ config, database: await open(), keys, now: () => now, sealEveryMs: 0, jobsEveryMs: 0, mailEveryMs: 0, log: () => undefined });
        expect(second.demo).toBeNull();
        const secondSender = smtpSender(url, FROM);
        expect(await deliverOutbox(second.deps, secondSender)).toMatchObject({ sent: 1 });
        expect(await deliverOutbox(second.deps, secondSender)).toMatchObject({ claimed: 0 });
        secondSender.close();
        await second.close();
        expect(up.messages).toHaveLength(1);
        expect(up.messages[0]!.messageId).toBe(`<${row.id}@casustafel>`);
        expect(up.to(up.messages[0]!)).toEqual([emailOf('privacy@noord-limburg')]);
        expect(users.size).toBeGreaterThan(0);
      } finally {
        await up.stop();
      }
    } finally {
      await scratch?.drop();
      await dir.remove();
    }
  });

  it('two server processes delivering the same outbox at once send each message exactly once (FOR UPDATE SKIP LOCKED)', async () => {
    const server = await startSmtp();
    try {
      const db = s.deps.database;
      const rows = Array.from({ length: 12 }, (_, i) => ({
        collaboration_id: s.collaborationId(NL),
        kind: 'incident_notice',
        to_address: `ontvanger${i}@casustafel.example.test`,
        subject: 'Casustafel: er wacht iets op u',
        body_text: 'Log in.',
        next_attempt_at: s.deps.now(),
        dedupe_key: `concurrency-test:${i}`,
      }));
      await db.db.insertInto('mail_outbox').values(rows).execute();
      // A slow sender keeps each process busy while the other claims.
      const slow = (inner: MailSender): MailSender => ({ send: async (m) => { await new Promise((r) => setTimeout(r, 20)); await inner.send(m); }, close: () => inner.close() });
      const a = slow(smtpSender(server.url, FROM));
      const b = slow(smtpSender(server.url, FROM));
      const [ra, rb] = await Promise.all([deliverOutbox(s.deps, a, { worker: 'process-a', batch: 3 }), deliverOutbox(s.deps, b, { worker: 'process-b', batch: 3 })]);
      a.close();
      b.close();
      expect(ra.sent + rb.sent).toBe(12);
      const ids = server.messages.map((m) => m.messageId);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    } finally {
      await server.stop();
    }
  });
});
