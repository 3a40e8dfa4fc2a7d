import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register, step, toRto, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const CHILD_TABLES = ['subjects', 'contributions', 'consents', 'weighings', 'informing_records', 'triage_questions', 'meetings', 'meeting_invitations', 'plan_actions', 'case_keys', 'involvement'] as const;

async function remaining(caseId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of CHILD_TABLES) {
    const r = await s.deps.database.db.selectFrom(t).select((eb) => eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

const NOTHING = Object.fromEntries(CHILD_TABLES.map((t) => [t, 0]));

describe('P12 deletion when not accepted (HTTP)', () => {
  it('P12: a case rejected at screening leaves nothing identifying; the key is shredded and any read is refused with P12', async () => {
    const c = await register(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await step(s, pd, c.id, { event: 'reject', advice: 'Meld bij het sociale wijkteam.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'rejected', advice: 'Meld bij het sociale wijkteam.' });
    expect(await remaining(c.id)).toEqual(NOTHING);

    const row = await s.deps.database.db.selectFrom('cases').select(['number', 'table_id', 'phase', 'registrant_partner_id', 'screening_outcome', 'closed_at']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.phase).toBe('rejected');
    expect(row.screening_outcome).toBe('rejected');
    expect(row.number).toMatch(/^2026-/);

    for (const who of ['procesregisseur@noord-limburg', 'reclassering-nederland@noord-limburg']) {
      const read = await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=screening`, await s.login(who));
      expect(read.statusCode).toBe(403);
      expect(read.json<{ error: { rule: string } }>().error.rule).toBe('P12');
    }
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ subjects: unknown[]; contributions: unknown[] }>();
    expect(view.subjects).toEqual([]);
    expect(view.contributions).toEqual([]);
  });

  it('P12: the audit chain outlives the case and references it by its opaque id only', async () => {
    const c = await register(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await step(s, pd, c.id, { event: 'reject' })).statusCode).toBe(200);
    const rows = await s.deps.database.db.selectFrom('audit_log').selectAll().where('case_id', '=', c.id).execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['case.register', 'case.reject']));
    const text = JSON.stringify(rows);
    expect(text).not.toContain('Jan de Vries');
    expect(text).not.toContain('111222333');
  });

  it('P12: a case referred to another table from the RTO loses its meetings, invitations and designations too', async () => {
    const { c, pd } = await toRto(s);
    expect((await remaining(c.id)).meetings).toBe(1);
    const res = await step(s, pd, c.id, { event: 'refer', toTable: 'zsm' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().phase).toBe('referred');
    expect(await remaining(c.id)).toEqual(NOTHING);
    const row = await s.deps.database.db.selectFrom('cases').select('referred_to_table').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.referred_to_table).toBe('zsm');
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}`, pol)).statusCode).toBe(404);
  });

  it('P12: only the process director rejects; a professional\'s attempt is refused, audited, and deletes nothing', async () => {
    const { c } = await toTriage(s);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const res = await step(s, rn, c.id, { event: 'reject' });
    expect(res.statusCode).toBe(403);
    expect((await remaining(c.id)).subjects).toBe(1);
    expect((await remaining(c.id)).case_keys).toBe(1);
  });
});
