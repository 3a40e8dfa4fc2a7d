/**
 * Zorg- en Veiligheidshuis Midden-Limburg (seed 001, the canonical steps of the Handvat) walked over
 * HTTP from registration to closure on its SHIPPED configuration, by its own demo users: probation
 * registers, the subject is informed, the process director screens by the table and takes the case
 * into triage, asks the police, holds the RTO with a plan and a case director, decides to
 * de-escalate (step 1); the retention job archives the dossier after six months (step 2) and deletes
 * it after twelve (step 3), leaving nothing identifying. At every phase the steps offered are the
 * ones the configuration lists from that phase, in its own words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIDDEN_LIMBURG } from '../../src/collaborations/midden-limburg.js';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { screenAtTable, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const ML = 'zvh-midden-limburg';
const PD = 'procesregisseur@midden-limburg';
const DAY = 86_400_000;

/** A basis from the partner's own catalogue in the shipped configuration (P5). */
function basisOf(slug: string): object {
  const catalogue = MIDDEN_LIMBURG.partners.find((p) => p.id === slug)?.legalBasisCatalogue ?? [];
  const wpg = catalogue.find((e) => e.kind === 'wpg20');
  if (wpg !== undefined) return { kind: 'wpg20', decision: wpg.law ?? wpg.description ?? 'art. 20 Wpg-besluit' };
  const law = catalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  if (law !== undefined) return { kind: 'public_task', law: law.law };
  return { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel voor betrokkene.' };
}

/** The steps the configuration lists from `phase`, with their labels. */
function configured(phase: string): { event: string; label: string }[] {
  return MIDDEN_LIMBURG.process.transitions.filter((t) => (t.from as readonly string[]).includes(phase)).map((t) => ({ event: t.event, label: t.label })).sort((a, b) => a.event.localeCompare(b.event));
}

async function offered(caseId: string): Promise<{ phase: string; steps: { event: string; label: string }[] }> {
  const res = await s.request('GET', `/api/cases/${caseId}/transitions`, await s.login(PD));
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ phase: string; events: { event: string; label: string }[] }>();
  return { phase: body.phase, steps: body.events.map((e) => ({ event: e.event, label: e.label })).sort((a, b) => a.event.localeCompare(b.event)) };
}

async function expectOffered(caseId: string, phase: string): Promise<void> {
  expect(await offered(caseId)).toEqual({ phase, steps: configured(phase) });
}

describe('Midden-Limburg from registration to closure on its shipped configuration (seed 001, Handvat)', () => {
  it('001 registered, informed, screened, triaged, discussed in the RTO with a plan, de-escalated, archived after six months and deleted after twelve', async () => {
    // Registration by probation, on a basis from its own catalogue.
    const reg = await s.login('3ro@midden-limburg');
    const created = await s.request('POST', '/api/cases', reg, {
      tableId: 'rto-complexe-multiproblematiek',
      subjects: [{ name: 'Ruud Coenen-ML', birthDate: '1982-05-06', address: 'Markt 3, Roermond' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'income_debts'],
      registration: { content: 'Recidive, schulden en dreigende huisuitzetting; meerdere ketens betrokken.', basis: basisOf('3ro') },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    await expectOffered(c.id, 'screening');

    // P10: the registrant informs the subject; the process director screens by the table and accepts.
    const informed = await s.request('POST', `/api/cases/${c.id}/informing`, reg, { subjectId: c.subjectIds[0], topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter' });
    expect(informed.statusCode, informed.body).toBe(201);
    const pd = await s.login(PD);
    await screenAtTable(s, c.id, PD, pd);
    const accepted = await step(s, pd, c.id, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await expectOffered(c.id, 'triage');

    // Triage: the police are asked and answer under their art. 20 Wpg decision.
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      task: 'Triage', purpose: 'Voorbereiden RTO', whyNeeded: 'Zicht op lopende zaken', question: 'Is betrokkene bij u bekend?', onBehalfOf: s.partnerId(ML, '3ro'), partners: [s.partnerId(ML, 'politie-limburg')],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const police = await s.login('politie-limburg@midden-limburg');
    const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, police, { content: 'Bekend: meerdere meldingen van overlast.', category: 'police_justice', police: true, basis: basisOf('politie-limburg') });
    expect(answered.statusCode, answered.body).toBe(201);

    // The RTO: prepared, the police and the GGZ invited, held with a plan and a case director.
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: new Date(s.deps.now().getTime() + 7 * DAY).toISOString(),
      preparation: { goal: 'Samen een plan maken voor wonen en schulden', themes: ['wonen', 'schulden'], decisionsToTake: ['wie wordt casusregisseur'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    for (const [who, role] of [['politie-limburg@midden-limburg', 'informant'], ['vincent-van-gogh@midden-limburg', 'intended_executor']] as const) {
      const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(who), role });
      expect(inv.statusCode, inv.body).toBe(201);
    }
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
    await expectOffered(c.id, 'rto');
    s.advance(7 * DAY);
    const pdAtRto = await s.login(PD);
    const record = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pdAtRto, {
      version: 1, date: s.deps.now().toISOString(), status: 'held', reason: 'Zorgen over wonen, schulden en recidive',
      present: [s.userId('politie-limburg@midden-limburg'), s.userId('vincent-van-gogh@midden-limburg')],
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Huurachterstand regelen met de verhuurder', ownerPartnerId: s.partnerId(ML, 'gemeente-roermond'), dueAt: new Date(s.deps.now().getTime() + 30 * DAY).toISOString() }] },
    });
    expect(record.statusCode, record.body).toBe(200);
    const director = await s.request('POST', `/api/cases/${c.id}/case-director`, pdAtRto, { userId: s.userId('vincent-van-gogh@midden-limburg'), meetingId });
    expect(director.statusCode, director.body).toBe(200);
    const adopted = await step(s, pdAtRto, c.id, { event: 'adopt_plan' });
    expect(adopted.statusCode, adopted.body).toBe(200);
    await expectOffered(c.id, 'monitoring');

    // Fase 4 stap 1: the decision to de-escalate; the dossier stays active.
    s.advance(60 * DAY);
    const decided = await step(s, await s.login(PD), c.id, { event: 'deescalate' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().phase).toBe('deescalation1');
    await expectOffered(c.id, 'deescalation1');
    const decidedAt = s.deps.now().getTime();
    const phaseOf = async (): Promise<string> => (await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirstOrThrow()).phase;

    // Stap 2: the retention job archives six months after the decision, not before.
    s.setNow(new Date(decidedAt + 170 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('deescalation1');
    s.setNow(new Date(decidedAt + 190 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('archived');
    await expectOffered(c.id, 'archived');

    // Stap 3: deleted twelve months after the decision; nothing identifying remains.
    s.setNow(new Date(decidedAt + 370 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('deleted');
    const db = s.deps.database.db;
    expect(await db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await db.selectFrom('contributions').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await db.selectFrom('case_keys').select('case_id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect((await s.request('GET', `/api/cases/${c.id}`, await s.login(PD))).body).not.toContain('Coenen');
  }, 60_000);
});
