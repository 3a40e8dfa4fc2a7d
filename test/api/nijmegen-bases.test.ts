/**
 * Two rules of Nijmegen's Privacyprotocol (seed 004 Bijlage 1 art. 2) on the shipped configuration
 * and its demo users: legitimate interest always needs a balancing of interests (004-P08); a
 * professional bound to secrecy (Pro Persona, WGBO) shares without consent only in a conflict of
 * duties (004-P11). The same rules are tested on Noord-Limburg in privacy-rules.test.ts (13.7, 13.8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, nijmegenInRto } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';
const weighing = { proportionality: 'Beperkt tot het nodige.', subsidiarity: 'Toestemming niet mogelijk.', effectiveness: 'Nodig voor het plan.', informAfterwards: true, informAfterwardsReason: 'Na het regieteam.' };
const signal = (name: string, basis: object): object => ({ tableId: 'regieteam', subjects: [{ name }], complexCriteria: ['multi_problem'], lifeDomains: ['housing'], registration: { basis } });

describe('004-P08 legitimate interest needs a balancing of interests (seed 004 Bijlage 1 art. 2 sub 4)', () => {
  it('004-P08 Talis brings a signal on legitimate interest only with its balancing recorded; without it the signal is refused naming P5', async () => {
    const talis = await s.login('talis@nijmegen');
    const without = await s.request('POST', '/api/cases', talis, signal('Huishouden Zonder Afweging', { kind: 'legitimate_interest' }));
    expect(without.statusCode).toBe(403);
    expect(errorOf(without.body)).toMatchObject({ rule: 'P5', reason: 'legitimate_interest_unbalanced' });
    const balanced = await s.request('POST', '/api/cases', talis, signal('Huishouden Met Afweging', { kind: 'legitimate_interest', motivation: 'Belangenafweging: dreigende huisuitzetting met kinderen weegt zwaarder dan de inbreuk.' }));
    expect(balanced.statusCode, balanced.body).toBe(201);
  });
});

describe('004-P11 professional secrecy gives way only in a conflict of duties (seed 004 Bijlage 1 art. 2 "Beroepsgeheim")', () => {
  it('004-P11 Pro Persona shares without consent; Sterker, invited to the regieteam, reads it only after Pro Persona recorded a conflict-of-duties weighing', async () => {
    const res = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), { ...signal('Huishouden Bemoeizorg', { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' }), processDirectorId: s.userId('procesregisseur@nijmegen') });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<{ id: string; subjectIds: string[]; registrationId: string }>();
    const { pd } = await nijmegenInRto(s, c, ['pro-persona@nijmegen', 'sterker-sociaal-werk@nijmegen']);
    const household = await s.request('POST', `/api/cases/${c.id}/consents`, pd, {
      subjectId: c.subjectIds[0],
      partners: [s.partnerId(NIJMEGEN, 'gemeente-nijmegen'), s.partnerId(NIJMEGEN, 'pro-persona'), s.partnerId(NIJMEGEN, 'sterker-sociaal-werk')],
      givenAt: s.deps.now().toISOString(),
      scope: 'Toestemming van het huishouden voor domeinoverstijgende verwerking',
      kind: 'household_domain_crossing',
    });
    expect(household.statusCode, household.body).toBe(201);
    const pp = await s.login('pro-persona@nijmegen');
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, pp, weighing)).statusCode).toBe(201);
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, pp, {
      content: 'Bemoeizorg loopt; zorgen over escalatie thuis.', category: 'problematiek', purposes: ['rto'], basis: { kind: 'vital_interest', motivation: 'Acuut gevaar voor de veiligheid van de kinderen.' }, releasedForRto: 'all',
    });
    expect(added.statusCode, added.body).toBe(201);
    const url = `/api/cases/${c.id}/contributions/${added.json<{ id: string }>().id}?purpose=rto`;
    const sterker = await s.login('sterker-sociaal-werk@nijmegen');
    const unweighed = await s.request('GET', url, sterker);
    expect(unweighed.statusCode).toBe(403);
    expect(errorOf(unweighed.body)).toMatchObject({ rule: 'P7', reason: 'secrecy_without_conflict_weighing' });
    expect(unweighed.body).not.toContain('escalatie');
    const conflict = await s.request('POST', `/api/cases/${c.id}/weighings`, pp, { ...weighing, conflictOfDuties: 'Zwijgplicht wijkt voor het voorkomen van ernstig gevaar voor de kinderen.' });
    expect(conflict.statusCode, conflict.body).toBe(201);
    const read = await s.request('GET', url, sterker);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.body).toContain('escalatie');
  });
});
