/**
 * Requirement 001-17 (seed 001 art. 4.4; issue item 6): the accountability report counts from
 * events that outlive a deleted case, so deleting cases through the retention paths (P12 rejection
 * at screening, the retention job for a signal nobody picked up) leaves that year's figures as
 * they were. ADR 0133.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ jobsEveryMs: 0 });
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';

interface Report {
  provisions: { total: number | null; police: number | null; byPartner: { partnerId: string; count: number | null; police: number | null }[] };
  bases: Record<string, number | null>;
  consent: { withConsent: number | null; withoutConsent: number | null; refused: number | null; revoked: number | null };
  sources: { note: { nl: string; en: string } };
}

async function report(user: string): Promise<Report> {
  const res = await s.request('GET', '/api/reports/accountability?year=2026', await s.login(user));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Report>();
}

const counted = (r: Report) => ({ provisions: r.provisions, bases: r.bases, consent: r.consent });

async function live(table: 'contributions' | 'consents', caseIds: readonly string[]): Promise<number> {
  const rows = await s.deps.database.db.selectFrom(table).select('id').where('case_id', 'in', caseIds).execute();
  return rows.length;
}

describe('001-17 the accountability report counts from events that outlive the case', () => {
  it('001-17 provisions, bases and consents of 2026 are unchanged after the cases are rejected at screening and deleted (P12)', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await register(s);
      ids.push(c.id);
      const subjectId = c.subjectIds[0] ?? '';
      const partners = [s.partnerId(NL, 'vincent-van-gogh')];
      const refusal = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners, scope: 'Zorginformatie', givenAt: s.deps.now().toISOString(), refused: true });
      expect(refusal.statusCode, refusal.body).toBe(201);
      const given = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners, scope: 'Zorginformatie', givenAt: s.deps.now().toISOString() });
      expect(given.statusCode, given.body).toBe(201);
      const revoked = await s.request('POST', `/api/cases/${c.id}/consents/${given.json<{ id: string }>().id}/revoke`, pd);
      expect(revoked.statusCode, revoked.body).toBe(200);
    }
    const before = await report('manager@noord-limburg');
    expect(before.provisions.total).toBe(6);
    expect(before.provisions.byPartner).toEqual([{ partnerId: s.partnerId(NL, 'reclassering-nederland'), count: 6, police: 0 }]);
    expect(before.bases.public_task).toBe(6);
    expect(before.consent).toEqual({ withConsent: 0, withoutConsent: 6, refused: 6, revoked: 6 });
    expect(await live('contributions', ids)).toBe(6);
    expect(await live('consents', ids)).toBe(12);

    for (const id of ids) {
      const rejected = await step(s, pd, id, { event: 'reject' });
      expect(rejected.statusCode, rejected.body).toBe(200);
    }
    expect(await live('contributions', ids)).toBe(0);
    expect(await live('consents', ids)).toBe(0);

    const after = await report('manager@noord-limburg');
    expect(counted(after)).toEqual(counted(before));
    expect(after.sources.note.nl).toMatch(/daarvóór al verwijderd/);
  });

  it('001-17 the provisions of signals nobody picked up stay counted after the retention job deleted them (Nijmegen)', async () => {
    const nijmegen = 'gemeente-nijmegen@nijmegen';
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await s.request('POST', '/api/cases', await s.login(nijmegen), {
        tableId: 'regieteam',
        subjects: [{ name: `Signaal ${i}` }],
        complexCriteria: ['multi_problem'],
        lifeDomains: ['income_debts', 'housing'],
        registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json<{ id: string }>().id);
    }
    const before = await report('manager@nijmegen');
    expect(before.provisions.total).toBe(5);
    expect(before.bases.public_task).toBe(5);

    const config = await s.deps.database.db.selectFrom('collaborations').select('config').where('slug', '=', 'regieteams-nijmegen').executeTakeFirstOrThrow();
    const days = (config.config as { retention: { unpickedSignal: { deleteAfterDays: number } } }).retention.unpickedSignal.deleteAfterDays;
    s.advance((days + 1) * 86_400_000);
    const run = await runJob(s.deps, retentionJob);
    expect(run.status).toBe('succeeded');
    const phases = await s.deps.database.db.selectFrom('cases').select('id').where('id', 'in', ids).where('phase', '=', 'screening').execute();
    expect(await live('contributions', ids)).toBe(0);
    expect(phases).toHaveLength(0);

    const after = await report('manager@nijmegen');
    expect(counted(after)).toEqual(counted(before));
  });

  it('001-17 the events name no case or person; only the triggers write them, and a professional reads none', async () => {
    const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = 'accountability_events' order by column_name`.execute(s.deps.database.db);
    expect(columns.rows.map((c) => c.column_name)).toEqual(['basis_kind', 'collaboration_id', 'id', 'kind', 'occurred_on', 'partner_id', 'police', 'table_id']);
    const professional = {
      collaborationId: s.collaborationId(NL),
      partnerId: s.partnerId(NL, 'reclassering-nederland'),
      userId: s.userId('reclassering-nederland@noord-limburg'),
      role: 'professional' as const,
    };
    await register(s);
    expect((await s.deps.database.db.selectFrom('accountability_events').select('id').execute()).length).toBeGreaterThan(0);
    const seen = await s.deps.database.withTransaction(professional, (trx) => trx.selectFrom('accountability_events').select('id').execute());
    expect(seen).toEqual([]);
    const forged = s.deps.database.withTransaction(professional, (trx) =>
      trx.insertInto('accountability_events').values({ collaboration_id: professional.collaborationId, occurred_on: s.deps.now(), kind: 'consent_refused' }).execute(),
    );
    await expect(forged).rejects.toThrow();
  });
});
