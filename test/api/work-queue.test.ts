/**
 * The team's work queue of every kind (issue 15 item 5): new registrations of the pool, triage
 * answers in, meetings to prepare, actions overdue and reminders due, each linking to the screen
 * where the work is done; search, filter by kind, sorted by urgency, paged; only what the user may
 * see (Row-Level Security and the access engine per case).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { match } from '../../web/src/route-match.js';
import { systemContext } from '../../src/store/acting-context.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register, registration, toMonitoring, toRto, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Item {
  kind: string;
  id: string;
  caseId: string | null;
  caseNumber: string | null;
  title: string | null;
  detail: string | null;
  dueAt: string;
  overdue: boolean;
  link: string;
}
interface Page {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<string, number>;
}

const PATTERNS = ['web/src/app.tsx', 'web/src/screens/routes.tsx', 'web/src/screens/privacy/routes.tsx'].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:pattern: |match\()'(\/[^']*)'/g)].map((m) => m[1] ?? ''));
const opens = (link: string): boolean => PATTERNS.some((p) => match(p, link.split('?')[0] ?? '') !== null);

const question = { task: 'Verkennen van de hulpvraag', purpose: 'Voorbereiden RTO', whyNeeded: 'Zicht op lopende hulp', question: 'Is betrokkene bij u bekend?' };

async function queue(cookie: string, query = 'pageSize=100'): Promise<Page> {
  const res = await s.request('GET', `/api/work-queue?${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
}

async function numberOf(caseId: string): Promise<string> {
  return (await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', caseId).executeTakeFirstOrThrow()).number;
}

describe('the team work queue of every kind (HTTP)', () => {
  it('015-queue-kinds: a process director sees triage answers in, meetings to prepare, actions overdue, reminders and the pool\'s new registrations, most urgent first, each linking to its screen; a colleague sees only the new registration', async () => {
    // A case in triage whose question the police answered.
    const { c: inTriage, pd } = await toTriage(s);
    const asked = await s.request('POST', `/api/cases/${inTriage.id}/triage-questions`, pd, { ...question, partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland') });
    expect(asked.statusCode, asked.body).toBe(201);
    // Answering is not under test here: the answer's arrival is recorded directly.
    await s.deps.database.withTransaction(systemContext(), (trx) => trx.updateTable('triage_questions').set({ answered_at: s.deps.now() }).where('case_id', '=', inTriage.id).execute());
    // A case with a planned RTO, a case in monitoring with an action due 2026-07-01, a new registration.
    const { c: planned, meetingId } = await toRto(s);
    const { c: monitored, meetingId: heldId } = await toMonitoring(s);
    const fresh = await register(s, 'reclassering-nederland@noord-limburg', { ...registration, subjects: [{ name: 'Kees Nieuwland' }] });
    s.setNow(new Date('2026-07-05T09:00:00Z'));

    const first = await s.login('procesregisseur@noord-limburg');
    const mine = await queue(first);
    const find = (kind: string, caseId: string): Item | undefined => mine.items.find((i) => i.kind === kind && i.caseId === caseId);
    expect(find('triage_answer', inTriage.id)).toMatchObject({ caseNumber: await numberOf(inTriage.id), title: 'Jan de Vries', overdue: false, link: `/cases/${inTriage.id}` });
    expect(find('meeting_to_prepare', planned.id)).toMatchObject({ overdue: true, link: `/cases/${planned.id}/meetings/${meetingId}` });
    expect(find('action_overdue', monitored.id)).toMatchObject({ overdue: true, dueAt: '2026-07-01T00:00:00.000Z', link: `/cases/${monitored.id}/meetings/${heldId}/actions` });
    expect(mine.items.some((i) => i.kind === 'reminder' && i.caseId !== null)).toBe(true);
    // The holder's own new registration is its own work (My work), not the team's queue.
    expect(mine.items.some((i) => i.kind === 'new_registration' && i.caseId === fresh.id)).toBe(false);
    // Overdue first, then by due date.
    const overdue = mine.items.map((i) => i.overdue);
    expect(overdue.indexOf(false) === -1 || overdue.lastIndexOf(true) < overdue.indexOf(false)).toBe(true);
    const due = (xs: Item[]): number[] => xs.map((i) => Date.parse(i.dueAt));
    for (const group of [mine.items.filter((i) => i.overdue), mine.items.filter((i) => !i.overdue)]) expect(due(group)).toEqual([...due(group)].sort((a, b) => a - b));
    for (const i of mine.items) expect(opens(i.link), i.link).toBe(true);
    expect(mine.total).toBe(mine.items.length);

    // The colleague in the same pool: the new registration (number and holder, no name), none of the
    // first director's case work: Row-Level Security and the engine decide, not the queue.
    const second = await s.login('tweede-procesregisseur@noord-limburg');
    const theirs = await queue(second);
    expect(theirs.items.find((i) => i.caseId === fresh.id)).toMatchObject({ kind: 'new_registration', title: null, detail: expect.any(String) as string });
    for (const id of [inTriage.id, planned.id, monitored.id]) expect(theirs.items.filter((i) => i.caseId === id)).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain('Kees Nieuwland');
    // Searching a name the colleague may not see finds nothing; its number finds the registration.
    expect((await queue(second, 'q=Nieuwland')).total).toBe(0);
    expect((await queue(second, `q=${await numberOf(fresh.id)}`)).items.map((i) => i.caseId)).toEqual([fresh.id]);

    const audited = await s.deps.database.db.selectFrom('audit_log').select('action').where('user_id', '=', s.userId('procesregisseur@noord-limburg')).where('action', '=', 'case.work_queue.list').execute();
    expect(audited.length).toBeGreaterThan(0);
  });

  it('015-queue-kinds: search by case number or subject name, filter by kind, pages; a professional has no team queue', async () => {
    const { c } = await toTriage(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    const all = await queue(pd);
    expect(all.total).toBeGreaterThan(2);
    expect(Object.values(all.counts).reduce((a, b) => a + b, 0)).toBe(all.total);

    const meetings = await queue(pd, 'kind=meeting_to_prepare&pageSize=100');
    expect(meetings.items.length).toBeGreaterThan(0);
    expect(meetings.items.every((i) => i.kind === 'meeting_to_prepare')).toBe(true);
    expect(meetings.total).toBe(all.counts.meeting_to_prepare);

    const byName = await queue(pd, `q=${encodeURIComponent('jan de vries')}&pageSize=100`);
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((i) => i.title === 'Jan de Vries')).toBe(true);
    const number = await numberOf(c.id);
    const byNumber = await queue(pd, `q=${number}`);
    expect(byNumber.items.every((i) => i.caseNumber === number)).toBe(true);

    const p1 = await queue(pd, 'pageSize=2&page=1');
    const p2 = await queue(pd, 'pageSize=2&page=2');
    expect(p1.items).toHaveLength(2);
    expect(p1.total).toBe(all.total);
    expect(p2.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));

    expect((await s.request('GET', '/api/work-queue?kind=alles', pd)).statusCode).toBe(400);
    const professional = await s.login('politie-limburg@noord-limburg');
    expect(await queue(professional)).toMatchObject({ items: [], total: 0 });
  });

  it('015-queue-sort: sorted by due date, case number (newest first) or kind on request; most urgent first by default; an unknown order is refused', async () => {
    await toTriage(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    const ids = (p: Awaited<ReturnType<typeof queue>>): string[] => p.items.map((i) => i.id);
    const urgency = await queue(pd, 'pageSize=100');
    expect(ids(await queue(pd, 'pageSize=100&sort=urgency'))).toEqual(ids(urgency));
    const due = await queue(pd, 'pageSize=100&sort=due');
    const dates = due.items.map((i) => Date.parse(i.dueAt));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const caseOrder = await queue(pd, 'pageSize=100&sort=case');
    const byCase = caseOrder.items.map((i) => i.caseNumber ?? '');
    expect(byCase.filter((n) => n !== '')).toEqual(byCase.filter((n) => n !== '').sort().reverse());
    const kinds = (await queue(pd, 'pageSize=100&sort=kind')).items.map((i) => i.kind);
    const order = ['new_registration', 'triage_answer', 'meeting_to_prepare', 'action_overdue', 'reminder'];
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // The orders differ on this data (otherwise the checks above would prove nothing).
    expect(ids(caseOrder)).not.toEqual(ids(urgency));
    expect((await s.request('GET', '/api/work-queue?sort=random', pd)).statusCode).toBe(400);
  });
});
