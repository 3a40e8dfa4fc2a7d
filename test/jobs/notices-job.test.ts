/**
 * The notices job (§7): reminders recorded by the reminders job reach the inbox of the people they
 * concern once, and the owner of a plan action is told when it is due soon and when it is overdue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticesJob, remindersJob, runJob } from '../../src/jobs/index.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, recordBody, step, toRto } from '../api/phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const inbox = async (username: string) =>
  (await s.request('GET', '/api/inbox', await s.login(username))).json<{ unread: number; notifications: { id: string; kind: string; refId?: string; link: string; readAt: string | null }[] }>();

describe('notices job', () => {
  it('§7 reminders: a rights-request deadline near reaches the handling privacy officer once; marked read in the inbox', async () => {
    const po = await s.login('privacy@noord-limburg');
    const req = await s.request('POST', '/api/rights-requests', po, { kind: 'information', requester: 'Per brief' });
    expect(req.statusCode, req.body).toBe(201);
    s.advance(25 * 86_400_000);
    expect((await runJob(s.deps, remindersJob)).status).toBe('succeeded');
    const first = await runJob(s.deps, noticesJob);
    expect(first).toMatchObject({ status: 'succeeded', counts: { reminders: expect.any(Number) } });
    const again = await runJob(s.deps, noticesJob);
    expect(again).toMatchObject({ status: 'succeeded', counts: { reminders: 0 } });
    const box = await inbox('privacy@noord-limburg');
    const deadline = box.notifications.filter((n) => n.kind === 'reminder.rights_request_deadline');
    expect(deadline).toHaveLength(1);
    expect(box.unread).toBeGreaterThan(0);
    const read = await s.request('POST', '/api/inbox/read', await s.login('privacy@noord-limburg'), { id: deadline[0]!.id });
    expect(read.json()).toEqual({ marked: 1 });
    expect((await inbox('privacy@noord-limburg')).notifications.find((n) => n.id === deadline[0]!.id)?.readAt).not.toBeNull();
    // Someone else cannot mark it.
    const other = await s.request('POST', '/api/inbox/read', await s.login('manager@noord-limburg'), { id: deadline[0]!.id });
    expect(other.statusCode).toBe(404);
    expect((await inbox('manager@noord-limburg')).notifications.some((n) => n.kind === 'reminder.rights_request_deadline')).toBe(false);
  });

  it('§3.3 plan actions: the named owner is told when the action is due within three days and again when it is overdue', async () => {
    s.setNow(new Date('2026-06-01T09:00:00Z'));
    const { c, pd, meetingId } = await toRto(s);
    const owner = s.userId('vincent-van-gogh@noord-limburg');
    const body = recordBody(s, 1, [{ description: 'Intake bij de GGZ', ownerPartnerId: s.partnerId(NL, 'vincent-van-gogh'), ownerUserId: owner, dueAt: '2026-06-20' }]);
    expect((await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, body)).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: owner, meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    await runJob(s.deps, noticesJob);
    const kinds = async () => (await inbox('vincent-van-gogh@noord-limburg')).notifications.filter((n) => n.link.includes(meetingId) && n.kind.startsWith('plan_action')).map((n) => n.kind);
    expect(await kinds()).toEqual([]);
    s.setNow(new Date('2026-06-18T09:00:00Z'));
    await runJob(s.deps, noticesJob);
    await runJob(s.deps, noticesJob);
    expect(await kinds()).toEqual(['plan_action_due']);
    s.setNow(new Date('2026-06-21T09:00:00Z'));
    await runJob(s.deps, noticesJob);
    expect((await kinds()).sort()).toEqual(['plan_action_due', 'plan_action_overdue']);
    expect((await inbox('politie-limburg@noord-limburg')).notifications.some((n) => n.kind.startsWith('plan_action'))).toBe(false);
  });
});
