import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
let caseId = '';
beforeAll(async () => {
  s = await startTestServer();
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: 'Jan de Vries' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Overlast.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
  });
  caseId = res.json<{ id: string; registrationId: string }>().id;
  const pd = await s.login('procesregisseur@noord-limburg');
  await s.request('GET', `/api/cases/${caseId}`, pd);
  await s.request('GET', `/api/cases/${caseId}?purpose=rto`, await s.login('politie-limburg@noord-limburg'));
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { code: string; rule?: string } };
interface Page {
  entries: { id: number; action: string; caseId: string | null; userId: string | null; outcome: string; collaborationId: string }[];
  nextBefore: number | null;
}

describe('P16 audit review over HTTP', () => {
  it('P16 review: the privacy officer filters the access log by case, user and outcome, and pages through it', async () => {
    const po = await s.login('privacy@noord-limburg');
    const byCase = (await s.request('GET', `/api/audit?caseId=${caseId}`, po)).json<Page>();
    expect(byCase.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['case.register', 'contribution.read', 'subject.read']));
    expect(byCase.entries.every((e) => e.caseId === caseId)).toBe(true);
    expect(JSON.stringify(byCase)).not.toContain('Jan de Vries');

    const pdId = s.userId('procesregisseur@noord-limburg');
    const byUser = (await s.request('GET', `/api/audit?userId=${pdId}&caseId=${caseId}`, po)).json<Page>();
    expect(byUser.entries.length).toBeGreaterThan(0);
    expect(byUser.entries.every((e) => e.userId === pdId)).toBe(true);

    const first = (await s.request('GET', '/api/audit?limit=2', po)).json<Page>();
    expect(first.entries).toHaveLength(2);
    expect(first.nextBefore).not.toBeNull();
    const second = (await s.request('GET', `/api/audit?limit=2&before=${first.nextBefore}`, po)).json<Page>();
    expect(second.entries[0]!.id).toBeLessThan(first.entries[1]!.id + 1);
    expect(second.entries.every((e) => e.collaborationId === s.collaborationId('zvh-noord-limburg'))).toBe(true);

    const period = (await s.request('GET', '/api/audit?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z&outcome=allow', po)).json<Page>();
    expect(period.entries.length).toBeGreaterThan(0);
    expect(period.entries.every((e) => e.outcome === 'allow')).toBe(true);
  });

  it('P16 others are refused the log: process director, admin and manager get 403 naming P16, and the refusal is itself logged', async () => {
    for (const who of ['procesregisseur@noord-limburg', 'beheerder@noord-limburg', 'manager@noord-limburg']) {
      const res = await s.request('GET', '/api/audit', await s.login(who));
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.rule).toBe('P16');
    }
    const po = await s.login('privacy@noord-limburg');
    const denials = (await s.request('GET', '/api/audit?outcome=deny&action=audit.review', po)).json<Page>();
    expect(denials.entries.length).toBeGreaterThanOrEqual(3);
  });

  it('P16 verify: the privacy officer and the admin check the hash chain; a professional is refused', async () => {
    await sealAudit(s.deps.database.db);
    for (const who of ['privacy@noord-limburg', 'beheerder@noord-limburg']) {
      const res = await s.request('POST', '/api/audit/verify', await s.login(who));
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json<{ ok: boolean; count: number }>();
      expect(result.ok).toBe(true);
      expect(result.count).toBeGreaterThan(0);
    }
    const refused = await s.request('POST', '/api/audit/verify', await s.login('reclassering-nederland@noord-limburg'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P16');
  });
});
