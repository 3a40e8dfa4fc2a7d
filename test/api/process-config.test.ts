/**
 * The process and retention fields of the collaboration configuration have effect (issue 11 items
 * 1, 5): each test changes one field in a copy of a shipped configuration and shows the behaviour
 * change over the API. The shipped value's behaviour is walked in venlo-closing.test.ts and
 * nijmegen-process.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, register, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const NIJMEGEN = 'regieteams-nijmegen';
const DAY = 86_400_000;
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' };

/** A Venlo case on the agenda of the monthly meeting (phase rto). */
async function venloInMeeting(name: string): Promise<{ c: Registered; pd: string }> {
  const c = await register(s, 'gemeente-venlo@venlo', { tableId: 'zorgnetwerk-overleg', workArea: 'blerick', subjects: [{ name }], lifeDomains: ['housing'], registration: { content: 'Woonoverlast.', basis } });
  await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
  const pd = await s.login('procesregisseur@venlo');
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
  const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
    scheduledAt: '2026-06-10T14:00:00Z',
    preparation: { goal: 'Maandelijks overleg', themes: ['overlast'], decisionsToTake: ['afsluiten'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
  });
  const meetingId = created.json<{ id: string }>().id;
  await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('woonwenz@venlo'), role: 'informant' });
  expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
  return { c, pd };
}

async function agree(caseId: string): Promise<number> {
  return (await s.request('POST', `/api/cases/${caseId}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode;
}

async function row(id: string): Promise<{ phase: string; closed_at: Date | null }> {
  return s.deps.database.db.selectFrom('cases').select(['phase', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();
}

describe('process.transitions: the steps a collaboration takes are its configuration', () => {
  it('process.transitions[].label: the step is offered in the configured words', async () => {
    const { c, pd } = await venloInMeeting('Anna Claes');
    await withChangedField(s, VENLO, configField('process.transitions[close].label'), 'Afsluiten in het werkgebiedoverleg', async () => {
      const offered = (await s.request('GET', `/api/cases/${c.id}/transitions`, pd)).json<{ events: { event: string; label: string }[] }>();
      expect(offered.events.find((e) => e.event === 'close')?.label).toBe('Afsluiten in het werkgebiedoverleg');
    });
  });

  it('process.transitions[].from: closing only from monitoring refuses it in the meeting, naming the steps it is taken from', async () => {
    const { c, pd } = await venloInMeeting('Bram Claes');
    expect(await agree(c.id)).toBe(200);
    await withChangedField(s, VENLO, configField('process.transitions[close].from'), ['monitoring'], async () => {
      const res = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ reason: 'transition_not_allowed' });
      expect(res.body).toContain('3 Resultaat: integraal plan of gezamenlijk gedragen voorstel');
    });
    expect((await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' })).json().phase).toBe('archived');
  });

  it('process.transitions[].to: the step leads where the configuration says', async () => {
    const { c, pd } = await venloInMeeting('Cor Claes');
    expect(await agree(c.id)).toBe(200);
    await withChangedField(s, VENLO, configField('process.transitions[close].to'), 'monitoring', async () => {
      const res = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().phase).toBe('monitoring');
    });
  });

  it('process.transitions[].closes: a step that does not close needs no criterion and sets no closing date', async () => {
    const { c, pd } = await venloInMeeting('Dirk Claes');
    await withChangedField(s, VENLO, configField('process.transitions[close].closes'), false, async () => {
      const res = await step(s, pd, c.id, { event: 'close' });
      expect(res.statusCode, res.body).toBe(200);
      expect(await row(c.id)).toMatchObject({ phase: 'archived', closed_at: null });
    });
  });

  it('process.transitions[].event: the same move as another kind of step', async () => {
    const { c, pd } = await venloInMeeting('Eva Claes');
    expect(await agree(c.id)).toBe(200);
    await withChangedField(s, VENLO, configField('process.transitions[close].event'), 'deescalate', async () => {
      const close = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' });
      expect(close.statusCode).toBe(403);
      expect(close.json().error).toMatchObject({ reason: 'phase_not_in_variant' });
      const res = await step(s, pd, c.id, { event: 'deescalate', criterionId: 'overlast-gestopt' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().phase).toBe('archived');
    });
  });
});

describe('closing criteria and the reporter\'s voice are configuration', () => {
  it('process.reporterDecisiveInClosing: without it the director closes on a criterion alone, and the reporter records no voice', async () => {
    const { c, pd } = await venloInMeeting('Fien Claes');
    await withChangedField(s, VENLO, configField('process.reporterDecisiveInClosing'), false, async () => {
      expect(await agree(c.id)).toBe(409);
      const res = await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('process.closingCriteria[].id and [].label: the criterion is recorded by its configured id; an unknown one is named with the labels', async () => {
    const { c, pd } = await venloInMeeting('Gijs Claes');
    expect(await agree(c.id)).toBe(200);
    await withChangedField(s, VENLO, configField('process.closingCriteria[overlast-gestopt].label'), 'Geen klachten meer van buren', async () => {
      const res = await step(s, pd, c.id, { event: 'close', criterionId: 'weg' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Geen klachten meer van buren');
    });
    await withChangedField(s, VENLO, configField('process.closingCriteria[overlast-gestopt].id'), 'geen-klachten', async () => {
      expect((await step(s, pd, c.id, { event: 'close', criterionId: 'overlast-gestopt' })).statusCode).toBe(400);
      const res = await step(s, pd, c.id, { event: 'close', criterionId: 'geen-klachten' });
      expect(res.statusCode, res.body).toBe(200);
    });
  });
});

describe('retention.unpickedSignal: how long a signal nobody picks up is kept', () => {
  const signal = { tableId: 'regieteam', subjects: [{ name: 'Huishouden Claes' }], lifeDomains: ['income_debts'], registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } } };

  it('retention.unpickedSignal.deleteAfterDays: ten days deletes it on day eleven (shipped: kept until day 56)', async () => {
    const start = s.deps.now();
    const kept = await register(s, 'gemeente-nijmegen@nijmegen', signal);
    s.setNow(new Date(start.getTime() + 11 * DAY));
    await runJob(s.deps, retentionJob);
    expect((await row(kept.id)).phase).toBe('screening');
    s.setNow(start);
    const c = await register(s, 'gemeente-nijmegen@nijmegen', signal);
    await withChangedField(s, NIJMEGEN, configField('retention.unpickedSignal.deleteAfterDays'), 10, async () => {
      s.setNow(new Date(start.getTime() + 11 * DAY));
      await runJob(s.deps, retentionJob);
      expect((await row(c.id)).phase).toBe('rejected');
    });
    s.setNow(start);
  });

  it('retention.unpickedSignal.reminderDaysBefore: forty days before gives the reminder on day twenty (shipped: none yet)', async () => {
    const start = s.deps.now();
    const shipped = await register(s, 'gemeente-nijmegen@nijmegen', signal);
    s.setNow(new Date(start.getTime() + 20 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await s.deps.database.db.selectFrom('reminders').select('id').where('case_id', '=', shipped.id).execute()).toEqual([]);
    s.setNow(start);
    const c = await register(s, 'gemeente-nijmegen@nijmegen', signal);
    await withChangedField(s, NIJMEGEN, configField('retention.unpickedSignal.reminderDaysBefore'), 40, async () => {
      s.setNow(new Date(start.getTime() + 20 * DAY));
      await runJob(s.deps, retentionJob);
      const reminders = await s.deps.database.db.selectFrom('reminders').select('id').where('case_id', '=', c.id).execute();
      expect(reminders.length).toBeGreaterThan(0);
    });
    s.setNow(start);
  });
});
