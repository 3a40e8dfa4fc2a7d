/**
 * Veiligheidshuis Maastricht-Heuvelland (seed 000) walked over HTTP from registration to deletion
 * on its SHIPPED configuration, by its own demo users (handvat-walk.flow.ts), with the test
 * server's fake clock, at the MDO (seed 000 Bijlage 2): the municipality registers and informs,
 * the procesmanager screens by the table's criteria and follow-up questions, the police answer
 * with an item of the table's data set, the subject's consent is on record before the meeting
 * (the MDO's precondition), the meeting names who informs the subject of its outcome and appoints
 * the GGZ as case manager before the plan is adopted; de-escalated, archived after six months and
 * deleted after twelve (seed 000 names no period; the staged de-escalation of seed 003 applies,
 * `retention.source`), after which no subject, contribution or case key remains.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
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

describe('Maastricht-Heuvelland from registration to deletion on its shipped configuration (seed 000)', () => {
  it('000 registered at the MDO, screened by the table, triaged, discussed with consent on record and the outcome informant named, a plan and a case manager, de-escalated, archived after six months and deleted after twelve', async () => {
    await walkToDeletion(s, {
      config: MAASTRICHT_HEUVELLAND,
      collaboration: 'veiligheidshuis-maastricht-heuvelland',
      table: 'mdo-integrale-aanpak',
      pd: 'procesregisseur@maastricht',
      registrant: 'gemeente-maastricht@maastricht',
      registrantPartner: 'gemeente-maastricht',
      police: 'politie-limburg@maastricht',
      policePartner: 'politie-limburg',
      executor: 'mondriaan@maastricht',
      actionOwnerPartner: 'gemeente-maastricht',
      subjectName: 'Ruud Coenen-MH',
      answerCategory: 'naw-betrokkene',
      consentFor: ['gemeente-maastricht', 'politie-limburg', 'mondriaan'],
      namesOutcomeInformant: true,
    });
  }, 120_000);
});
