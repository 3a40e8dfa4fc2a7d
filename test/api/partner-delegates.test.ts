/**
 * A partner designates who speaks for it (seed 001 art. 5.3: one delegate of every partner; ADR
 * 0212), over HTTP on the shipped Noord-Limburg configuration. The police have two professionals,
 * both told by the derived rule; once the administrator designates one, only that one receives the
 * incident notice, may take up rights requests for the police and reads the published report. A
 * manager designates for its own organisation only; other roles are refused naming the rule; a
 * user of another partner is refused naming the field. A designated user who leaves the partner or
 * is deactivated is no contact any more: the derived contacts apply again.
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

const NL = 'zvh-noord-limburg';
const POL1 = 'politie-limburg@noord-limburg';
const POL2 = 'politie-limburg-2@noord-limburg';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;

interface Delegates {
  partnerId: string;
  current: { userIds: string[]; designatedAt: string; designatedBy: string; designatedByName: string } | null;
  history: { userIds: string[] }[];
  contacts: string[];
  designationInForce: boolean;
  users: { id: string; displayName: string; active: boolean; ofPartner: boolean }[];
}

async function incidentToldTo(): Promise<string[]> {
  const pro = await s.login('reclassering-nederland@noord-limburg');
  const created = await s.request('POST', '/api/incidents', pro, { discoveredAt: new Date(s.deps.now().getTime() - 3_600_000).toISOString(), summary: 'Een actielijst is naar een verkeerd adres gemaild.' });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json<{ id: string }>();
  const told = await s.request('POST', `/api/incidents/${id}/notices`, await s.login('privacy@noord-limburg'), { kind: 'partners' });
  expect(told.statusCode, told.body).toBe(200);
  const out: string[] = [];
  for (const who of [POL1, POL2]) {
    const active = await s.deps.database.db.selectFrom('users').select('active').where('id', '=', s.userId(who)).executeTakeFirstOrThrow();
    if (!active.active) continue;
    const inbox = (await s.request('GET', '/api/inbox', await s.login(who))).json<{ notifications: { kind: string; link: string }[] }>();
    if (inbox.notifications.some((n) => n.kind === 'incident_notice' && n.link === `/privacy/incidents/${id}`)) out.push(who);
  }
  return out;
}

describe('§7 a partner designates who speaks for it (001 art. 5.3)', () => {
  it('001-5.3 the designated police professional alone receives the incident notice, takes up rights requests and reads the published report; the colleague no longer does', async () => {
    const police = s.partnerId(NL, 'politie-limburg');
    const admin = await s.login('beheerder@noord-limburg');
    const before = await s.request('GET', `/api/partners/${police}/delegates`, admin);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json<Delegates>()).toMatchObject({ current: null, designationInForce: false });
    expect(before.json<Delegates>().contacts.sort()).toEqual([s.userId(POL1), s.userId(POL2)].sort());
    expect(await incidentToldTo()).toEqual([POL1, POL2]);

    // A year's report published before the designation.
    const start = s.deps.now();
    const year = start.getUTCFullYear() - 1;
    s.setNow(new Date(Date.UTC(year + 1, 0, 15, 9)));
    expect((await s.request('POST', '/api/reports/accountability/published', await s.login('manager@noord-limburg'), { year })).statusCode).toBe(201);
    s.setNow(start);
    expect((await s.request('GET', `/api/reports/accountability/published/${year}`, await s.login(POL1))).statusCode).toBe(200);

    const put = await s.request('PUT', `/api/partners/${police}/delegates`, admin, { userIds: [s.userId(POL2)] });
    expect(put.statusCode, put.body).toBe(200);
    const after = put.json<Delegates>();
    expect(after.current).toMatchObject({ userIds: [s.userId(POL2)], designatedBy: s.userId('beheerder@noord-limburg'), designatedAt: s.deps.now().toISOString() });
    expect(after.current?.designatedByName).toContain('Functioneel beheerder');
    expect(after).toMatchObject({ contacts: [s.userId(POL2)], designationInForce: true });

    expect(await incidentToldTo()).toEqual([POL2]);
    // Rights requests routed to the police: the designated user takes them up, the colleague is refused.
    expect((await s.request('GET', '/api/rights-requests', await s.login(POL2))).statusCode).toBe(200);
    const rightsRefused = await s.request('GET', '/api/rights-requests', await s.login(POL1));
    expect(rightsRefused.statusCode).toBe(403);
    expect(errorOf(rightsRefused.body).rule).toBe('P15');
    // The published report: read by the delegate, no longer by the colleague.
    expect((await s.request('GET', `/api/reports/accountability/published/${year}`, await s.login(POL2))).statusCode).toBe(200);
    const reportRefused = await s.request('GET', `/api/reports/accountability/published/${year}`, await s.login(POL1));
    expect(reportRefused.statusCode).toBe(403);
    expect(errorOf(reportRefused.body)).toMatchObject({ rule: 'P19', reason: 'not_a_partner_representative' });

    // Leaving the partner ends the delegation (the derived contacts apply); coming back restores it.
    const db = s.deps.database.db;
    await db.updateTable('users').set({ partner_id: s.partnerId(NL, 'woonwenz') }).where('id', '=', s.userId(POL2)).execute();
    expect((await s.request('GET', `/api/partners/${police}/delegates`, admin)).json<Delegates>()).toMatchObject({ contacts: [s.userId(POL1)], designationInForce: false });
    expect((await s.request('GET', `/api/reports/accountability/published/${year}`, await s.login(POL1))).statusCode).toBe(200);
    await db.updateTable('users').set({ partner_id: police }).where('id', '=', s.userId(POL2)).execute();
    expect((await s.request('GET', `/api/partners/${police}/delegates`, admin)).json<Delegates>()).toMatchObject({ contacts: [s.userId(POL2)], designationInForce: true });

    // Deactivated, the delegate is no contact: the colleague is told again.
    expect((await s.request('POST', `/api/users/${s.userId(POL2)}/deactivate`, admin)).statusCode).toBe(200);
    const deactivated = (await s.request('GET', `/api/partners/${police}/delegates`, admin)).json<Delegates>();
    expect(deactivated).toMatchObject({ contacts: [s.userId(POL1)], designationInForce: false, current: { userIds: [s.userId(POL2)] } });
    expect(deactivated.users.find((u) => u.id === s.userId(POL2))).toMatchObject({ active: false });
    expect(await incidentToldTo()).toEqual([POL1]);
    expect((await s.request('GET', '/api/rights-requests', await s.login(POL1))).statusCode).toBe(200);
    // A deactivated user cannot be designated again.
    const inactive = await s.request('PUT', `/api/partners/${police}/delegates`, admin, { userIds: [s.userId(POL2)] });
    expect(inactive.statusCode).toBe(400);
    expect(errorOf(inactive.body).fields?.map((f) => f.field)).toEqual(['userIds.0']);
    // Withdrawn: an empty designation, kept in the history.
    const withdrawn = (await s.request('PUT', `/api/partners/${police}/delegates`, admin, { userIds: [] })).json<Delegates>();
    expect(withdrawn).toMatchObject({ current: { userIds: [] }, history: [{ userIds: [s.userId(POL2)] }], contacts: [s.userId(POL1)], designationInForce: false });
  });

  it('§7 a manager designates for its own organisation only; other roles are refused naming the rule; a user of another partner is refused naming the field', async () => {
    const police = s.partnerId(NL, 'politie-limburg');
    const own = s.partnerId(NL, 'gemeente-horst-aan-de-maas');
    const manager = await s.login('manager@noord-limburg');
    const colleague = 'gemeente-horst-aan-de-maas@noord-limburg';
    const ok = await s.request('PUT', `/api/partners/${own}/delegates`, manager, { userIds: [s.userId(colleague)] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Delegates>()).toMatchObject({ contacts: [s.userId(colleague)], current: { designatedBy: s.userId('manager@noord-limburg') } });

    const other = await s.request('PUT', `/api/partners/${police}/delegates`, manager, { userIds: [s.userId(POL1)] });
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body)).toMatchObject({ rule: '§7', reason: 'not_own_partner' });
    for (const who of ['privacy@noord-limburg', POL1, 'procesregisseur@noord-limburg']) {
      for (const method of ['GET', 'PUT'] as const) {
        const refused = await s.request(method, `/api/partners/${police}/delegates`, await s.login(who), method === 'PUT' ? { userIds: [s.userId(POL1)] } : undefined);
        expect(refused.statusCode, `${who} ${method}`).toBe(403);
        expect(errorOf(refused.body)).toMatchObject({ rule: '§7', reason: 'role_not_allowed' });
      }
    }
    const admin = await s.login('beheerder@noord-limburg');
    const wrong = await s.request('PUT', `/api/partners/${police}/delegates`, admin, { userIds: [s.userId(POL1), s.userId('woonwenz@noord-limburg')] });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong.body).fields?.map((f) => f.field)).toEqual(['userIds.1']);
    expect(wrong.body).toContain('werkt niet bij deze partner');
    const notUuid = await s.request('PUT', `/api/partners/${police}/delegates`, admin, { userIds: ['x'] });
    expect(notUuid.statusCode).toBe(400);
    expect(errorOf(notUuid.body).fields?.map((f) => f.field)).toEqual(['userIds.0']);
    // Another collaboration's administrator does not find the partner.
    expect((await s.request('GET', `/api/partners/${police}/delegates`, await s.login('beheerder@venlo'))).statusCode).toBe(404);
  });
});
