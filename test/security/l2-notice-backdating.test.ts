/**
 * Finding L2 (penetration test 2026-12-06): an admin backdated a partner's notice
 * (`givenAt: 2020-01-01`) and cut it off at once, bypassing the covenant's notice period and P1's
 * "running cases are finished". Now a backdated notice is refused naming P1 and the field, the
 * refusal is audited, the partner stays active, and a notice of today still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { rule?: string; reason?: string; message: string } };

describe('L2 a notice cannot be backdated to cut a partner off', () => {
  it('L2 the reproduction: givenAt 2020-01-01 is refused (P1), audited, and the partner’s professional keeps access', async () => {
    const admin = await s.login('beheerder@venlo');
    const police = s.partnerId('zorgnetwerk-venlo', 'politie-limburg');
    const backdated = await s.request('POST', `/api/partners/${police}/notice`, admin, { givenAt: '2020-01-01' });
    expect(backdated.statusCode).toBe(403);
    expect(backdated.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'notice_backdated' });
    expect(backdated.json<ErrorBody>().error.message).toContain('givenAt');
    const pro = await s.login('politie-limburg@venlo');
    expect((await s.request('GET', '/api/cases', pro)).statusCode).toBe(200);
    const partner = await s.deps.database.db.selectFrom('partners').select(['notice_given_at', 'ends_at']).where('id', '=', police).executeTakeFirstOrThrow();
    expect(partner).toEqual({ notice_given_at: null, ends_at: null });
    const audited = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['outcome', 'rule'])
      .where('action', '=', 'partner.notice')
      .where('user_id', '=', s.userId('beheerder@venlo'))
      .execute();
    expect(audited).toContainEqual({ outcome: 'deny', rule: 'P1' });
  });

  it('L2 a notice received a week ago may be recorded; its end lies after today', async () => {
    const admin = await s.login('beheerder@venlo');
    const partner = s.partnerId('zorgnetwerk-venlo', 'vincent-van-gogh');
    const weekAgo = new Date(s.deps.now().getTime() - 7 * 86_400_000).toISOString();
    const res = await s.request('POST', `/api/partners/${partner}/notice`, admin, { givenAt: weekAgo });
    expect(res.statusCode, res.body).toBe(200);
    expect(Date.parse(res.json<{ endsAt: string }>().endsAt)).toBeGreaterThan(s.deps.now().getTime());
  });
});
