import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCases } from '../../src/services/demo/seed-demo-cases.js';
import { systemContext } from '../../src/store/acting-context.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
const problems: string[] = [];
beforeAll(async () => {
  s = await startTestServer({ seedDemoCases: (deps, seeded) => seedDemoCases(deps, seeded, (m) => problems.push(m)) });
});
afterAll(async () => {
  await s.close();
});

describe('demo data', () => {
  it('every shipped collaboration gets demo cases through the real services, without a refused step', () => {
    expect(problems).toEqual([]);
  });

  it('the canonical collaboration has a case in every phase of the work process, and the rejected one left nothing identifying (P12)', async () => {
    const rows = await s.deps.database.withTransaction(systemContext(), (trx) =>
      trx.selectFrom('cases').select(['id', 'phase']).where('collaboration_id', '=', s.collaborationId('zvh-noord-limburg')).execute(),
    );
    expect(rows.map((r) => r.phase).sort()).toEqual(['deescalation1', 'monitoring', 'rejected', 'rto', 'screening', 'triage']);
    const rejected = rows.find((r) => r.phase === 'rejected')!;
    const left = await s.deps.database.withTransaction(systemContext(), async (trx) => ({
      subjects: (await trx.selectFrom('subjects').select('id').where('case_id', '=', rejected.id).execute()).length,
      contributions: (await trx.selectFrom('contributions').select('id').where('case_id', '=', rejected.id).execute()).length,
      keys: (await trx.selectFrom('case_keys').select('case_id').where('case_id', '=', rejected.id).execute()).length,
    }));
    expect(left).toEqual({ subjects: 0, contributions: 0, keys: 0 });
  });

  it('a demo police professional sees the RTO case it was invited to but not the screening case', async () => {
    const pol = await s.login('politie-limburg@noord-limburg');
    const phases = (await s.request('GET', '/api/cases', pol)).json<{ phase: string }[]>().map((c) => c.phase);
    expect(phases).toContain('rto');
    expect(phases).not.toContain('screening');
  });
});
