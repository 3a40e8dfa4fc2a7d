/**
 * Zorg- en Veiligheidshuis Midden-Limburg (seed 001, the canonical steps of the Handvat) walked over
 * HTTP from registration to deletion on its SHIPPED configuration, by its own demo users
 * (handvat-walk.flow.ts): probation registers, the police answer in triage, the GGZ becomes case
 * director; archived after six months and deleted after twelve.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { MIDDEN_LIMBURG } from '../../src/collaborations/midden-limburg.js';
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

describe('Midden-Limburg from registration to closure on its shipped configuration (seed 001, Handvat)', () => {
  it('001 registered, informed, screened, triaged, discussed in the RTO with a plan, de-escalated, archived after six months and deleted after twelve', async () => {
    await walkToDeletion(s, {
      config: MIDDEN_LIMBURG,
      collaboration: 'zvh-midden-limburg',
      table: 'rto-complexe-multiproblematiek',
      pd: 'procesregisseur@midden-limburg',
      registrant: '3ro@midden-limburg',
      registrantPartner: '3ro',
      police: 'politie-limburg@midden-limburg',
      policePartner: 'politie-limburg',
      executor: 'vincent-van-gogh@midden-limburg',
      actionOwnerPartner: 'gemeente-roermond',
      subjectName: 'Ruud Coenen-ML',
    });
  }, 60_000);
});
