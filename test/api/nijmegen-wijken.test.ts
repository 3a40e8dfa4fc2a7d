/**
 * Regieteams per wijk (seed 004 art. 4.2, Bijlage 3 footnote 1, Bijlage 2 "Toegang"), over HTTP on
 * the shipped Nijmegen configuration and its demo users: a case belongs to the wijk chosen at
 * registration; a process director directs several wijken and gets their cases; the statistician
 * sees case-level process information of one wijk only, without case numbers or lead partners.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIJMEGEN } from '../../src/collaborations/nijmegen.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const signal = (name: string, workArea?: string, extra: object = {}): object => ({
  tableId: 'regieteam',
  ...(workArea === undefined ? {} : { workArea }),
  subjects: [{ name }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
  ...extra,
});

/** Registers as the municipality; the director follows from the wijk (no director is asked for). */
async function register(name: string, workArea?: string): Promise<{ id: string; number: string }> {
  const res = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), signal(name, workArea));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; number: string }>();
}

async function assign(username: string, workAreas: readonly string[]): Promise<{ statusCode: number; body: string }> {
  return s.request('PUT', `/api/users/${s.userId(username)}/work-areas`, await s.login('beheerder@nijmegen'), { workAreas });
}

interface CaseView {
  workArea: string | null;
  workAreaName: string | null;
}

describe('004-C06 regieteams per wijk', () => {
  it('004-C06 the shipped configuration names the regieteam wijken; a case belongs to the wijk chosen at registration; an unknown wijk is refused naming the field', async () => {
    expect(NIJMEGEN.workAreas.length).toBeGreaterThan(1);
    const c = await register('Huishouden Dukenburg', 'dukenburg');
    const view = await s.request('GET', `/api/cases/${c.id}`, await s.login('gemeente-nijmegen@nijmegen'));
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<CaseView>()).toMatchObject({ workArea: 'dukenburg', workAreaName: 'Dukenburg' });

    const unknown = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), signal('Huishouden Elders', 'venlo-centrum-zuid'));
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).fields?.map((f) => f.field)).toContain('workArea');
  });

  it('004-C06 a process director directs several wijken: a case in one of them goes to that director, another director may not be asked for it', async () => {
    const first = await assign('procesregisseur@nijmegen', ['centrum', 'oost', 'oud-west']);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.body).toContain('"workAreas":["centrum","oost","oud-west"]');
    expect((await assign('tweede-procesregisseur@nijmegen', ['zuid', 'dukenburg'])).statusCode).toBe(200);

    // Both wijken of each director bring their cases to that director, whatever the load.
    for (const [wijk, director, other] of [
      ['oost', 'procesregisseur@nijmegen', 'tweede-procesregisseur@nijmegen'],
      ['oud-west', 'procesregisseur@nijmegen', 'tweede-procesregisseur@nijmegen'],
      ['zuid', 'tweede-procesregisseur@nijmegen', 'procesregisseur@nijmegen'],
      ['dukenburg', 'tweede-procesregisseur@nijmegen', 'procesregisseur@nijmegen'],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const c = await register(`Huishouden ${wijk} ${i}`, wijk);
        expect((await s.request('GET', `/api/cases/${c.id}`, await s.login(director))).statusCode, `${wijk} → ${director}`).toBe(200);
        expect((await s.request('GET', `/api/cases/${c.id}`, await s.login(other))).statusCode, `${wijk} not → ${other}`).toBe(404);
      }
    }

    const wrong = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), signal('Huishouden Zuid', 'zuid', { processDirectorId: s.userId('procesregisseur@nijmegen') }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('processDirectorId');
    expect(wrong.body).toContain('werkgebied Zuid');

    // Only configured wijken, and only for a director or statistician.
    const unknown = await assign('procesregisseur@nijmegen', ['blerick']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('onbekend werkgebied blerick');
    const professional = await assign('talis@nijmegen', ['oost']);
    expect(professional.statusCode).toBe(400);
    expect(professional.body).toContain('alleen een procesregisseur of een statisticus');
    const notAdmin = await s.request('PUT', `/api/users/${s.userId('procesregisseur@nijmegen')}/work-areas`, await s.login('manager@nijmegen'), { workAreas: ['zuid'] });
    expect(notAdmin.statusCode).toBe(403);
  });
});

interface CaseProcess {
  workArea: { id: string; name: string };
  cases: { phase: string; steps: string[]; table: string; registeredOn: string; inPhaseSince: string; closedOn: string | null }[];
}

describe('004-R09 the statistician sees case-level process information of one regieteam wijk', () => {
  it('004-R09 without an assigned wijk refused; with one, a row per case of that wijk only (phase, step, dates), no case number, lead partner or name; never two wijken', async () => {
    const statistician = await s.login('statisticus@nijmegen');
    const none = await s.request('GET', '/api/reports/case-process', statistician);
    expect(none.statusCode).toBe(403);
    expect(none.body).toContain('geen regieteamwijk');

    const two = await assign('statisticus@nijmegen', ['lindenholt', 'noord']);
    expect(two.statusCode).toBe(400);
    expect(two.body).toContain('één werkgebied');
    expect((await assign('statisticus@nijmegen', ['lindenholt'])).statusCode).toBe(200);
    // The session tells the screens the user's wijk, so they ask only what the user may see.
    expect((await s.request('GET', '/api/auth/me', statistician)).json<{ workAreas: string[] }>().workAreas).toEqual(['lindenholt']);

    const before = await s.request('GET', '/api/reports/case-process', statistician);
    expect(before.statusCode, before.body).toBe(200);
    const already = before.json<CaseProcess>().cases.length;
    const inWijk = await register('Huishouden Lindenwijk', 'lindenholt');
    await register('Huishouden Noordkant', 'noord');
    await register('Huishouden Zonder Wijk');

    const res = await s.request('GET', '/api/reports/case-process', statistician);
    expect(res.statusCode, res.body).toBe(200);
    const info = res.json<CaseProcess>();
    expect(info.workArea).toEqual({ id: 'lindenholt', name: 'Lindenholt' });
    expect(info.cases).toHaveLength(already + 1);
    const today = s.deps.now().toISOString().slice(0, 10);
    expect(info.cases.at(-1)).toEqual({
      phase: 'screening',
      steps: NIJMEGEN.process.steps?.filter((st) => st.phase === 'screening').map((st) => st.label),
      table: 'Regieteam (per wijk)',
      registeredOn: today,
      inPhaseSince: today,
      closedOn: null,
    });
    expect(res.body).not.toContain(inWijk.number);
    expect(res.body).not.toContain(inWijk.id);
    expect(res.body).not.toContain('Lindenwijk');
    expect(res.body).not.toContain(s.partnerId('regieteams-nijmegen', 'gemeente-nijmegen'));
    expect(res.body).not.toContain('gemeente-nijmegen');

    // Still no list of cases, and no case view: the statistician acts in no case.
    const list = await s.request('GET', '/api/cases', statistician);
    expect(list.statusCode).toBe(200);
    expect(list.json<unknown[]>()).toEqual([]);
    const caseView = await s.request('GET', `/api/cases/${inWijk.id}`, statistician);
    expect(caseView.statusCode).toBe(403);
    expect(caseView.body).not.toContain(inWijk.number);
    expect(caseView.body).toContain('opent geen casus');

    // Only the statistician; a manager has the figures, not the case rows.
    expect((await s.request('GET', '/api/reports/case-process', await s.login('manager@nijmegen'))).statusCode).toBe(403);
  });
});
