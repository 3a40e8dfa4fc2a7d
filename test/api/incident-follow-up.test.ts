/**
 * Incidents after registration over HTTP (P17; seed 002 Bijlage A art. 14): every told partner
 * sees the incident in its inbox, opens and acknowledges it; developments and measures reach the
 * told partners; the incident closes with an evaluation once the notices are settled.
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

type ErrorBody = { error: { code: string; rule?: string; reason?: string } };
interface Detail {
  id: string;
  reader: string;
  partners: { partnerId: string; name: string; acknowledgedAt: string | null }[];
  unacknowledged: string[];
  updates: { kind: string; body: string }[];
  closedAt: string | null;
  evaluation: string | null;
  abilities: { track: boolean; acknowledge: boolean; close: boolean };
}
interface InboxBody {
  notifications: { kind: string; link: string; readAt: string | null }[];
}

describe('002-A38 002-A39 P17 incident follow-up over HTTP', () => {
  it('002-A38 P17 every partner told sees the incident in its inbox, opens it and acknowledges it; before the notice it is refused', async () => {
    const pro = await s.login('includio@venlo');
    const created = await s.request('POST', '/api/incidents', pro, { discoveredAt: '2026-06-01T07:00:00Z', summary: 'Een actielijst is naar een verkeerd adres gemaild.', severity: 'high' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    const police = await s.login('politie-limburg@venlo');
    const early = await s.request('GET', `/api/incidents/${id}`, police);
    expect(early.statusCode).toBe(403);
    expect(early.json<ErrorBody>().error).toMatchObject({ rule: 'P17', reason: 'incident_not_told' });
    expect((await s.request('GET', '/api/incidents', police)).json<unknown[]>()).toEqual([]);

    const po = await s.login('privacy@venlo');
    const sent = await s.request('POST', `/api/incidents/${id}/notices`, po, { kind: 'partners' });
    expect(sent.statusCode, sent.body).toBe(200);

    const inbox = (await s.request('GET', '/api/inbox', police)).json<InboxBody>();
    const notice = inbox.notifications.find((n) => n.kind === 'incident_notice' && n.link === `/privacy/incidents/${id}`);
    expect(notice?.readAt).toBeNull();
    expect((await s.request('GET', '/api/incidents', police)).json<{ id: string }[]>().map((i) => i.id)).toContain(id);

    const seen = await s.request('GET', `/api/incidents/${id}`, police);
    expect(seen.statusCode, seen.body).toBe(200);
    const before = seen.json<Detail>();
    const policeId = s.partnerId('zorgnetwerk-venlo', 'politie-limburg');
    expect(before).toMatchObject({ reader: 'partner', abilities: { acknowledge: true, track: false, close: false } });
    expect(before.unacknowledged).toContain(policeId);

    const ack = await s.request('POST', `/api/incidents/${id}/acknowledgement`, police);
    expect(ack.statusCode, ack.body).toBe(200);
    const after = ack.json<Detail>();
    expect(after.unacknowledged).not.toContain(policeId);
    expect(after.partners.find((p) => p.partnerId === policeId)?.acknowledgedAt).not.toBeNull();
    expect(after.abilities.acknowledge).toBe(false);
    // The inbox item is marked read by the acknowledgement.
    const read = (await s.request('GET', '/api/inbox', police)).json<InboxBody>().notifications.find((n) => n.link === `/privacy/incidents/${id}`);
    expect(read?.readAt).not.toBeNull();
    // The second police officer speaks for the same organisation: already acknowledged.
    const again = await s.request('POST', `/api/incidents/${id}/acknowledgement`, await s.login('politie-limburg-2@venlo'));
    expect(again.statusCode).toBe(409);

    const stat = await s.request('GET', `/api/incidents/${id}`, await s.login('statisticus@venlo'));
    expect(stat.statusCode).toBe(403);
    expect((await s.request('GET', '/api/incidents', await s.login('statisticus@venlo'))).statusCode).toBe(403);
  });

  it('002-A39 P17 developments and measures reach the told partners; closing needs the DPA decision and an evaluation', async () => {
    const po = await s.login('privacy@venlo');
    const { id } = (await s.request('POST', '/api/incidents', po, { discoveredAt: '2026-06-01T08:00:00Z', summary: 'Laptop gestolen uit een auto.' })).json<{ id: string }>();
    expect((await s.request('POST', `/api/incidents/${id}/notices`, po, { kind: 'partners' })).statusCode).toBe(200);

    const police = await s.login('politie-limburg@venlo');
    const notAllowed = await s.request('POST', `/api/incidents/${id}/updates`, police, { kind: 'measure', body: 'x' });
    expect(notAllowed.statusCode).toBe(403);
    expect(notAllowed.json<ErrorBody>().error.rule).toBe('P17');

    const dev = await s.request('POST', `/api/incidents/${id}/updates`, po, { kind: 'development', body: 'De laptop was versleuteld; aangifte gedaan.' });
    expect(dev.statusCode, dev.body).toBe(201);
    const empty = await s.request('POST', `/api/incidents/${id}/updates`, po, { kind: 'measure', body: '   ' });
    expect(empty.statusCode).toBe(400);
    s.advance(60_000);
    await s.request('POST', `/api/incidents/${id}/updates`, po, { kind: 'measure', body: 'Wachtwoorden van de gebruiker ingetrokken.' });
    const inbox = (await s.request('GET', '/api/inbox', police)).json<InboxBody>();
    expect(inbox.notifications.filter((n) => n.kind === 'incident_update' && n.link === `/privacy/incidents/${id}`)).toHaveLength(2);
    const seen = (await s.request('GET', `/api/incidents/${id}`, police)).json<Detail>();
    expect(seen.updates.map((u) => u.kind)).toEqual(['development', 'measure']);

    const early = await s.request('POST', `/api/incidents/${id}/close`, po, { evaluation: 'Versleuteling werkt.' });
    expect(early.statusCode).toBe(403);
    expect(early.json<ErrorBody>().error).toMatchObject({ rule: 'P17', reason: 'P17_dpa_undecided' });
    await s.request('POST', `/api/incidents/${id}/notices`, po, { kind: 'dpa_not_required', motivation: 'De laptop was volledig versleuteld.' });
    const noEvaluation = await s.request('POST', `/api/incidents/${id}/close`, po, { evaluation: '' });
    expect(noEvaluation.statusCode).toBe(400);
    const closed = await s.request('POST', `/api/incidents/${id}/close`, po, { evaluation: 'Versleuteling voorkwam een datalek; niets meer nodig.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<Detail>()).toMatchObject({ evaluation: 'Versleuteling voorkwam een datalek; niets meer nodig.', abilities: { track: false, close: false } });
    expect((await s.request('POST', `/api/incidents/${id}/updates`, po, { kind: 'measure', body: 'Te laat.' })).statusCode).toBe(409);
  });
});
