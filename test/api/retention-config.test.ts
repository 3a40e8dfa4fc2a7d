/**
 * The retention fields of the collaboration configuration have effect (no configuration field
 * without effect): each test changes one `retention.*` field in a copy of a shipped configuration
 * and shows the change in the retention status (`GET /api/cases/:id/retention`), in the reminders
 * (`GET /api/reminders`) or in what the process director may record. The shipped values are walked
 * in retention-status.test.ts (Noord-Limburg) and nijmegen-process.test.ts (Nijmegen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField, withChangedFields } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { nijmegenInRto, NL, step, toMonitoring } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';
const DAY = 86_400_000;

interface Status {
  stage: string;
  archiveAt: string | null;
  deleteAt: string | null;
  latestReassessAt: string | null;
  policy: { archiveAfterMonths: number | null; deleteAfterMonths: number; exceptionsAllowed: boolean; maxExceptionMonths: number };
}
interface ReminderList {
  kind: string;
  caseId: string | null;
}

const monthsLater = (at: Date | string, months: number): string => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};

/** A Noord-Limburg case in step 1 of the de-escalation; returns the decision's date. */
async function deescalated(): Promise<{ c: Registered; decidedAt: string }> {
  const { c, pd } = await toMonitoring(s);
  const res = await step(s, pd, c.id, { event: 'deescalate' });
  expect(res.statusCode, res.body).toBe(200);
  return { c, decidedAt: s.deps.now().toISOString() };
}

async function status(caseId: string, user = 'procesregisseur@noord-limburg'): Promise<Status> {
  const res = await s.request('GET', `/api/cases/${caseId}/retention`, await s.login(user));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Status>();
}

describe('retention.*: the retention of a collaboration is its configuration', () => {
  it('retention.archiveAfterMonths: step 2 falls due after the configured months, and may be taken no earlier', async () => {
    const { c, decidedAt } = await deescalated();
    expect((await status(c.id)).archiveAt).toBe(monthsLater(decidedAt, 6));
    s.setNow(new Date(Date.parse(monthsLater(decidedAt, 3)) + DAY));
    const pd = await s.login('procesregisseur@noord-limburg');
    const early = await step(s, pd, c.id, { event: 'archive' });
    expect(early.statusCode, early.body).toBe(403);
    expect(early.json().error).toMatchObject({ rule: 'P13', reason: 'retention_step_not_due' });
    await withChangedField(s, NL, configField('retention.archiveAfterMonths'), 3, async () => {
      const changed = await status(c.id);
      expect(changed.archiveAt).toBe(monthsLater(decidedAt, 3));
      expect(changed.deleteAt).toBe(monthsLater(decidedAt, 12));
      expect((await step(s, pd, c.id, { event: 'archive' })).statusCode).toBe(200);
    });
    s.setNow(new Date(decidedAt));
  });

  it('retention.deleteAfterMonths: step 3 falls due after the configured months, and the archived dossier is deleted no earlier', async () => {
    const { c, decidedAt } = await deescalated();
    expect((await status(c.id)).deleteAt).toBe(monthsLater(decidedAt, 12));
    await withChangedField(s, NL, configField('retention.deleteAfterMonths'), 24, async () => {
      expect((await status(c.id)).deleteAt).toBe(monthsLater(decidedAt, 24));
      s.setNow(new Date(Date.parse(monthsLater(decidedAt, 12)) + DAY));
      const pd = await s.login('procesregisseur@noord-limburg');
      expect((await step(s, pd, c.id, { event: 'archive' })).statusCode).toBe(200);
      // Twelve months on, which the shipped configuration deletes at: not due under 24 months.
      const early = await step(s, pd, c.id, { event: 'delete' });
      expect(early.statusCode, early.body).toBe(403);
      expect(early.json().error).toMatchObject({ rule: 'P13', reason: 'retention_step_not_due' });
    });
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await step(s, pd, c.id, { event: 'delete' })).statusCode).toBe(200);
    s.setNow(new Date(decidedAt));
  });

  it('retention.exceptionsAllowed: without it no exception can be recorded and none is offered', async () => {
    const { c } = await deescalated();
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    const body = { step: 'archive', motivation: 'Terugval verwacht', reassessAt: new Date(s.deps.now().getTime() + 30 * DAY).toISOString() };
    // A collaboration without exceptions has no re-assessment term either (the schema's consistency check).
    await withChangedFields(s, NL, [[configField('retention.exceptionsAllowed'), false], [configField('retention.maxExceptionMonths'), 0]], async () => {
      expect((await status(c.id)).latestReassessAt).toBeNull();
      const refused = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, body);
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json<{ error: { reason: string } }>().error.reason).toBe('P13_exceptions_not_allowed');
    });
    expect((await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, body)).statusCode).toBe(201);
  });

  it('retention.maxExceptionMonths: a re-assessment beyond the configured months is refused', async () => {
    const { c } = await deescalated();
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    const body = { step: 'archive', motivation: 'Nazorg loopt', reassessAt: new Date(s.deps.now().getTime() + 120 * DAY).toISOString() };
    await withChangedField(s, NL, configField('retention.maxExceptionMonths'), 2, async () => {
      expect((await status(c.id)).latestReassessAt).toBe(monthsLater(s.deps.now(), 2));
      const refused = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, body);
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json<{ error: { reason: string } }>().error.reason).toBe('P13_reassessment_beyond_limit');
    });
    expect((await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, body)).statusCode).toBe(201);
  });

  it('retention.reminderDaysBefore: the process director is reminded of step 2 the configured days before it falls due', async () => {
    const { c, decidedAt } = await deescalated();
    // Twenty days before the archive: the shipped fourteen days have not started yet. (Other reminders of
    // the case, such as an action list never sent, are not what this field governs.)
    s.setNow(new Date(Date.parse(monthsLater(decidedAt, 6)) - 20 * DAY));
    const reminders = async (): Promise<ReminderList[]> =>
      (await s.request('GET', '/api/reminders', await s.login('procesregisseur@noord-limburg'))).json<ReminderList[]>().filter((r) => r.caseId === c.id && r.kind.startsWith('retention'));
    expect(await reminders()).toEqual([]);
    await withChangedField(s, NL, configField('retention.reminderDaysBefore'), 30, async () => {
      expect((await reminders()).map((r) => r.kind)).toEqual(['retention_step']);
    });
    s.setNow(new Date(decidedAt));
  });
});

describe('retention.anchor: what the periods count from', () => {
  it('retention.anchor: Nijmegen counts fifteen years from closing (step 8); from the step-7 decision when configured so', async () => {
    const gem = await s.login('gemeente-nijmegen@nijmegen');
    const reg = await s.request('POST', '/api/cases', gem, {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Anker' }],
      lifeDomains: ['income_debts'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
      processDirectorId: s.userId('procesregisseur@nijmegen'),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const c = reg.json<Registered>();
    const { pd, meetingId } = await nijmegenInRto(s, c, ['sterker-sociaal-werk@nijmegen']);
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version: 1,
      date: '2026-06-10T14:00:00Z',
      status: 'held',
      reason: 'Schulden',
      present: [s.userId('sterker-sociaal-werk@nijmegen')],
      plan: { goals: [{ domain: 'income_debts', goal: 'Schulden in beeld' }], actions: [{ description: 'Schuldhulp', ownerPartnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen'), dueAt: '2026-07-01' }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    const start = s.deps.now();
    expect((await step(s, pd, c.id, { event: 'deescalate', note: 'Stabiel; monitoring een half jaar' })).statusCode).toBe(200);
    const step7At = s.deps.now().toISOString();
    s.advance(180 * DAY);
    const pdLater = await s.login('procesregisseur@nijmegen');
    const closed = await step(s, pdLater, c.id, { event: 'archive', criterionId: 'doelen-behaald' });
    expect(closed.statusCode, closed.body).toBe(200);
    const closedAt = s.deps.now().toISOString();

    expect((await status(c.id, 'procesregisseur@nijmegen')).deleteAt).toBe(monthsLater(closedAt, 180));
    // Counting from the de-escalation decision is the staged model, which has an archive step (consistency check).
    await withChangedFields(s, NIJMEGEN, [[configField('retention.anchor'), 'deescalation_decision'], [configField('retention.archiveAfterMonths'), 120]], async () => {
      expect((await status(c.id, 'procesregisseur@nijmegen')).deleteAt).toBe(monthsLater(step7At, 180));
    });
    s.setNow(start);
  });
});
