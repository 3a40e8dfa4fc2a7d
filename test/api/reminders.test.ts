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

interface ReminderView {
  kind: string;
  dueAt: string;
  overdue: boolean;
  refId: string;
}

describe('§7 reminders over HTTP', () => {
  it('P17 reminders: an incident reminds the privacy office of both notices at once, not a professional', async () => {
    const pro = await s.login('reclassering-nederland@noord-limburg');
    const incident = (await s.request('POST', '/api/incidents', pro, { discoveredAt: '2026-06-01T08:00:00Z', summary: 'USB-stick kwijt.' })).json<{ id: string }>();
    const po = await s.login('privacy@noord-limburg');
    const reminders = (await s.request('GET', '/api/reminders', po)).json<ReminderView[]>().filter((r) => r.refId === incident.id);
    expect(reminders.map((r) => r.kind)).toEqual(['incident_partner_notice', 'incident_dpa_notice']);
    expect(reminders[0]).toMatchObject({ dueAt: '2026-06-02T08:00:00.000Z', overdue: false });
    expect((await s.request('GET', '/api/reminders', pro)).json<ReminderView[]>()).toEqual([]);
  });

  it('P15 reminders: a rights-request deadline reminds the privacy officer from a week before, and says when it is overdue', async () => {
    const po = await s.login('privacy@noord-limburg');
    const req = (await s.request('POST', '/api/rights-requests', po, { kind: 'information', requester: 'J.' })).json<{ id: string }>();
    const early = (await s.request('GET', '/api/reminders', po)).json<ReminderView[]>();
    expect(early.some((r) => r.refId === req.id)).toBe(false);

    s.setNow(new Date('2026-06-25T09:00:00Z'));
    const po2 = await s.login('privacy@noord-limburg');
    const due = (await s.request('GET', '/api/reminders', po2)).json<ReminderView[]>().find((r) => r.refId === req.id);
    expect(due).toMatchObject({ kind: 'rights_request_deadline', dueAt: '2026-07-01T09:00:00.000Z', overdue: false });
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await s.request('GET', '/api/reminders', pd)).json<ReminderView[]>().some((r) => r.refId === req.id)).toBe(false);

    s.setNow(new Date('2026-07-02T09:00:00Z'));
    const po3 = await s.login('privacy@noord-limburg');
    expect((await s.request('GET', '/api/reminders', po3)).json<ReminderView[]>().find((r) => r.refId === req.id)?.overdue).toBe(true);
  });
});
