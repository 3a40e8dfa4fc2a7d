/**
 * Meetings as sessions (issue 18, ADR 0050) over HTTP on the SHIPPED configurations: for Venlo
 * (per work area), Nijmegen (the Regieteam) and two Maastricht tables a quarter of sessions is
 * planned from the configured cadence, the agenda is proposed from live cases, and one session is
 * run with three cases and two partners invited to different items: each reads only its items,
 * the others are "niet voor u", and the action lists differ per participant.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
beforeEach(() => {
  s.setNow(new Date('2026-06-01T09:00:00Z'));
});

const DAY = 86_400_000;

interface Body {
  readonly collaboration: string;
  readonly short: string;
  readonly bodyKind: 'table' | 'work_area';
  readonly bodyId: string;
  readonly registrant: string;
  /** Two professionals of structural partners: A is invited to items 1 and 3, B to item 2. */
  readonly a: string;
  readonly b: string;
  readonly registration: (name: string) => object;
  /** What the cadence gives for 2026-06-01 + 91 days. */
  readonly expect: (dates: readonly string[]) => void;
}

interface SessionSummary {
  id: string;
  scheduledAt: string;
  plannedFor: string | null;
  status: string;
  participants: number;
  items: number;
  version: number;
}

const gaps = (dates: readonly string[]): number[] => dates.slice(1).map((d, i) => Math.round((Date.parse(d) - Date.parse(dates[i] ?? d)) / DAY));
const weekday = (d: string): number => new Date(`${d}T12:00:00Z`).getUTCDay();

const BODIES: readonly Body[] = [
  {
    collaboration: 'zorgnetwerk-venlo',
    short: 'venlo',
    bodyKind: 'work_area',
    bodyId: 'blerick',
    registrant: 'gemeente-venlo',
    a: 'politie-limburg',
    b: 'woonwenz',
    registration: (name) => ({
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    }),
    // Monthly per work area (meetingEveryDays 30): a weekend slot moves to the Monday after.
    expect: (dates) => {
      expect(dates.length).toBeGreaterThanOrEqual(3);
      for (const g of gaps(dates)) expect(g >= 28 && g <= 32, `gap ${String(g)}`).toBe(true);
      for (const d of dates) expect([0, 6]).not.toContain(weekday(d));
    },
  },
  {
    collaboration: 'regieteams-nijmegen',
    short: 'nijmegen',
    bodyKind: 'table',
    bodyId: 'regieteam',
    registrant: 'gemeente-nijmegen',
    a: 'talis',
    b: 'pro-persona',
    registration: (name) => ({
      tableId: 'regieteam',
      subjects: [{ name }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['income_debts', 'housing'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    }),
    // Every four weeks (art. 4.2, meetingEveryDays 28): always the same weekday.
    expect: (dates) => {
      expect(dates.length).toBeGreaterThanOrEqual(3);
      expect(gaps(dates).every((g) => g === 28)).toBe(true);
    },
  },
  {
    collaboration: 'veiligheidshuis-maastricht-heuvelland',
    short: 'maastricht',
    bodyKind: 'table',
    bodyId: 'netwerkoverleg-risicojeugd',
    registrant: 'gemeente-maastricht',
    a: 'politie-limburg',
    b: 'trajekt',
    registration: (name) => ({
      tableId: 'netwerkoverleg-risicojeugd',
      subjects: [{ name, birthDate: '2010-03-04' }],
      registration: { content: 'Aanmelding voor het netwerkoverleg.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    }),
    // Once every 14 days (26 a year).
    expect: (dates) => {
      expect(dates).toHaveLength(7);
      expect(gaps(dates).every((g) => g === 14)).toBe(true);
    },
  },
  {
    collaboration: 'veiligheidshuis-maastricht-heuvelland',
    short: 'maastricht',
    bodyKind: 'table',
    bodyId: 'netwerkoverleg-huiselijk-geweld',
    registrant: 'gemeente-maastricht',
    a: 'trajekt',
    b: 'xonar',
    registration: (name) => ({
      tableId: 'netwerkoverleg-huiselijk-geweld',
      subjects: [{ name, birthDate: '1984-07-08' }],
      registration: { content: 'Zorgmelding na huiselijk geweld.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    }),
    // Four times a week (208 a year): Monday to Thursday, 13 weeks.
    expect: (dates) => {
      expect(dates).toHaveLength(52);
      expect(new Set(dates.map(weekday))).toEqual(new Set([1, 2, 3, 4]));
    },
  },
];

const user = (b: Body, who: string): string => `${who}@${b.short}`;

async function registerAccepted(b: Body, name: string): Promise<string> {
  const res = await s.request('POST', '/api/cases', await s.login(user(b, b.registrant)), { ...b.registration(name), processDirectorId: s.userId(user(b, 'procesregisseur')) });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; subjectIds: string[]; registrationId: string }>();
  await informSubjects(s, c, b.collaboration, b.registrant, user(b, 'procesregisseur'));
  const pd = await s.login(user(b, 'procesregisseur'));
  // Where the table screens first (seed 000 Bijlage 2), the director records the screening.
  const table = await s.request('GET', `/api/cases/${c.id}/table`, pd);
  if (table.statusCode === 200) {
    const t = table.json<{ criteria: string[]; followUpQuestions: string[]; preconditions: { before?: string }[] }>();
    if (t.followUpQuestions.length > 0 || t.preconditions.some((p) => p.before === 'accept')) {
      const screened = await s.request('PUT', `/api/cases/${c.id}/screening`, pd, {
        criteriaMet: t.criteria.map((_, i) => i),
        answers: t.followUpQuestions.map((q) => `Beoordeeld: ${q.slice(0, 40)}`),
        preconditionsConfirmed: t.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
        assessment: 'De casus past bij deze overlegtafel.',
      });
      expect(screened.statusCode, screened.body).toBe(200);
    }
  }
  const accepted = await step(s, pd, c.id, { event: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return c.id;
}

interface ItemView {
  visible: boolean;
  caseNumber: string;
  line?: string;
  caseId?: string;
  meetingId?: string;
  title?: string | null;
  reason?: string;
}

describe('issue 18: sessions planned from the shipped cadence, one agenda, need-to-know per item', () => {
  for (const b of BODIES) {
    it(`${b.collaboration} / ${b.bodyId}: a quarter planned from the configuration, the agenda proposed from live cases, one session with three cases: each partner reads only its items and its own actions`, async () => {
      const pd = await s.login(user(b, 'procesregisseur'));
      const planned = await s.request('POST', '/api/sessions/plan', pd, { bodyKind: b.bodyKind, bodyId: b.bodyId, from: '2026-06-01', days: 91 });
      expect(planned.statusCode, planned.body).toBe(200);
      const sessions = planned.json<{ created: number; sessions: SessionSummary[] }>().sessions;
      b.expect(sessions.map((x) => x.plannedFor ?? ''));
      expect(sessions.every((x) => x.participants > 0)).toBe(true);
      // Planning again creates nothing: the plan is idempotent.
      expect((await s.request('POST', '/api/sessions/plan', pd, { bodyKind: b.bodyKind, bodyId: b.bodyId, from: '2026-06-01', days: 91 })).json<{ created: number }>().created).toBe(0);

      const names = ['Anna Aalders', 'Bram Bos', 'Carla Claassen'].map((n) => `${n} ${b.bodyId.slice(0, 6)}`);
      const caseIds: string[] = [];
      for (const n of names) caseIds.push(await registerAccepted(b, n));

      const session = sessions.find((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
      if (session === undefined) throw new Error('no session after registration');
      const proposals = await s.request('GET', `/api/sessions/${session.id}/proposals`, pd);
      expect(proposals.statusCode, proposals.body).toBe(200);
      const proposed = proposals.json<{ caseId: string; reason: string }[]>();
      for (const id of caseIds) expect(proposed.find((p) => p.caseId === id)?.reason).toBe('new');
      expect(proposals.body).not.toContain('Aalders');

      const items: { meetingId: string; caseId: string }[] = [];
      for (const caseId of caseIds) {
        const added = await s.request('POST', `/api/sessions/${session.id}/items`, pd, { caseId });
        expect(added.statusCode, added.body).toBe(201);
        items.push({ caseId, meetingId: added.json<{ meetingId: string }>().meetingId });
      }
      // Items 1 and 3 for partner A, item 2 for partner B; then the RTO step as for any case.
      const invite = [[user(b, b.a)], [user(b, b.b)], [user(b, b.a)]] as const;
      for (const [i, item] of items.entries()) {
        for (const who of invite[i] ?? []) {
          const inv = await s.request('POST', `/api/cases/${item.caseId}/meetings/${item.meetingId}/invitations`, pd, { userId: s.userId(who), role: 'informant' });
          expect(inv.statusCode, inv.body).toBe(201);
        }
        const rto = await step(s, pd, item.caseId, { event: 'schedule_rto' });
        expect(rto.statusCode, rto.body).toBe(200);
      }

      // Need-to-know in the session screen's read.
      const readAs = async (who: string) => {
        const res = await s.request('GET', `/api/sessions/${session.id}`, await s.login(who));
        expect(res.statusCode, res.body).toBe(200);
        return { body: res.body, items: res.json<{ items: ItemView[] }>().items };
      };
      const asA = await readAs(user(b, b.a));
      expect(asA.items.map((i) => i.visible)).toEqual([true, false, true]);
      expect(asA.items[0]?.title).toBe(names[0]);
      expect(asA.items[1]).toEqual({ visible: false, itemId: expect.any(String), position: 2, caseNumber: expect.any(String), line: expect.stringMatching(/ — niet voor u$/) });
      expect(asA.body).not.toContain(names[1]);
      expect(asA.body).not.toContain(caseIds[1]);
      const asB = await readAs(user(b, b.b));
      expect(asB.items.map((i) => i.visible)).toEqual([false, true, false]);
      expect(asB.body).toContain(names[1]);
      for (const n of [names[0], names[2]]) expect(asB.body).not.toContain(n);
      // The agenda document shows the reader what the screen shows it.
      const pdf = await s.request('GET', `/api/sessions/${session.id}/agenda.pdf`, await s.login(user(b, b.b)));
      expect(pdf.statusCode).toBe(200);
      const text = (await pdfText(pdf.rawPayload)).text;
      expect(text).toContain(names[1]);
      expect(text.match(/niet voor u/g)).toHaveLength(2);
      for (const n of [names[0], names[2]]) expect(text).not.toContain(n);
      const asPd = await readAs(user(b, 'procesregisseur'));
      expect(asPd.items.every((i) => i.visible)).toBe(true);

      // The session is held: attendance, decisions and actions per item.
      s.setNow(new Date(Date.parse(session.scheduledAt) + 3 * 3_600_000));
      const chair = await s.login(user(b, 'procesregisseur'));
      const owner = [b.a, b.b, b.registrant];
      for (const [i, item] of items.entries()) {
        const present = (invite[i] ?? []).map((w) => s.userId(w));
        const rec = await s.request('PUT', `/api/cases/${item.caseId}/meetings/${item.meetingId}/record`, chair, {
          version: 1,
          date: session.scheduledAt,
          status: 'held',
          reason: `Besproken in het overleg (${String(i + 1)})`,
          present,
          plan: {
            goals: [{ domain: 'housing', goal: `Doel ${String(i + 1)}` }],
            actions: [
              { description: `Actie ${String(i + 1)} voor ${owner[i] ?? ''}`, ownerPartnerId: s.partnerId(b.collaboration, owner[i] ?? ''), dueAt: '2026-09-30' },
              { description: `Actie ${String(i + 1)} voor de gemeente`, ownerPartnerId: s.partnerId(b.collaboration, b.registrant), dueAt: '2026-09-30' },
            ],
          },
        });
        expect(rec.statusCode, rec.body).toBe(200);
      }
      const listOf = async (who: string) => {
        const res = await s.request('GET', `/api/sessions/${session.id}/action-list`, await s.login(who));
        expect(res.statusCode, res.body).toBe(200);
        return res.json<{ items: { visible: boolean; actions?: { description: string }[]; line?: string }[] }>();
      };
      const listA = await listOf(user(b, b.a));
      const listB = await listOf(user(b, b.b));
      const descriptions = (l: typeof listA) => l.items.flatMap((i) => (i.actions ?? []).map((a) => a.description));
      if (b.a !== b.registrant) expect(descriptions(listA)).toEqual([`Actie 1 voor ${b.a}`]);
      expect(descriptions(listB)).toEqual([`Actie 2 voor ${b.b}`]);
      expect(listA.items.map((i) => i.visible)).toEqual([true, false, true]);
      expect(listB.items[0]?.line).toMatch(/niet voor u$/);
      expect(JSON.stringify(listB)).not.toContain('Actie 1');
      const listPd = await listOf(user(b, 'procesregisseur'));
      expect(descriptions(listPd)).toHaveLength(6);

      const viewHeld = (await s.request('GET', `/api/sessions/${session.id}`, await s.login(user(b, b.b)))).json<{ items: { visible: boolean; invitations?: { present: boolean | null }[]; record?: { goals: { goal: string }[] } | null }[] }>();
      expect(viewHeld.items[1]?.invitations?.[0]?.present).toBe(true);
      expect(viewHeld.items[1]?.record?.goals.map((g) => g.goal)).toEqual(['Doel 2']);
    }, 90_000);
  }
});

describe('issue 18: reminders after a session on the right dates (fake clock)', () => {
  it('Nijmegen: an action is announced a week before its date and overdue after it; the follow-up discussion the week before; the evaluation after four weeks without one', async () => {
    const b = BODIES[1]!;
    const pd = await s.login(user(b, 'procesregisseur'));
    const sessions = (await s.request('POST', '/api/sessions/plan', pd, { bodyKind: b.bodyKind, bodyId: b.bodyId, from: '2026-06-01', days: 91 })).json<{ sessions: SessionSummary[] }>().sessions;
    const [first, second] = sessions.filter((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
    if (first === undefined || second === undefined) throw new Error('expected two sessions');
    const caseId = await registerAccepted(b, 'Dirk Dekker');
    const added = (await s.request('POST', `/api/sessions/${first.id}/items`, pd, { caseId })).json<{ meetingId: string }>();
    expect((await s.request('POST', `/api/cases/${caseId}/meetings/${added.meetingId}/invitations`, pd, { userId: s.userId(user(b, b.a)), role: 'intended_executor' })).statusCode).toBe(201);
    expect((await step(s, pd, caseId, { event: 'schedule_rto' })).statusCode).toBe(200);
    s.setNow(new Date(Date.parse(first.scheduledAt) + 3_600_000));
    const chair = await s.login(user(b, 'procesregisseur'));
    const due = new Date(Date.parse(first.scheduledAt) + 20 * DAY).toISOString();
    const rec = await s.request('PUT', `/api/cases/${caseId}/meetings/${added.meetingId}/record`, chair, {
      version: 1, date: first.scheduledAt, status: 'held', reason: 'Schulden lopen op', present: [s.userId(user(b, b.a))],
      plan: { goals: [{ domain: 'income_debts', goal: 'Schuldhulp gestart' }], actions: [{ description: 'Huurachterstand regelen', ownerPartnerId: s.partnerId(b.collaboration, b.a), dueAt: due }] },
    });
    expect(rec.statusCode, rec.body).toBe(200);
    expect((await s.request('POST', `/api/cases/${caseId}/case-director`, chair, { userId: s.userId(user(b, b.a)), meetingId: added.meetingId })).statusCode).toBe(200);
    expect((await step(s, chair, caseId, { event: 'adopt_plan' })).statusCode).toBe(200);

    const remindersOf = async (who: string, at: number) => {
      s.setNow(new Date(at));
      const res = await s.request('GET', '/api/session-reminders', await s.login(who));
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ kind: string; caseId: string; dueAt: string }[]>().filter((r) => r.caseId === caseId).map((r) => r.kind);
    };
    const dueMs = Date.parse(due);
    expect(await remindersOf(user(b, b.a), dueMs - 8 * DAY)).toEqual([]);
    expect(await remindersOf(user(b, b.a), dueMs - 7 * DAY)).toEqual(['action_due']);
    expect(await remindersOf(user(b, b.b), dueMs - 7 * DAY)).toEqual([]);
    expect(await remindersOf(user(b, b.a), dueMs + 3_600_000)).toEqual(['action_overdue']);
    // Four weeks after the discussion, with nothing planned, the staff's evaluation is due.
    expect(await remindersOf(user(b, 'procesregisseur'), Date.parse(first.scheduledAt) + 28 * DAY + 3_600_000)).toContain('evaluation_due');

    // The next session proposes the case as a follow-up (its action falls before it) and, once on the agenda, the invitee is reminded the week before.
    s.setNow(new Date(Date.parse(first.scheduledAt) + 2 * DAY));
    const pd2 = await s.login(user(b, 'procesregisseur'));
    const proposals = (await s.request('GET', `/api/sessions/${second.id}/proposals`, pd2)).json<{ caseId: string; reason: string }[]>();
    expect(proposals.find((p) => p.caseId === caseId)?.reason).toBe('follow_up');
    const next = (await s.request('POST', `/api/sessions/${second.id}/items`, pd2, { caseId })).json<{ meetingId: string; reason: string }>();
    expect(next.reason).toBe('follow_up');
    expect((await s.request('POST', `/api/cases/${caseId}/meetings/${next.meetingId}/invitations`, pd2, { userId: s.userId(user(b, b.b)), role: 'expert' })).statusCode).toBe(201);
    expect(await remindersOf(user(b, b.b), Date.parse(second.scheduledAt) - 8 * DAY)).toEqual([]);
    expect(await remindersOf(user(b, b.b), Date.parse(second.scheduledAt) - 6 * DAY)).toEqual(['follow_up']);
  }, 90_000);
});

describe('004-C05 004-C12 004-C15 004-C18 the Regieteam meets every four weeks on the process director\'s initiative (seed 004 art. 4.2)', () => {
  it('004-C05 004-C12 004-C15 004-C18 the director plans the four-weekly meetings and draws up one agenda of new and running cases; the running case comes back for its progress; the action list goes out within a week, with a reminder', async () => {
    const b = BODIES[1]!;
    // 004-C05: on the director's initiative, every four weeks; a partner's professional plans nothing.
    const refused = await s.request('POST', '/api/sessions/plan', await s.login(user(b, b.a)), { bodyKind: 'table', bodyId: 'regieteam', from: '2027-03-01', days: 91 });
    expect(refused.statusCode).toBe(403);
    const pd = await s.login(user(b, 'procesregisseur'));
    const planned = await s.request('POST', '/api/sessions/plan', pd, { bodyKind: 'table', bodyId: 'regieteam', from: '2027-03-01', days: 91 });
    expect(planned.statusCode, planned.body).toBe(200);
    const sessions = planned.json<{ sessions: SessionSummary[] }>().sessions;
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    expect(gaps(sessions.map((x) => x.scheduledAt))).toEqual(sessions.slice(1).map(() => 28));
    const [first, second] = sessions;
    if (first === undefined || second === undefined) throw new Error('expected two sessions');

    // 004-C12: one agenda of the team meeting, proposed from the live cases and drawn up by the director.
    const running = await registerAccepted(b, 'Erik Evers');
    const fresh = await registerAccepted(b, 'Fleur Fokkens');
    const proposed = (await s.request('GET', `/api/sessions/${first.id}/proposals`, pd)).json<{ caseId: string; reason: string }[]>();
    expect(proposed.filter((p) => [running, fresh].includes(p.caseId)).map((p) => p.reason)).toEqual(['new', 'new']);
    const notStaff = await s.request('POST', `/api/sessions/${first.id}/items`, await s.login(user(b, b.a)), { caseId: running });
    expect(notStaff.statusCode).toBe(403);
    const added = await s.request('POST', `/api/sessions/${first.id}/items`, pd, { caseId: running });
    expect(added.statusCode, added.body).toBe(201);
    const meetingId = added.json<{ meetingId: string }>().meetingId;
    expect((await s.request('POST', `/api/cases/${running}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(user(b, b.a)), role: 'intended_executor' })).statusCode).toBe(201);
    expect((await step(s, pd, running, { event: 'schedule_rto' })).statusCode).toBe(200);
    const agenda = (await s.request('GET', `/api/sessions/${first.id}`, pd)).json<{ items: ItemView[] }>().items;
    expect(agenda.map((i) => i.caseId)).toEqual([running]);

    // The meeting is held; the plan's action falls after the next meeting.
    const held = Date.parse(first.scheduledAt) + 3_600_000;
    s.setNow(new Date(held));
    const chair = await s.login(user(b, 'procesregisseur'));
    const rec = await s.request('PUT', `/api/cases/${running}/meetings/${meetingId}/record`, chair, {
      version: 1, date: first.scheduledAt, status: 'held', reason: 'Overlast en schulden', present: [s.userId(user(b, b.a))],
      plan: { goals: [{ domain: 'housing', goal: 'Woning behouden' }], actions: [{ description: 'Huurachterstand regelen', ownerPartnerId: s.partnerId(b.collaboration, b.a), dueAt: new Date(held + 60 * DAY).toISOString() }] },
    });
    expect(rec.statusCode, rec.body).toBe(200);
    expect((await s.request('POST', `/api/cases/${running}/case-director`, chair, { userId: s.userId(user(b, b.a)), meetingId })).statusCode).toBe(200);
    expect((await step(s, chair, running, { event: 'adopt_plan' })).statusCode).toBe(200);

    // 004-C18: the director is reminded before the week ends; sent within it, the reminder goes and the participant has its list.
    const remindersAt = async (at: number): Promise<string[]> => {
      s.setNow(new Date(at));
      return (await s.request('GET', '/api/session-reminders', await s.login(user(b, 'procesregisseur')))).json<{ kind: string; caseId: string }[]>().filter((r) => r.caseId === running).map((r) => r.kind);
    };
    expect(await remindersAt(held + 5 * DAY)).toContain('action_list_due');
    const sent = await s.request('POST', `/api/sessions/${first.id}/action-list/sent`, await s.login(user(b, 'procesregisseur')));
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ recipients: 1, withinWeek: true });
    expect(await remindersAt(held + 5 * DAY + 60_000)).not.toContain('action_list_due');
    const inbox = (await s.request('GET', '/api/inbox', await s.login(user(b, b.a)))).json<{ notifications: { kind: string; caseId: string | null }[] }>().notifications;
    expect(inbox.filter((n) => n.kind === 'action_list_sent').length).toBeGreaterThan(0);

    // 004-C15: at the next meeting the running case comes back for its progress; the new one is still new.
    const next = (await s.request('GET', `/api/sessions/${second.id}/proposals`, await s.login(user(b, 'procesregisseur')))).json<{ caseId: string; reason: string }[]>();
    expect(next.find((p) => p.caseId === running)?.reason).toBe('evaluation');
    expect(next.find((p) => p.caseId === fresh)?.reason).toBe('new');
  }, 90_000);
});
