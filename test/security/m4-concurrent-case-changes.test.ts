/**
 * Finding M4 (penetration test 2026-12-06): on PostgreSQL, an accept and a reject of one case sent
 * together without `version` both succeeded: the reject purged the case (P12) and the accept then
 * put it in triage, unreadable for ever ("No data key"). Five of ten parallel rejects succeeded.
 * Now every change of a case locks the case row before its guards read anything: concurrent
 * changes are decided one after the other, the later one sees the earlier one's result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { createScratchPostgres } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, informSubjects, register } from '../api/phases.flow.js';

const BASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('M4 concurrent changes of one case on PostgreSQL', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let s: TestServer;
  let pd: string;
  let pd2: string;

  beforeAll(async () => {
    scratch = await createScratchPostgres(BASE_URL);
    s = await startTestServer({ database: await openDatabase({ databaseUrl: scratch.url, poolSize: 8 }) });
    pd = await s.login('procesregisseur@noord-limburg');
    pd2 = await s.login('procesregisseur@noord-limburg');
  });
  afterAll(async () => {
    await s.close();
    await scratch.drop();
  });

  it('M4 accept and reject sent together without version: never a purged case in triage; the case ends rejected with nothing identifying left, and reads give no 500', async () => {
    for (let trial = 0; trial < 4; trial++) {
      const c = await register(s);
      await informSubjects(s, c);
      const [accept, reject] = await Promise.all([
        s.request('POST', `/api/cases/${c.id}/transitions`, pd, ACCEPT),
        s.request('POST', `/api/cases/${c.id}/transitions`, pd2, { event: 'reject', advice: 'x' }),
      ]);
      // Decided one after the other: accept-then-reject is a legal sequence (a case in triage may be
      // rejected); reject-then-accept is not (the rejected case is gone), so that accept is refused.
      expect(reject.statusCode, reject.body).toBe(200);
      expect([200, 403, 404, 409], accept.body).toContain(accept.statusCode);
      const row = await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirst();
      const keys = await s.deps.database.db.selectFrom('case_keys').select('case_id').where('case_id', '=', c.id).execute();
      // Rejected: nothing identifying remains (P12), and no phase came after it.
      expect(keys).toHaveLength(0);
      expect(row === undefined || row.phase === 'rejected', row?.phase).toBe(true);
      const view = await s.request('GET', `/api/cases/${c.id}`, pd);
      expect(view.statusCode).not.toBe(500);
    }
  });

  it('M4 ten parallel rejects of one case: one succeeds, nine are refused, one audit record allows it', async () => {
    const c = await register(s);
    await informSubjects(s, c);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => s.request('POST', `/api/cases/${c.id}/transitions`, i % 2 === 0 ? pd : pd2, { event: 'reject', advice: 'x' })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode >= 500)).toHaveLength(0);
    const allowed = await s.deps.database.db.selectFrom('audit_log').select('id').where('case_id', '=', c.id).where('action', '=', 'case.reject').where('outcome', '=', 'allow').execute();
    expect(allowed).toHaveLength(1);
  });

  it('M4 with version, the loser of two parallel steps gets 409 stale_version', async () => {
    const c = await register(s);
    await informSubjects(s, c);
    const version = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ version: number }>().version;
    const [a, b] = await Promise.all([
      s.request('POST', `/api/cases/${c.id}/transitions`, pd, { ...ACCEPT, version }),
      s.request('POST', `/api/cases/${c.id}/transitions`, pd2, { event: 'reject', advice: 'x', version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});
