/**
 * Moving a session moves every case discussion on its agenda, also those of cases the one who
 * moves it may not see (issue 18 item 1, ADR 0050). In Nijmegen each process director sees only
 * its own cases (`allDirectorsSeeAllCases: false`), so Row-Level Security hid a colleague's
 * meeting from the update: the session moved, the colleague's case discussion kept the old date
 * (and its reminders followed the old date). Taking a colleague's item off the agenda left its
 * meeting planned and still tied to the session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { acceptedNijmegenCase } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  s.setNow(new Date('2026-06-01T09:00:00Z'));
});
afterAll(async () => {
  await s.close();
});

const acceptedCaseOf = async (director: string, name: string): Promise<string> => (await acceptedNijmegenCase(s, director, name)).id;

const meetingRow = (id: string) =>
  s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('meetings').select(['scheduled_at', 'status', 'session_id']).where('id', '=', id).executeTakeFirstOrThrow());

describe('issue 18: moving a session and taking items off its agenda act on every item, whoever directs its case', () => {
  it('a director moves a session holding a colleague\'s case: both case discussions move; the colleague\'s item taken off is cancelled and leaves the session', async () => {
    const first = await s.login('procesregisseur@nijmegen');
    const planned = await s.request('POST', '/api/sessions/plan', first, { bodyKind: 'table', bodyId: 'regieteam', from: '2026-06-01', days: 56 });
    expect(planned.statusCode, planned.body).toBe(200);
    const session = planned.json<{ sessions: { id: string; scheduledAt: string; version: number }[] }>().sessions.find((x) => Date.parse(x.scheduledAt) > Date.parse('2026-06-03T00:00:00Z'));
    if (session === undefined) throw new Error('no session');

    const own = await acceptedCaseOf('procesregisseur@nijmegen', 'Eva Eerens');
    const theirs = await acceptedCaseOf('tweede-procesregisseur@nijmegen', 'Frits Franken');
    const second = await s.login('tweede-procesregisseur@nijmegen');
    const ownItem = (await s.request('POST', `/api/sessions/${session.id}/items`, first, { caseId: own })).json<{ itemId: string; meetingId: string }>();
    const added = await s.request('POST', `/api/sessions/${session.id}/items`, second, { caseId: theirs });
    expect(added.statusCode, added.body).toBe(201);
    const theirItem = added.json<{ itemId: string; meetingId: string }>();
    // The first director cannot read the colleague's case discussion.
    expect((await s.request('GET', `/api/cases/${theirs}`, first)).statusCode).toBe(404);

    const movedTo = new Date(Date.parse(session.scheduledAt) + 2 * 86_400_000).toISOString();
    const moved = await s.request('PATCH', `/api/sessions/${session.id}`, first, { version: session.version, scheduledAt: movedTo });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await meetingRow(ownItem.meetingId)).scheduled_at.toISOString()).toBe(movedTo);
    expect((await meetingRow(theirItem.meetingId)).scheduled_at.toISOString()).toBe(movedTo);

    const removed = await s.request('DELETE', `/api/sessions/${session.id}/items/${theirItem.itemId}`, first);
    expect(removed.statusCode, removed.body).toBe(200);
    const after = await meetingRow(theirItem.meetingId);
    expect(after.status).toBe('cancelled');
    expect(after.session_id).toBeNull();
    // The session view still holds no name of the colleague's case for the first director.
    const view = await s.request('GET', `/api/sessions/${session.id}`, first);
    expect(view.body).not.toContain('Frits');
  }, 60_000);
});
