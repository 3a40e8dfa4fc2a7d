/**
 * Reminders reflect reality (DOMAIN.md §7, 004-X01): a signal that was rejected, or deleted because
 * nobody picked it up, has no data left, so no retention step is due for it and the process
 * director is not shown an overdue one. Walked over HTTP on the shipped Nijmegen configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, step } from './phases.flow.js';
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

async function signal(name: string): Promise<Registered> {
  const res = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), {
    tableId: 'regieteam',
    subjects: [{ name }],
    lifeDomains: ['housing'],
    registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    processDirectorId: s.userId('procesregisseur@nijmegen'),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Registered>();
}

async function remindersFor(caseId: string): Promise<{ kind: string; overdue: boolean }[]> {
  const res = await s.request('GET', '/api/reminders', await s.login('procesregisseur@nijmegen'));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ kind: string; overdue: boolean; caseId: string | null }[]>().filter((r) => r.caseId === caseId);
}

describe('004-X01 reminders reflect reality: no false overdue retention step for a deleted signal', () => {
  it('004-X01 a rejected signal, its data deleted at once, gives the process director no retention_step reminder, also a month later', async () => {
    const c = await signal('Huishouden Xanten');
    await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
    const rejected = await step(s, await s.login('procesregisseur@nijmegen'), c.id, { event: 'reject', advice: 'Past bij het sociaal wijkteam.' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await remindersFor(c.id)).toEqual([]);
    s.advance(30 * DAY);
    await runJob(s.deps, retentionJob);
    expect(await remindersFor(c.id)).toEqual([]);
  });

  it('004-X01 a signal deleted because nobody picked it up: the reminder before the deadline goes when the data goes', async () => {
    const start = s.deps.now();
    const c = await signal('Huishouden Ypma');
    s.setNow(new Date(start.getTime() + 50 * DAY));
    expect((await remindersFor(c.id)).map((r) => r.kind)).toEqual(['retention_step']);
    s.setNow(new Date(start.getTime() + 56 * DAY + 1000));
    await runJob(s.deps, retentionJob);
    const row = await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.phase).toBe('rejected');
    expect(await remindersFor(c.id)).toEqual([]);
    s.setNow(start);
  });
});
