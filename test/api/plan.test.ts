import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('plan follow-up (HTTP)', () => {
  it('P2 plan follow-up: the case director marks an action done; another participant is refused with the rule', async () => {
    const { c, actionIds } = await toMonitoring(s);
    const actionId = actionIds[0] ?? '';
    const pol = await s.login('politie-limburg@noord-limburg');
    const refused = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, pol, { version: 1, status: 'done' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P2', reason: 'plan_action_not_case_director' });

    const cd = await s.login('vincent-van-gogh@noord-limburg');
    const done = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, cd, { version: 1, status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ id: actionId, status: 'done', version: 2 });
    const row = await s.deps.database.db.selectFrom('plan_actions').select(['status', 'done_at']).where('id', '=', actionId).executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(row.done_at).not.toBeNull();
  });

  it('optimistic locking: a plan action changed on a stale version is 409 and the newer change stays', async () => {
    const { c, pd, actionIds } = await toMonitoring(s);
    const actionId = actionIds[0] ?? '';
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    expect((await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, cd, { version: 1, status: 'done' })).statusCode).toBe(200);
    const stale = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, pd, { version: 1, status: 'cancelled' });
    expect(stale.statusCode).toBe(409);
    const row = await s.deps.database.db.selectFrom('plan_actions').select('status').where('id', '=', actionId).executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
  });

  it('the action list shows the case director\'s follow-up', async () => {
    const { c, meetingId, actionIds } = await toMonitoring(s);
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionIds[0] ?? ''}`, cd, { version: 1, status: 'done' });
    const list = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}/action-list`, cd)).json<{ actions: { status: string; version: number }[] }>();
    expect(list.actions).toMatchObject([{ status: 'done', version: 2 }]);
  });
});
