import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { remindersJob } from '../../src/jobs/reminders.job.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { caseState, insertCase, months } from './job-fixtures.js';

const T0 = new Date('2026-06-01T09:00:00Z');

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ jobsEveryMs: 0 });
});
afterAll(async () => {
  await s.close();
});

async function retentionAt(at: Date) {
  s.setNow(at);
  const outcome = await runJob(s.deps, retentionJob);
  if (outcome.status !== 'succeeded') throw new Error(`run ${outcome.status}`);
  return outcome.counts;
}

const remindersOf = (caseId: string) => s.deps.database.db.selectFrom('reminders').select(['kind', 'due_at']).where('case_id', '=', caseId).orderBy('due_at').execute();

describe('retention job: seed 003 staged de-escalation (Noord-Limburg)', () => {
  it('P13 step 2 at 6 months archives with the administrative set; step 3 at 12 months crypto-shreds; each once', async () => {
    const id = await insertCase(s.deps, { collaboration: 'zvh-noord-limburg', phase: 'deescalation1', createdAt: T0, deescalatedAt: T0 });
    await retentionAt(months(T0, 6, -1));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'deescalation1', key: true, subjects: 1 });
    expect((await remindersOf(id)).map((r) => r.kind)).toContain('retention_step');

    await retentionAt(months(T0, 6));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'archived', key: true, subjects: 1 });
    const decision = await s.deps.database.db.selectFrom('deescalation_decisions').select(['archived_at', 'admin_set_enc']).where('case_id', '=', id).executeTakeFirstOrThrow();
    expect(decision.archived_at).not.toBeNull();
    expect(decision.admin_set_enc).not.toBeNull();
    const again = await retentionAt(months(T0, 6, 1));
    expect(again.archived).toBe(0);

    await retentionAt(months(T0, 12));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'deleted', key: false, subjects: 0 });
    expect((await remindersOf(id)).map((r) => r.kind)).toContain('inform_subject_of_deletion');
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'rule', 'access_point']).where('case_id', '=', id).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'retention.archive', rule: 'P13', access_point: 'job' },
      { action: 'retention.delete', rule: 'P13', access_point: 'job' },
    ]);
    expect((await retentionAt(months(T0, 12, 1))).deleted).toBe(0);
  });

  it('P13 exception: the lead partner postpones deletion until the re-assessment (at most 6 months); a reminder is recorded', async () => {
    const decided = months(T0, 11);
    const id = await insertCase(s.deps, {
      collaboration: 'zvh-noord-limburg',
      phase: 'archived',
      createdAt: T0,
      deescalatedAt: T0,
      exceptions: [{ step: 3, decidedAt: decided, reassessAt: months(decided, 6) }],
    });
    await retentionAt(months(T0, 12, 1));
    expect((await caseState(s.deps, id)).key).toBe(true);
    await retentionAt(months(decided, 6, -10));
    expect((await remindersOf(id)).map((r) => r.kind)).toContain('retention_reassessment');
    expect((await caseState(s.deps, id)).key).toBe(true);
    await retentionAt(months(decided, 6));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'deleted', key: false, subjects: 0 });
  });

  it('P13 exception by a partner that is not the lead partner postpones nothing', async () => {
    const decided = months(T0, 11);
    const id = await insertCase(s.deps, {
      collaboration: 'zvh-noord-limburg',
      phase: 'archived',
      createdAt: T0,
      deescalatedAt: T0,
      exceptions: [{ step: 3, decidedAt: decided, reassessAt: months(decided, 6), byLead: false }],
    });
    await retentionAt(months(T0, 12));
    expect((await caseState(s.deps, id)).phase).toBe('deleted');
  });

  it('P12: a case not accepted loses its identifying data at the next run, and keeps its phase', async () => {
    const id = await insertCase(s.deps, { collaboration: 'zvh-noord-limburg', phase: 'rejected', createdAt: T0 });
    await retentionAt(months(T0, 0, 1));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'rejected', key: false, subjects: 0 });
  });
});

describe('retention job: seed 002 (Venlo) and seed 004 (Nijmegen)', () => {
  it('seed 002: archived at closing, deleted 2 years after closing, not a day before', async () => {
    const closed = months(T0, 1);
    const id = await insertCase(s.deps, { collaboration: 'zorgnetwerk-venlo', phase: 'monitoring', createdAt: T0, closedAt: closed });
    await retentionAt(months(closed, 0, 1));
    expect((await caseState(s.deps, id)).phase).toBe('archived');
    await retentionAt(months(closed, 24, -1));
    expect((await caseState(s.deps, id)).key).toBe(true);
    await retentionAt(months(closed, 24));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'deleted', key: false, subjects: 0 });
  });

  it('seed 002: exceptions are not allowed there, so one recorded anyway postpones nothing', async () => {
    const closed = months(T0, 1);
    const decided = months(closed, 23);
    const id = await insertCase(s.deps, { collaboration: 'zorgnetwerk-venlo', phase: 'archived', createdAt: T0, closedAt: closed, exceptions: [{ step: 3, decidedAt: decided, reassessAt: months(decided, 6) }] });
    await retentionAt(months(closed, 24));
    expect((await caseState(s.deps, id)).phase).toBe('deleted');
  });

  it('seed 004: kept 15 years after closing, then deleted', async () => {
    const closed = months(T0, 2);
    const id = await insertCase(s.deps, { collaboration: 'regieteams-nijmegen', phase: 'monitoring', createdAt: T0, closedAt: closed });
    await retentionAt(months(closed, 179));
    expect((await caseState(s.deps, id)).key).toBe(true);
    await retentionAt(months(closed, 180));
    expect(await caseState(s.deps, id)).toEqual({ phase: 'deleted', key: false, subjects: 0 });
  });
});

describe('job runner', () => {
  it('a dry run counts what is due and changes nothing', async () => {
    const id = await insertCase(s.deps, { collaboration: 'zvh-noord-limburg', phase: 'deescalation1', createdAt: T0, deescalatedAt: T0 });
    s.setNow(months(T0, 13));
    const dry = await runJob(s.deps, retentionJob, { dryRun: true });
    expect(dry.status === 'succeeded' && dry.counts.deleted).toBeGreaterThanOrEqual(1);
    expect((await caseState(s.deps, id)).key).toBe(true);
    const run = await s.deps.database.db.selectFrom('job_runs').select('id').where('run_key', '=', dry.runKey).execute();
    expect(run).toEqual([]);
  });

  it('two runners at once do the work once; each run is recorded with its counts; a used run key is a no-op', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => insertCase(s.deps, { collaboration: 'zvh-noord-limburg', phase: 'deescalation1', createdAt: months(T0, 1), deescalatedAt: months(T0, 1) })));
    s.setNow(months(T0, 7, 1));
    const archiveAudits = () => s.deps.database.db.selectFrom('audit_log').select('case_id').where('action', '=', 'retention.archive').execute();
    const before = (await archiveAudits()).length;
    const [a, b] = await Promise.all([runJob(s.deps, retentionJob, { runKey: 'a' }), runJob(s.deps, retentionJob, { runKey: 'b' })]);
    const archived = [a, b].map((o) => (o.status === 'succeeded' ? o.counts.archived : 0));
    const all = await archiveAudits();
    expect(archived.reduce((x, y) => x + y, 0)).toBe(all.length - before);
    for (const id of ids) {
      expect((await caseState(s.deps, id)).phase).toBe('archived');
      expect(all.filter((x) => x.case_id === id)).toHaveLength(1);
    }
    const runs = await s.deps.database.db.selectFrom('job_runs').select(['run_key', 'status', 'detail']).where('run_key', 'in', ['a', 'b']).execute();
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    expect(runs.map((r) => (r.detail as { archived: number }).archived).sort()).toEqual(archived.filter((_, i) => [a, b][i]?.status === 'succeeded').sort());
    const done = a.status === 'succeeded' ? 'a' : 'b';
    const repeat = await runJob(s.deps, retentionJob, { runKey: done });
    expect(repeat).toMatchObject({ status: 'skipped', reason: 'already_ran' });
  });
});

describe('reminders job', () => {
  it('records informing, rights-request and incident reminders once each', async () => {
    const db = s.deps.database.db;
    const caseId = await insertCase(s.deps, { collaboration: 'zorgnetwerk-venlo', phase: 'triage', createdAt: T0 });
    const c = await db.selectFrom('cases').select('collaboration_id').where('id', '=', caseId).executeTakeFirstOrThrow();
    const user = await db.selectFrom('users').select('id').where('collaboration_id', '=', c.collaboration_id).where('role', '=', 'privacy_officer').executeTakeFirstOrThrow();
    const now = months(T0, 30);
    const postponement = await db
      .insertInto('informing_records')
      .values({ case_id: caseId, collaboration_id: c.collaboration_id, topic: 'triage', postponement_reason_enc: Buffer.from('x'), planned_at: months(now, 0, -1) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const request = await db
      .insertInto('rights_requests')
      .values({ collaboration_id: c.collaboration_id, kind: 'access', registered_at: months(now, 0, -25), registered_by: user.id, handler_user_id: user.id, deadline_at: months(now, 0, 3) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const incident = await db
      .insertInto('incidents')
      .values({ collaboration_id: c.collaboration_id, discovered_at: months(now, 0, -2), registered_at: months(now, 0, -2), registered_by: user.id, summary: 'Laptop kwijt', dpa_notification_due_at: months(now, 0, 1) })
      .returning('id')
      .executeTakeFirstOrThrow();
    s.setNow(now);
    const first = await runJob(s.deps, remindersJob);
    expect(first.status).toBe('succeeded');
    const rows = await db.selectFrom('reminders').select(['kind', 'ref_id']).where('ref_id', 'in', [postponement.id, request.id, incident.id]).orderBy('kind').execute();
    expect(rows).toEqual([
      { kind: 'incident_dpa_notice', ref_id: incident.id },
      { kind: 'incident_partner_notice', ref_id: incident.id },
      { kind: 'inform_subject', ref_id: postponement.id },
      { kind: 'rights_request_deadline', ref_id: request.id },
    ]);
    const second = await runJob(s.deps, remindersJob);
    expect(second.status === 'succeeded' && second.counts.added).toBe(0);
  });
});
