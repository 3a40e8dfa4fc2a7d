/**
 * The cadence settings decide the plan (issue 18, ADR 0050): each field is changed in a copy of a
 * shipped configuration (`withChangedField`) and the planned sessions change with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const DAY = 86_400_000;
const M = 'veiligheidshuis-maastricht-heuvelland';
interface Planned {
  created: number;
  sessions: { id: string; plannedFor: string | null; scheduledAt: string }[];
}
const gaps = (p: Planned): number[] => p.sessions.slice(1).map((x, i) => Math.round((Date.parse(x.scheduledAt) - Date.parse(p.sessions[i]?.scheduledAt ?? x.scheduledAt)) / DAY));

async function plan(who: string, body: object): Promise<{ statusCode: number; body: string; planned: () => Planned }> {
  const res = await s.request('POST', '/api/sessions/plan', await s.login(who), body);
  return { statusCode: res.statusCode, body: res.body, planned: () => res.json<Planned>() };
}

describe('issue 18 cadence: the configured frequency plans the sessions', () => {
  it('meetingEveryDays: the Regieteam meets every 28 days; set to 14, a fresh horizon is planned every 14 days', async () => {
    const shipped = await plan('procesregisseur@nijmegen', { bodyKind: 'table', bodyId: 'regieteam', from: '2027-01-04', days: 84 });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(gaps(shipped.planned())).toEqual([28, 28]);
    await withChangedField(s, 'regieteams-nijmegen', configField('process.meetingEveryDays'), 14, async () => {
      const changed = await plan('procesregisseur@nijmegen', { bodyKind: 'table', bodyId: 'regieteam', from: '2027-04-05', days: 84 });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(gaps(changed.planned())).toEqual([14, 14, 14, 14, 14]);
    });
  });

  it('meetingScheduling: Venlo meets per work area; per team, the table meets and a work area has no sessions of its own', async () => {
    const perArea = await plan('procesregisseur@venlo', { bodyKind: 'work_area', bodyId: 'tegelen-belfeld-steyl', from: '2027-01-04', days: 91 });
    expect(perArea.statusCode, perArea.body).toBe(200);
    expect(perArea.planned().sessions.length).toBeGreaterThanOrEqual(3);
    const noTable = await plan('procesregisseur@venlo', { bodyKind: 'table', bodyId: 'zorgnetwerk-overleg', from: '2027-01-04', days: 91 });
    expect(noTable.statusCode).toBe(400);
    expect(noTable.body).toContain('bodyId');
    await withChangedField(s, 'zorgnetwerk-venlo', configField('process.meetingScheduling'), 'per_team', async () => {
      const area = await plan('procesregisseur@venlo', { bodyKind: 'work_area', bodyId: 'tegelen-belfeld-steyl', from: '2027-04-05', days: 91 });
      expect(area.statusCode).toBe(400);
      expect(area.body).toContain('geen vaste frequentie');
      const table = await plan('procesregisseur@venlo', { bodyKind: 'table', bodyId: 'zorgnetwerk-overleg', from: '2027-04-05', days: 91 });
      expect(table.statusCode, table.body).toBe(200);
      expect(table.planned().sessions.length).toBeGreaterThanOrEqual(3);
    });
  });

  it('meetingsPerYear.min: the PJO plans about 8 a year (every 45 days); with a minimum of 10, every 36 days', async () => {
    const shipped = await plan('procesregisseur@maastricht', { bodyKind: 'table', bodyId: 'pjo-eijsden-margraten', from: '2027-01-04', days: 182 });
    expect(shipped.statusCode, shipped.body).toBe(200);
    for (const g of gaps(shipped.planned())) expect(g >= 43 && g <= 47, `gap ${String(g)}`).toBe(true);
    await withChangedField(s, M, configField('tables[pjo-eijsden-margraten].frequency.meetingsPerYear.min'), 10, async () => {
      const changed = await plan('procesregisseur@maastricht', { bodyKind: 'table', bodyId: 'pjo-eijsden-margraten', from: '2027-07-05', days: 182 });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.planned().sessions.length).toBe(5);
      for (const g of gaps(changed.planned())) expect(g >= 34 && g <= 38, `gap ${String(g)}`).toBe(true);
    });
  });

  it('meetingsPerYear.max: a year of the youth network holds 26 sessions, so an extra one is refused naming the field; with a maximum of 30 it is added', async () => {
    const pd = await s.login('procesregisseur@maastricht');
    const year = await plan('procesregisseur@maastricht', { bodyKind: 'table', bodyId: 'netwerkoverleg-risicojeugd', from: '2027-01-04', days: 364 });
    expect(year.planned().sessions).toHaveLength(26);
    const extra = { bodyKind: 'table', bodyId: 'netwerkoverleg-risicojeugd', scheduledAt: '2027-06-30T13:00:00Z', place: 'Veiligheidshuis, zaal 2' };
    const refused = await s.request('POST', '/api/sessions', pd, extra);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields[0]).toMatchObject({ field: 'scheduledAt', message: expect.stringContaining('hoogstens 26 keer per jaar') });
    await withChangedField(s, M, configField('tables[netwerkoverleg-risicojeugd].frequency.meetingsPerYear.max'), 30, async () => {
      const added = await s.request('POST', '/api/sessions', pd, extra);
      expect(added.statusCode, added.body).toBe(201);
    });
  });

  it('move, cancel and add: a moved or cancelled session stays so when planning again; cancelling needs a reason; only staff plan', async () => {
    const pd = await s.login('procesregisseur@nijmegen');
    const first = (await plan('procesregisseur@nijmegen', { bodyKind: 'table', bodyId: 'regieteam', from: '2028-01-03', days: 84 })).planned();
    const [a, b] = first.sessions;
    if (a === undefined || b === undefined) throw new Error('expected sessions');
    const moved = await s.request('PATCH', `/api/sessions/${a.id}`, pd, { version: 1, scheduledAt: '2028-01-05T13:00:00Z', place: 'Stadhuis Nijmegen, kamer 3', link: 'https://overleg.example.nl/regieteam' });
    expect(moved.statusCode, moved.body).toBe(200);
    const noReason = await s.request('PATCH', `/api/sessions/${b.id}`, pd, { version: 1, status: 'cancelled' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('cancelReason');
    expect((await s.request('PATCH', `/api/sessions/${b.id}`, pd, { version: 1, status: 'cancelled', cancelReason: 'Geen casussen' })).statusCode).toBe(200);
    const stale = await s.request('PATCH', `/api/sessions/${b.id}`, pd, { version: 1, place: 'elders' });
    expect(stale.statusCode).toBe(409);
    const again = (await plan('procesregisseur@nijmegen', { bodyKind: 'table', bodyId: 'regieteam', from: '2028-01-03', days: 84 })).planned();
    expect(again.created).toBe(0);
    const view = (await s.request('GET', `/api/sessions/${a.id}`, pd)).json<{ scheduledAt: string; place: string; link: string; participants: unknown[]; chair: { name: string } }>();
    expect(view).toMatchObject({ scheduledAt: '2028-01-05T13:00:00.000Z', place: 'Stadhuis Nijmegen, kamer 3', link: 'https://overleg.example.nl/regieteam' });
    expect(view.participants.length).toBeGreaterThan(0);
    expect(view.chair.name).toContain('Procesregisseur');
    expect(again.sessions.find((x) => x.id === b.id)).toMatchObject({ status: 'cancelled' });
    const added = await s.request('POST', '/api/sessions', pd, { bodyKind: 'table', bodyId: 'regieteam', scheduledAt: '2028-02-10T13:00:00Z' });
    expect(added.statusCode, added.body).toBe(201);
    const professional = await s.request('POST', '/api/sessions/plan', await s.login('talis@nijmegen'), { bodyKind: 'table', bodyId: 'regieteam' });
    expect(professional.statusCode).toBe(403);
    expect(professional.json<{ error: { rule: string } }>().error.rule).toBe('P2');
    // A user of another collaboration does not see the session at all.
    const outsider = await s.request('GET', `/api/sessions/${a.id}`, await s.login('gemeente-venlo@venlo'));
    expect(outsider.statusCode).toBe(404);
  });
});
