/**
 * Finding M7 and item 15 of the privacy-rules issue (13.15): every refusal is audited and named.
 * A read of a case the user may not see (404 inside its collaboration, 404 for another
 * collaboration's ids) leaves a deny record naming the ids asked for; fields that take a case id
 * outside the URL (an incident's cases) refuse ids of another collaboration, audited with rule P2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, register } from '../api/phases.flow.js';
import type { Registered } from '../api/phases.flow.js';

describe('M7 / 13.15 refusals are audited and named', () => {
  let s: TestServer;
  let c: Registered;
  let contributionId: string;

  beforeAll(async () => {
    s = await startTestServer();
    c = await register(s);
    await informSubjects(s, c);
    contributionId = c.registrationId;
  });
  afterAll(async () => {
    await s.close();
  });

  const denials = (userId: string) =>
    s.deps.database.db.selectFrom('audit_log').select(['action', 'rule', 'case_id', 'contribution_id', 'collaboration_id', 'outcome']).where('user_id', '=', userId).where('outcome', '=', 'deny').orderBy('id').execute();

  it('M7 an uninvolved partner of the same collaboration probing a case: every 404 is audited with the case and contribution it named', async () => {
    const user = 'antares@noord-limburg';
    const cookie = await s.login(user);
    const urls = [
      `/api/cases/${c.id}`,
      `/api/cases/${c.id}/contributions/${contributionId}?purpose=screening`,
      `/api/cases/${c.id}/meetings`,
      `/api/cases/${c.id}/consents`,
    ];
    const before = (await denials(s.userId(user))).length;
    for (const url of urls) {
      const res = await s.request('GET', url, cookie);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(404);
    }
    const after = (await denials(s.userId(user))).slice(before);
    expect(after).toHaveLength(urls.length);
    for (const row of after) {
      expect(row).toMatchObject({ action: 'request.get', rule: 'not_found_or_hidden', case_id: c.id, collaboration_id: s.collaborationId('zvh-noord-limburg') });
    }
    expect(after[1]?.contribution_id).toBe(contributionId);
  });

  it('M7 a user of another collaboration asking for these ids: 404, audited in its own collaboration with the ids', async () => {
    const user = 'procesregisseur@venlo';
    const cookie = await s.login(user);
    const res = await s.request('GET', `/api/cases/${c.id}/contributions/${contributionId}?purpose=screening`, cookie);
    expect(res.statusCode).toBe(404);
    const rows = await denials(s.userId(user));
    expect(rows.at(-1)).toMatchObject({ rule: 'not_found_or_hidden', case_id: c.id, contribution_id: contributionId, collaboration_id: s.collaborationId('zorgnetwerk-venlo') });
  });

  it('13.15 an incident naming a case of another collaboration (or one that does not exist) is refused with P2 and audited; a case of its own collaboration is accepted', async () => {
    const cookie = await s.login('procesregisseur@venlo');
    for (const foreign of [c.id, '00000000-0000-4000-8000-00000000abcd']) {
      const res = await s.request('POST', '/api/incidents', cookie, { discoveredAt: '2026-06-01', summary: 'incident', caseIds: [foreign] });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P2', reason: 'other_collaboration' });
      const last = (await denials(s.userId('procesregisseur@venlo'))).at(-1);
      expect(last).toMatchObject({ action: 'incident.register', rule: 'P2', case_id: foreign });
    }
    expect(await s.deps.database.db.selectFrom('incidents').select('id').execute()).toHaveLength(0);
    // A police officer of Noord-Limburg names the case of its own collaboration, which it does not handle: accepted.
    const own = await s.request('POST', '/api/incidents', await s.login('politie-limburg@noord-limburg'), { discoveredAt: '2026-06-01', summary: 'incident', caseIds: [c.id] });
    expect(own.statusCode, own.body).toBe(201);
  });

  it('13.15 a rights request naming another collaboration\'s case is a 404 that names the case in the audit', async () => {
    const user = 'privacy@venlo';
    const res = await s.request('POST', '/api/rights-requests', await s.login(user), { kind: 'access', caseId: c.id, requester: 'iemand' });
    expect(res.statusCode, res.body).toBe(404);
    expect((await denials(s.userId(user))).at(-1)).toMatchObject({ rule: 'not_found_or_hidden', case_id: c.id });
  });

  it('13.15 a refusal inside the collaboration (403) keeps its rule in the audit', async () => {
    const user = 'antares@noord-limburg';
    const res = await s.request('POST', `/api/cases/${c.id}/transitions`, await s.login(user), { event: 'accept' });
    expect([403, 404]).toContain(res.statusCode);
    const last = (await denials(s.userId(user))).at(-1);
    expect(last?.case_id).toBe(c.id);
    expect(last?.rule).not.toBeNull();
  });
});
