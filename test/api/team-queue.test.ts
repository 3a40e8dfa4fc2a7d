/**
 * The team queue of the process directors (issue 15 item 5, seed 003 casusregie): the new
 * registrations of the pool that a colleague holds, without subject or content; a director takes
 * one and becomes its process director, the colleague stops acting in it; only in screening.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface QueueItem {
  id: string;
  number: string;
  tableId: string;
  heldBy: string | null;
}

describe('team queue (HTTP)', () => {
  it('015-queue: a colleague sees the new case in the queue without subject or content and takes it; the former director no longer acts in it', async () => {
    const c = await register(s);
    const first = await s.login('procesregisseur@noord-limburg');
    const second = await s.login('tweede-procesregisseur@noord-limburg');

    // The holder does not see its own case in the queue; its colleague does, with who holds it.
    expect((await s.request('GET', '/api/team-queue', first)).json<QueueItem[]>().map((q) => q.id)).not.toContain(c.id);
    const queue = await s.request('GET', '/api/team-queue', second);
    expect(queue.statusCode, queue.body).toBe(200);
    const item = queue.json<QueueItem[]>().find((q) => q.id === c.id);
    expect(item).toMatchObject({ tableId: 'rto-complexe-casuistiek', heldBy: expect.any(String) as string });
    expect(queue.body).not.toContain('Jan de Vries');
    expect(queue.body).not.toContain('111222333');
    expect(queue.body).not.toContain('Overlast en schulden');
    // Before taking it the colleague cannot open it.
    expect([403, 404]).toContain((await s.request('GET', `/api/cases/${c.id}`, second)).statusCode);

    const taken = await s.request('POST', `/api/cases/${c.id}/take-from-queue`, second);
    expect(taken.statusCode, taken.body).toBe(200);
    const view = await s.request('GET', `/api/cases/${c.id}`, second);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<{ abilities: { screen: boolean } }>().abilities.screen).toBe(true);
    expect([403, 404]).toContain((await s.request('GET', `/api/cases/${c.id}`, first)).statusCode);
    // Now it is in the former holder's queue, held by the colleague.
    expect((await s.request('GET', '/api/team-queue', first)).json<QueueItem[]>().map((q) => q.id)).toContain(c.id);

    const audited = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('case_id', '=', c.id).where('action', '=', 'case.team_queue.take').execute();
    expect(audited).toEqual([{ action: 'case.team_queue.take', outcome: 'allow' }]);
  });

  it('015-queue: a professional has no queue and cannot take a case; a case past screening is not taken (refusals audited)', async () => {
    const c = await register(s);
    const professional = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', '/api/team-queue', professional)).json<QueueItem[]>()).toEqual([]);
    expect((await s.request('POST', `/api/cases/${c.id}/take-from-queue`, professional)).statusCode).toBe(403);

    const { c: inTriage } = await toTriage(s);
    const second = await s.login('tweede-procesregisseur@noord-limburg');
    expect((await s.request('GET', '/api/team-queue', second)).json<QueueItem[]>().map((q) => q.id)).not.toContain(inTriage.id);
    const refused = await s.request('POST', `/api/cases/${inTriage.id}/take-from-queue`, second);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json<{ error: { reason: string } }>().error.reason).toBe('not_new');
    const audited = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('case_id', '=', inTriage.id).where('action', '=', 'case.team_queue.take').execute();
    expect(audited.map((a) => a.outcome)).toEqual(['deny']);
  });
});
