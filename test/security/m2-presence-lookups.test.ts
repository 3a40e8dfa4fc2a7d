/**
 * Finding M2 of the penetration test (2026-12-06), its second half: the presence lookup served
 * as a BSN oracle. 300 random BSNs from one account were all answered (about 1,522 a minute);
 * no case was needed, and a case id of another collaboration was accepted. Reproduced here on
 * the shipped Noord-Limburg configuration (30 lookups per user per hour): the burst is cut off
 * at the limit, and a lookup is only made for a case the asker is screening.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register, toTriage } from '../api/phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { code: string; message: string; rule: string; reason: string } };

/** Valid BSNs (11-test), different each time. */
function bsns(n: number, from = 100000000): string[] {
  const out: string[] = [];
  for (let x = from; out.length < n; x++) {
    const d = String(x).padStart(9, '0').split('').map(Number);
    const sum = d.slice(0, 8).reduce((acc, v, i) => acc + v * (9 - i), 0) - (d[8] ?? 0);
    if (sum % 11 === 0) out.push(d.join(''));
  }
  return out;
}

describe('M2 the presence lookup is no BSN oracle', () => {
  it('M2 the burst of the reproduction: one director asking for many BSNs gets 30 answers an hour, then 429 in Dutch, every refusal audited; an hour later it may ask again', async () => {
    const forCase = await register(s, 'reclassering-nederland@noord-limburg');
    const pd = await s.login('procesregisseur@noord-limburg');
    const statuses: number[] = [];
    let last: ErrorBody | null = null;
    for (const bsn of bsns(40)) {
      const res = await s.request('POST', '/api/presence-lookups', pd, { bsn, forCaseId: forCase.id });
      statuses.push(res.statusCode);
      if (res.statusCode !== 200) last = res.json<ErrorBody>();
    }
    expect(statuses.filter((x) => x === 200)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual(Array<number>(10).fill(429));
    expect(last?.error).toMatchObject({ rule: 'P14', reason: 'P14_rate_limited' });
    expect(last?.error.message).toMatch(/maximum aantal aanwezigheidsvragen per uur/);
    const audited = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['outcome'])
      .where('action', '=', 'presence.lookup')
      .where('user_id', '=', s.userId('procesregisseur@noord-limburg'))
      .execute();
    expect(audited.filter((a) => a.outcome === 'allow')).toHaveLength(30);
    expect(audited.filter((a) => a.outcome === 'deny')).toHaveLength(10);
    s.advance(3_600_001);
    const again = await s.login('procesregisseur@noord-limburg');
    expect((await s.request('POST', '/api/presence-lookups', again, { bsn: bsns(1, 200000000)[0], forCaseId: forCase.id })).statusCode).toBe(200);
  });

  it('M2 a lookup belongs to a case in screening: without a case 400, another collaboration\'s case 403, a case past screening 403 with the rule in plain Dutch', async () => {
    const pd = await s.login('tweede-procesregisseur@noord-limburg');
    const ask = (body: object) => s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', ...body });
    const none = await ask({});
    expect(none.statusCode).toBe(400);
    const venlo = await register(s, 'gemeente-venlo@venlo', {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Karel Smit' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'x', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    });
    const foreign = await ask({ forCaseId: venlo.id });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json<ErrorBody>().error).toMatchObject({ rule: 'P14', reason: 'P14_no_case' });

    // A case in triage, handled by this director: the lookup belongs to screening only.
    const { c } = await toTriage(s);
    await s.deps.database.db.updateTable('case_staff').set({ user_id: s.userId('tweede-procesregisseur@noord-limburg') }).where('case_id', '=', c.id).where('role', '=', 'process_director').execute();
    const past = await ask({ forCaseId: c.id });
    expect(past.statusCode, past.body).toBe(403);
    const error = past.json<ErrorBody>().error;
    expect(error).toMatchObject({ rule: 'P14', reason: 'P14_not_screening' });
    expect(error.message).toBe('Een aanwezigheidsvraag stelt u alleen tijdens de screening van een casus: deze casus is al voorbij de screening.');
    const denied = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['case_id', 'purpose', 'legal_basis_kind', 'on_behalf_of_partner_id'])
      .where('action', '=', 'presence.lookup')
      .where('outcome', '=', 'deny')
      .where('user_id', '=', s.userId('tweede-procesregisseur@noord-limburg'))
      .orderBy('id')
      .execute();
    expect(denied).toEqual([
      { case_id: venlo.id, purpose: 'screening', legal_basis_kind: null, on_behalf_of_partner_id: null },
      { case_id: c.id, purpose: 'screening', legal_basis_kind: 'public_task', on_behalf_of_partner_id: s.partnerId(NL, 'reclassering-nederland') },
    ]);
    // Nothing was kept for the refused lookups.
    const kept = await s.deps.database.db.selectFrom('presence_lookups').select('id').where('asked_by', '=', s.userId('tweede-procesregisseur@noord-limburg')).execute();
    expect(kept).toEqual([]);
  });
});
