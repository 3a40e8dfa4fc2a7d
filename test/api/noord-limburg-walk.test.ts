/**
 * Zorg- en Veiligheidshuis Noord-Limburg (seed 003, Bijlage 3 Handvat) walked over HTTP from
 * registration to deletion on its SHIPPED configuration, by its own demo users
 * (handvat-walk.flow.ts), with the test server's fake clock: probation registers, the police
 * answer in triage, the GGZ becomes case director, the case is de-escalated (Fase 4 stap 1),
 * archived after six months (stap 2, not at 170 days) and deleted after twelve (stap 3), after which
 * no subject, contribution or case key remains.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { NOORD_LIMBURG } from '../../src/collaborations/noord-limburg.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { walkToDeletion } from './handvat-walk.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('Noord-Limburg from registration to deletion on its shipped configuration (seed 003, Handvat)', () => {
  it('003-108 registered, screened, triaged, RTO with plan and case director, de-escalated (the participants told what stays and how long), archived after six months and deleted after twelve, the steps offered in each phase being the ones it lists', async () => {
    await walkToDeletion(s, {
      config: NOORD_LIMBURG,
      collaboration: 'zvh-noord-limburg',
      table: 'rto-complexe-casuistiek',
      pd: 'procesregisseur@noord-limburg',
      registrant: 'reclassering-nederland@noord-limburg',
      registrantPartner: 'reclassering-nederland',
      police: 'politie-limburg@noord-limburg',
      policePartner: 'politie-limburg',
      executor: 'vincent-van-gogh@noord-limburg',
      actionOwnerPartner: 'gemeente-venlo',
      subjectName: 'Ruud Coenen-NL',
    });
  }, 90_000);
});
