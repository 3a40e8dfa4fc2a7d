/**
 * Seed 000 Bijlage 2 (MDO, Huiselijk geweld, JCO, stadsdelen, OOV) "Randvoorwaarden": "Er is
 * vastgesteld wie betrokkene zal informeren over de uitkomsten van het overleg wanneer deze niet zelf
 * aanwezig is" (000-R69). Walked at the OOV Eijsden-Margraten from the shipped configuration by its
 * own demo users: the meeting record names the informant, and the plan is not adopted before it does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND } from '../../src/collaborations/maastricht-heuvelland.js';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { informSubjects, preparation, screenAtTable, step } from './phases.flow.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
}, 180_000);
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur@maastricht';
const OOV = 'oov-eijsden-margraten';
const REGISTRANT = 'gemeente-eijsden-margraten';
type ErrorBody = { error: { rule?: string; reason?: string; message?: string; fields?: { field: string }[] } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

function basisOf(slug: string): object {
  const law = MAASTRICHT_HEUVELLAND.partners.find((p) => p.id === slug)?.legalBasisCatalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  return law === undefined ? { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel.' } : { kind: 'public_task', law: law.law };
}

describe('seed 000 Bijlage 2: who informs the subject of the outcome when absent', () => {
  it('000-R69 at the OOV a held meeting without the subject names its informant before the plan is adopted; the informant is someone at the meeting', async () => {
    const informant = MAASTRICHT_TABLES.find((t) => t.id === OOV)?.preconditions.find((p) => p.kind === 'outcome_informant_designated');
    expect(informant?.before).toBe('adopt_plan');
    const reg = await s.login(`${REGISTRANT}@maastricht`);
    const created = await s.request('POST', '/api/cases', reg, {
      tableId: OOV,
      subjects: [{ name: 'Luuk Stassen', birthDate: '1979-04-05' }],
      registration: { content: 'Aanmelding: ernstige overlast en zorgmijding.', basis: basisOf(REGISTRANT) },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[]; registrationId: string }>();
    await informSubjects(s, c, M, REGISTRANT, PD);
    const pd = await s.login(PD);
    await screenAtTable(s, c.id, PD, pd);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    const present = ['woonpunt@maastricht', 'politie-limburg@maastricht'].map((u) => s.userId(u));
    for (const userId of present) {
      const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId, role: 'informant' });
      expect(inv.statusCode, inv.body).toBe(201);
    }
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);

    const record = (version: number, extra: object = {}) =>
      s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
        version,
        date: s.deps.now().toISOString(),
        status: 'held',
        reason: 'Overlast en zorgmijding',
        present,
        plan: { goals: [{ domain: 'housing', goal: 'Overlast stoppen' }], actions: [{ description: 'Gesprek met de huurder', ownerPartnerId: s.partnerId(M, 'woonpunt'), dueAt: '2027-01-15' }] },
        ...extra,
      });
    const saved = await record(1);
    expect(saved.statusCode, saved.body).toBe(200);
    const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: present[0], meetingId });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const early = await step(s, pd, c.id, { event: 'adopt_plan' });
    expect(early.statusCode, early.body).toBe(403);
    expect(errorOf(early.body)).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(errorOf(early.body).message).toContain(informant?.text ?? '-');

    // Someone not at the meeting cannot be the informant.
    const stranger = await record(2, { outcomeInformant: { userId: s.userId('servatius@maastricht') } });
    expect(stranger.statusCode, stranger.body).toBe(400);
    expect(errorOf(stranger.body).fields?.map((f) => f.field)).toEqual(['outcomeInformant.userId']);
    const named = await record(2, { outcomeInformant: { userId: present[0] } });
    expect(named.statusCode, named.body).toBe(200);
    const view = await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd);
    expect(view.json<{ record: { outcomeInformant?: { userId: string; partnerId: string } } }>().record.outcomeInformant).toEqual({ userId: present[0], partnerId: s.partnerId(M, 'woonpunt') });
    const adopted = await step(s, pd, c.id, { event: 'adopt_plan' });
    expect(adopted.statusCode, adopted.body).toBe(200);
  }, 60_000);
});
