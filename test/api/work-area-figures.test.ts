/**
 * Issue 16 item 7: the manager's and statistician's figures for one work area or neighbourhood
 * team, with small-count suppression kept. Both walk the shipped configurations: Venlo's work
 * areas (seed 002 Bijlage B) and Nijmegen's regieteam wijken (seed 004 Bijlage 2 "één van de
 * regieteamwijken", ADR 0195), where the municipal-only rule holds inside one wijk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Cell {
  key: unknown;
  count: number | null;
  suppressed: boolean;
}
interface Figures {
  total: Cell;
  byPhase: Cell[];
  workArea: { id: string; name: string } | null;
  workAreas: { id: string; name: string }[];
}

const GEMEENTE_LAW = 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1';
const venloCase = (name: string, workArea: string): object => ({
  tableId: 'zorgnetwerk-overleg',
  workArea,
  subjects: [{ name }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: GEMEENTE_LAW } },
});

async function figures(user: string, query: string): Promise<Figures> {
  const res = await s.request('GET', `/api/reports/figures${query}`, await s.login(user));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Figures>();
}

describe('016-7 figures per work area or neighbourhood team', () => {
  it('016-7 Venlo: the figures of one work area count only its cases, small counts stay suppressed, an unknown area is refused', async () => {
    for (let i = 0; i < 5; i++) await register(s, 'gemeente-venlo@venlo', venloCase(`Bewoner Blerick ${i}`, 'blerick'));
    for (let i = 0; i < 5; i++) await register(s, 'gemeente-venlo@venlo', venloCase(`Bewoner Centrum ${i}`, 'venlo-centrum-zuid'));
    await register(s, 'gemeente-venlo@venlo', venloCase('Bewoner Tegelen', 'tegelen-belfeld-steyl'));
    // Two hidden areas: with Tegelen's one case the only hidden area, the whole (11) minus Blerick
    // and Centrum (5 each) would give it away, so those would be hidden too (L3 across reports, ADR 0127).
    for (let i = 0; i < 2; i++) await register(s, 'gemeente-venlo@venlo', venloCase(`Bewoner Noordoost ${i}`, 'venlo-noordoost-oost'));

    const all = await figures('manager@venlo', '');
    expect(all.workArea).toBeNull();
    expect(all.workAreas.map((w) => w.id)).toEqual(['venlo-centrum-zuid', 'venlo-noordoost-oost', 'blerick', 'tegelen-belfeld-steyl']);
    expect(all.total).toMatchObject({ count: 13, suppressed: false });

    const blerick = await figures('manager@venlo', '?workArea=blerick');
    expect(blerick.workArea).toEqual({ id: 'blerick', name: 'Blerick' });
    expect(blerick.total).toMatchObject({ count: 5, suppressed: false });
    expect(blerick.byPhase.find((c) => c.key === 'screening')).toMatchObject({ count: 5, suppressed: false });

    // One case in Tegelen: the count is hidden, for the statistician as for the manager.
    const tegelen = await figures('statisticus@venlo', '?workArea=tegelen-belfeld-steyl');
    expect(tegelen.total).toMatchObject({ count: null, suppressed: true });
    expect(tegelen.byPhase.every((c) => c.count === 0 || c.suppressed)).toBe(true);

    const stats = await s.request('GET', '/api/reports/statistics.csv?workArea=blerick', await s.login('statisticus@venlo'));
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.body).toContain('Totalen,Casussen,5,nee');
    expect(stats.body.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe('Werkgebied,Blerick,,');
    expect(stats.headers['content-disposition']).toContain('statistiek-alle-jaren-blerick.csv');
    const whole = await s.request('GET', '/api/reports/statistics.csv', await s.login('statisticus@venlo'));
    expect(whole.body).not.toContain('Werkgebied');

    const unknown = await s.request('GET', '/api/reports/figures?workArea=venray', await s.login('manager@venlo'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('workArea');
  });

  it('004-B2 Nijmegen: the export for one regieteam wijk counts its municipal cases only and is unchanged when a non-municipal partner adds a case there', async () => {
    const signal = (name: string, workArea: string, basis: object): object => ({ tableId: 'regieteam', workArea, subjects: [{ name }], complexCriteria: ['multi_problem'], lifeDomains: ['housing'], registration: { basis }, processDirectorId: s.userId('procesregisseur@nijmegen') });
    const wmo = { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' };
    const csv = async (query: string): Promise<string> => {
      const res = await s.request('GET', `/api/reports/statistics.csv${query}`, await s.login('statisticus@nijmegen'));
      expect(res.statusCode, res.body).toBe(200);
      return res.body;
    };
    // The shipped wijken (ADR 0195); the demo cases sit in the first one, Centrum.
    for (let i = 0; i < 5; i++) await register(s, 'gemeente-nijmegen@nijmegen', signal(`Huishouden Oost ${i}`, 'oost', wmo));
    for (let i = 0; i < 5; i++) await register(s, 'gemeente-nijmegen@nijmegen', signal(`Huishouden Zuid ${i}`, 'zuid', wmo));
    const oost = await csv('?workArea=oost');
    expect(oost).toContain('Totalen,Casussen,5,nee');
    expect(oost).toContain('Werkgebied,Oost,,');
    expect(await csv('?workArea=zuid')).toContain('Totalen,Casussen,5,nee');

    // A signal brought in by Sterker (not municipal) in the same wijk does not count (seed 004 Bijlage 2).
    await register(s, 'sterker-sociaal-werk@nijmegen', signal('Huishouden De Wit', 'oost', { kind: 'vital_interest', motivation: 'Acute dreiging van huisuitzetting met kinderen.' }));
    expect(await csv('?workArea=oost')).toBe(oost);
  });
});
