/**
 * 002-B11 (seed 002 Bijlage B §2): a case the Zorgnetwerk Venlo takes into treatment is evaluated
 * monthly ("Er wordt maandelijks geëvalueerd naar de voortgang en wordt de volgende stap in het
 * proces besproken"). Walked over HTTP on the shipped configuration as its demo users: a case
 * discussed in the monthly meeting of its work area is due for evaluation `process.meetingEveryDays`
 * (30) days later unless it is on a next meeting already, whether or not the meeting reached a plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const DAY = 86_400_000;
const HOUR = 3_600_000;
const VENLO = 'zorgnetwerk-venlo';
const PD = 'procesregisseur@venlo';

interface SessionSummary {
  id: string;
  scheduledAt: string;
}

async function registerAccepted(name: string): Promise<string> {
  const res = await s.request('POST', '/api/cases', await s.login('gemeente-venlo@venlo'), {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    processDirectorId: s.userId(PD),
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; subjectIds: string[]; registrationId: string }>();
  await informSubjects(s, c, VENLO, 'gemeente-venlo', PD);
  expect((await step(s, await s.login(PD), c.id, { event: 'accept' })).statusCode).toBe(200);
  return c.id;
}

async function remindersOf(caseId: string, at: number): Promise<string[]> {
  s.setNow(new Date(at));
  const res = await s.request('GET', '/api/session-reminders', await s.login(PD));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ kind: string; caseId: string }[]>().filter((r) => r.caseId === caseId).map((r) => r.kind);
}

describe('002-B11 Venlo evaluates a case in treatment monthly', () => {
  it('002-B11 discussed in the monthly meeting without a plan yet, the case is due for evaluation 30 days later; on the next meeting it is not', async () => {
    s.setNow(new Date('2026-06-01T09:00:00Z'));
    const pd = await s.login(PD);
    const planned = await s.request('POST', '/api/sessions/plan', pd, { bodyKind: 'work_area', bodyId: 'blerick', from: '2026-06-01', days: 91 });
    expect(planned.statusCode, planned.body).toBe(200);
    const [first, second] = planned.json<{ sessions: SessionSummary[] }>().sessions.filter((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
    if (first === undefined || second === undefined) throw new Error('expected two monthly sessions');

    const caseId = await registerAccepted('Karel Verstappen-B11');
    const added = await s.request('POST', `/api/sessions/${first.id}/items`, pd, { caseId });
    expect(added.statusCode, added.body).toBe(201);
    const meetingId = added.json<{ meetingId: string }>().meetingId;
    const invited = await s.request('POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('woonwenz@venlo'), role: 'intended_executor' });
    expect(invited.statusCode, invited.body).toBe(201);
    const scheduled = await step(s, pd, caseId, { event: 'schedule_rto' });
    expect(scheduled.statusCode, scheduled.body).toBe(200);

    // The monthly meeting discusses the case; the approach is not settled yet (no plan, still step 2).
    const heldAt = Date.parse(first.scheduledAt);
    s.setNow(new Date(heldAt + HOUR));
    const rec = await s.request('PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, await s.login(PD), {
      version: 1, date: first.scheduledAt, status: 'held', reason: 'Zorgen over de woonsituatie; contact wordt gezocht', present: [s.userId('woonwenz@venlo')], plan: { goals: [], actions: [] },
    });
    expect(rec.statusCode, rec.body).toBe(200);
    const phase = (await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', caseId).executeTakeFirstOrThrow()).phase;
    expect(phase).toBe('rto');

    expect(await remindersOf(caseId, heldAt + 29 * DAY)).not.toContain('evaluation_due');
    expect(await remindersOf(caseId, heldAt + 30 * DAY + 2 * HOUR)).toContain('evaluation_due');

    // Put on the next monthly meeting, the case is evaluated there: no reminder.
    s.setNow(new Date(heldAt + 2 * DAY));
    const next = await s.request('POST', `/api/sessions/${second.id}/items`, await s.login(PD), { caseId });
    expect(next.statusCode, next.body).toBe(201);
    expect(await remindersOf(caseId, heldAt + 30 * DAY + 2 * HOUR)).not.toContain('evaluation_due');
  });
});
