/**
 * Zorgnetwerk Venlo closes its cases as its covenant says (seed 002 Bijlage B §5, Bijlage A art.
 * 12.1), walked over HTTP on the shipped configuration as its demo users: in the monthly meeting
 * or without it, on a closing criterion, with the reporter's decisive voice recorded by the
 * reporter itself; the closed dossier keeps only its administrative set and is deleted two years
 * after closing. A step Venlo does not take is refused in Venlo's own words, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { pdfText } from '../support/pdf-text.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';
import { acceptedVenloCase, VENLO, VENLO_BASIS as basis } from './venlo.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const DAY = 86_400_000;

interface ErrorBody {
  error: { rule: string; reason: string; message: { nl: string; en: string } | string };
}

function venloCase(name: string): Promise<{ c: Registered; pd: string }> {
  return acceptedVenloCase(s, name);
}

/** On the agenda of the monthly meeting of the work area (step 2): a meeting with an agenda and an invitation. */
async function inMeeting(c: Registered, pd: string): Promise<string> {
  const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
    scheduledAt: '2026-06-10T14:00:00Z',
    preparation: { goal: 'Bespreken in het maandelijks overleg', themes: ['overlast'], decisionsToTake: ['afsluiten of doorgaan'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const meetingId = created.json<{ id: string }>().id;
  const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('woonwenz@venlo'), role: 'informant' });
  expect(inv.statusCode, inv.body).toBe(201);
  const res = await step(s, pd, c.id, { event: 'schedule_rto' });
  expect(res.statusCode, res.body).toBe(200);
  return meetingId;
}

async function toMonitoring(c: Registered, pd: string): Promise<void> {
  const meetingId = await inMeeting(c, pd);
  const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
    version: 1,
    date: '2026-06-10T14:00:00Z',
    status: 'held',
    reason: 'Woonoverlast',
    present: [s.userId('woonwenz@venlo')],
    plan: { goals: [{ domain: 'housing', goal: 'Overlast stopt' }], actions: [{ description: 'Huisbezoek', ownerPartnerId: s.partnerId(VENLO, 'woonwenz'), dueAt: '2026-07-01' }] },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('woonwenz@venlo'), meetingId });
  expect(appointed.statusCode, appointed.body).toBe(200);
  const adopted = await step(s, pd, c.id, { event: 'adopt_plan' });
  expect(adopted.statusCode, adopted.body).toBe(200);
}

async function reporterSays(caseId: string, agrees: boolean, who = 'gemeente-venlo@venlo'): Promise<{ statusCode: number; body: string }> {
  return s.request('POST', `/api/cases/${caseId}/reporter-voice`, await s.login(who), { agrees });
}

async function caseRow(id: string): Promise<{ phase: string; version: number; closed_at: Date | null }> {
  return s.deps.database.db.selectFrom('cases').select(['phase', 'version', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();
}

describe("Venlo's RTO report (seed 002 Bijlage B §2)", () => {
  it('002-B16 the record keeps a free-text state of affairs; the meeting and its report (verslag) show it', async () => {
    const { c, pd } = await venloCase('Anna Smeets');
    const meetingId = await inMeeting(c, pd);
    const state = 'Betrokkene laat de wijkagent binnen; de huurachterstand loopt niet verder op.';
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version: 1,
      date: '2026-06-10T14:00:00Z',
      status: 'held',
      reason: 'Woonoverlast',
      stateOfAffairs: state,
      present: [s.userId('woonwenz@venlo')],
      plan: { goals: [{ domain: 'housing', goal: 'Overlast stopt' }], actions: [] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const meeting = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ record: { notes: { text: string; kind?: string }[] } }>();
    expect(meeting.record.notes).toEqual([{ text: state, subjects: c.subjectIds, kind: 'state_of_affairs' }]);
    const pdf = await s.request('GET', `/api/cases/${c.id}/documents/meeting-records/${meetingId}`, pd);
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).text;
    expect(text).toContain(`Stand van zaken ${state}`);
  });
});

describe('Venlo closes in the monthly meeting (seed 002 Bijlage B §5)', () => {
  it('002-B25 002-B27 a case that went through the monthly meeting closes from monitoring, on a criterion, with the reporter\'s own agreement', async () => {
    const { c, pd } = await venloCase('Karel Peeters');
    await toMonitoring(c, pd);
    const offered = (await s.request('GET', `/api/cases/${c.id}/transitions`, pd)).json<{ events: { event: string; label: string; closes: boolean }[] }>();
    expect(offered.events.map((e) => e.event)).toEqual(['follow_up_rto', 'close']);
    expect(offered.events.find((e) => e.event === 'close')).toMatchObject({ label: '5 Afsluiten in de maandelijkse vergadering, melder beslissend', closes: true });

    expect((await reporterSays(c.id, true)).statusCode).toBe(200);
    const closed = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt', note: 'Besloten in het maandelijks overleg Blerick' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().phase).toBe('archived');
    const row = await caseRow(c.id);
    expect(row.closed_at?.toISOString()).toBe(s.deps.now().toISOString());
    const admin = await s.request('GET', `/api/cases/${c.id}/admin-set`, pd);
    expect(admin.statusCode, admin.body).toBe(200);
    expect(admin.body).toContain('Karel Peeters');
  });

  it('002-B25 the monthly meeting may close a case straight from the meeting, before any plan', async () => {
    const { c, pd } = await venloCase('Lies Janssen');
    await inMeeting(c, pd);
    expect((await reporterSays(c.id, true)).statusCode).toBe(200);
    const closed = await step(s, pd, c.id, { event: 'close', criterionId: 'geen-contact-geen-kinderen' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().phase).toBe('archived');
  });

  it('002-B08 a case the partners pick up without the meeting is closed, and never waits in monitoring', async () => {
    const { c, pd } = await venloCase('Mia Hendriks');
    expect((await reporterSays(c.id, true)).statusCode).toBe(200);
    const closed = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: s.partnerId(VENLO, 'includio'), criterionId: 'hulpverlening-opgestart' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().phase).toBe('archived');
    expect((await caseRow(c.id)).closed_at).not.toBeNull();
  });
});

describe("002-B26 the reporter's decisive voice is the reporter's own", () => {
  it('the process director cannot record it; another partner cannot; a stated disagreement stops the closing', async () => {
    const { c, pd } = await venloCase('Noor de Wit');
    await toMonitoring(c, pd);
    const byDirector = await s.request('POST', `/api/cases/${c.id}/reporter-voice`, pd, { agrees: true });
    expect(byDirector.statusCode).toBe(403);
    expect(byDirector.json<ErrorBody>().error).toMatchObject({ rule: 'process', reason: 'voice_not_reporter' });
    const byPolice = await reporterSays(c.id, true, 'politie-limburg@venlo');
    expect([403, 404]).toContain(byPolice.statusCode);

    const ticked = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt', reporterAgreed: true });
    expect(ticked.statusCode).toBe(403);
    expect(ticked.json().error).toMatchObject({ reason: 'reporter_not_agreed' });

    expect((await reporterSays(c.id, false)).statusCode).toBe(200);
    const against = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' });
    expect(against.statusCode).toBe(403);
    expect(against.json().error).toMatchObject({ rule: 'process', reason: 'reporter_disagrees' });
    expect((await caseRow(c.id)).phase).toBe('monitoring');

    expect((await reporterSays(c.id, true)).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' })).statusCode).toBe(200);
  });

  it('002-B24 a closing criterion that is not one of the three is a field error naming the criteria', async () => {
    const { c, pd } = await venloCase('Olaf Smits');
    await toMonitoring(c, pd);
    await reporterSays(c.id, true);
    const res = await step(s, pd, c.id, { event: 'close', criterionId: 'klaar-ermee' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('criterionId');
    expect(res.body).toContain('overlast-gestopt');
    const none = await step(s, pd, c.id, { event: 'close' });
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toMatchObject({ reason: 'closing_criterion_missing' });
  });
});

describe('Venlo refuses steps it does not take, in its own words (Bad input)', () => {
  it('002-B25 de-escalating in stages is not a Venlo step: 403 naming the step and where the case stands; nothing changes', async () => {
    const { c, pd } = await venloCase('Pim Verbeek');
    await toMonitoring(c, pd);
    const before = await caseRow(c.id);
    const res = await step(s, pd, c.id, { event: 'deescalate' });
    expect(res.statusCode).toBe(403);
    const error = (JSON.parse(res.body) as ErrorBody).error;
    expect(error).toMatchObject({ rule: 'process', reason: 'phase_not_in_variant' });
    const text = JSON.stringify(error);
    expect(text).toContain('Zorgnetwerk Venlo');
    expect(text).toContain('3 Resultaat: integraal plan of gezamenlijk gedragen voorstel');
    const after = await caseRow(c.id);
    expect(after).toEqual(before);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'rule']).where('case_id', '=', c.id).where('action', '=', 'case.deescalate').execute();
    expect(audit).toEqual([{ outcome: 'deny', rule: 'process' }]);
  });

  it('closing from registration is refused naming the closing step and the steps it is taken from', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', { tableId: 'zorgnetwerk-overleg', workArea: 'blerick', subjects: [{ name: 'Quinten Bos' }], complexCriteria: ['multi_problem'], lifeDomains: ['housing'], registration: { content: 'Overlast.', basis } });
    const pd = await s.login('procesregisseur@venlo');
    const res = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' });
    expect(res.statusCode).toBe(403);
    const error = (JSON.parse(res.body) as ErrorBody).error;
    const text = JSON.stringify(error);
    expect(error.reason).toBe('transition_not_allowed');
    expect(text).toContain('5 Afsluiten in de maandelijkse vergadering, melder beslissend');
    expect(text).toContain('1 Melding door convenantpartner');
    expect((await caseRow(c.id)).phase).toBe('screening');
  });
});

describe('002-A32 a closed Venlo case is kept no longer than two years (Bijlage A art. 12.1)', () => {
  it('the retention status counts two years from closing; the job deletes it then, and not a day before', async () => {
    const { c, pd } = await venloCase('Rian Kuipers');
    await toMonitoring(c, pd);
    await reporterSays(c.id, true);
    expect((await step(s, pd, c.id, { event: 'close', criterionId: 'hulpverlening-opgestart' })).statusCode).toBe(200);
    const closedAt = s.deps.now();
    const status = (await s.request('GET', `/api/cases/${c.id}/retention`, pd)).json<{ deleteAt: string }>();
    const twoYears = new Date(closedAt);
    twoYears.setUTCFullYear(twoYears.getUTCFullYear() + 2);
    expect(status.deleteAt).toBe(twoYears.toISOString());

    s.setNow(new Date(twoYears.getTime() - DAY));
    await runJob(s.deps, retentionJob);
    expect((await caseRow(c.id)).phase).toBe('archived');
    s.setNow(new Date(twoYears.getTime() + 1000));
    await runJob(s.deps, retentionJob);
    expect((await caseRow(c.id)).phase).toBe('deleted');
    const subjects = await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute();
    expect(subjects).toEqual([]);
    s.setNow(closedAt);
  });
});

describe('002-B18 the monthly agenda of a work area (seed 002 Bijlage B §4)', () => {
  it("lists the cases on the month's meetings of that work area by number only, across cases; another work area's agenda does not list them", async () => {
    const first = await venloCase('Sanne Geurts');
    const second = await venloCase('Teun Geurts');
    await inMeeting(first.c, first.pd);
    await inMeeting(second.c, second.pd);
    const numbers = async (id: string) => (await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', id).executeTakeFirstOrThrow()).number;
    const agenda = await s.request('GET', '/api/meetings?from=2026-06-01&to=2026-06-30&workArea=blerick', first.pd);
    expect(agenda.statusCode, agenda.body).toBe(200);
    const items = agenda.json<{ caseId: string; caseNumber: string; workArea: string | null; scheduledAt: string }[]>();
    const ours = items.filter((i) => i.caseId === first.c.id || i.caseId === second.c.id);
    expect(ours.map((i) => i.caseNumber).sort()).toEqual([await numbers(first.c.id), await numbers(second.c.id)].sort());
    expect(ours.every((i) => i.workArea === 'blerick' && i.scheduledAt === '2026-06-10T14:00:00.000Z')).toBe(true);
    expect(agenda.body).not.toContain('Geurts');
    const elsewhere = await s.request('GET', '/api/meetings?from=2026-06-01&to=2026-06-30&workArea=tegelen-belfeld-steyl', first.pd);
    expect(elsewhere.json<{ caseId: string }[]>().filter((i) => i.caseId === first.c.id || i.caseId === second.c.id)).toEqual([]);
  });
});
