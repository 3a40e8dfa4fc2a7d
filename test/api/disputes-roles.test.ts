/**
 * Who takes part in disputes (seed 003 art. 9.4, 10.4; row 003-29): the administrator, the privacy
 * officer and statistics neither raise nor list disputes (the disputes screen is not theirs); the
 * professionals, the process director and the manager list theirs. Shipped Noord-Limburg
 * configuration, its demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('003-29 the roles that take part in disputes', () => {
  it('003-29 the administrator, the privacy officer and statistics are refused the list and raising, naming the rule; the others list', async () => {
    const { c } = await toMonitoring(s);
    for (const user of ['beheerder@noord-limburg', 'privacy@noord-limburg', 'statisticus@noord-limburg']) {
      const who = await s.login(user);
      const list = await s.request('GET', '/api/disputes', who);
      expect(list.statusCode, user).toBe(403);
      expect(errorOf(list.body)).toMatchObject({ rule: 'P1', reason: 'disputes_not_for_role' });
      const raised = await s.request('POST', '/api/disputes', who, { caseId: c.id, about: 'case_director', summary: 'Mag niet.' });
      expect(raised.statusCode, user).toBe(403);
    }
    for (const user of ['politie-limburg@noord-limburg', 'procesregisseur@noord-limburg', 'manager@noord-limburg', 'ondersteuner@noord-limburg']) {
      expect((await s.request('GET', '/api/disputes', await s.login(user))).statusCode, user).toBe(200);
    }
  });

  it('003-29 each listed dispute says what its reader may do now: the process director decides or escalates one about the case director, the one who raised it neither', async () => {
    const { c } = await toMonitoring(s);
    const police = await s.login('politie-limburg@noord-limburg');
    const raised = await s.request('POST', '/api/disputes', police, { caseId: c.id, about: 'case_director', summary: 'De casusregisseur reageert niet.' });
    expect(raised.statusCode, raised.body).toBe(201);
    const id = raised.json<{ id: string }>().id;
    const abilitiesOf = async (user: string) => (await s.request('GET', '/api/disputes', await s.login(user))).json<{ id: string; abilities: { decide: boolean; escalate: boolean } }[]>().find((d) => d.id === id)?.abilities;
    expect(await abilitiesOf('procesregisseur@noord-limburg')).toEqual({ decide: true, escalate: true });
    expect(await abilitiesOf('politie-limburg@noord-limburg')).toEqual({ decide: false, escalate: false });
    // The manager does not list it before it is put to a body.
    expect(await abilitiesOf('manager@noord-limburg')).toBeUndefined();
  });
});
