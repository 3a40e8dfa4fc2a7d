/**
 * Fase 1 in Midden- and Noord-Limburg, on their SHIPPED configurations over HTTP: the process
 * director takes a case up by the complex-case criteria of Bijlage 2 ((serious local safety
 * problem or impact on the system) and several chains and multi-problem; seed 001 art. 1.4), judges
 * the substance, and does so in consultation with the registering party (art. 9.2a); a case
 * outside the criteria may still belong, with the reason why (seed 003 B3-F1 "Activiteiten").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { acceptance, errorOf, informSubjects, register, registration, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const ML = 'zvh-midden-limburg';
const ML_PD = 'procesregisseur@midden-limburg';
const NL_PD = 'procesregisseur@noord-limburg';

interface Acceptance {
  criteriaMet: string[];
  withinCriteria: boolean;
  substance: string;
  outsideCriteriaReason: string | null;
  consultation: { with: string; at: string; outcome: string } | null;
}

/** A Midden-Limburg case registered by probation, the subject informed. */
async function mlCase(complexCriteria: string[] = ['multi_problem', 'multiple_chains']): Promise<Registered> {
  const c = await register(s, '3ro@midden-limburg', {
    ...registration,
    tableId: 'rto-complexe-multiproblematiek',
    complexCriteria,
    registration: { ...registration.registration, basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
  });
  await informSubjects(s, c, ML, '3ro', ML_PD);
  return c;
}

async function nlCase(): Promise<Registered> {
  const c = await register(s);
  await informSubjects(s, c);
  return c;
}

describe('fase 1: accepting by the criteria of Bijlage 2, in consultation with the registrant (seed 001, 003)', () => {
  it('001-01 a case that meets several chains and multi-problem but neither a safety problem nor impact on the system is outside the criteria: accepting it is refused naming the rule, and accepted with the reason it still belongs', async () => {
    const c = await mlCase();
    const pd = await s.login(ML_PD);
    const outside = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, criteriaMet: [2, 3] } });
    expect(outside.statusCode, outside.body).toBe(403);
    expect(errorOf(outside.body)).toMatchObject({ rule: 'process', reason: 'outside_criteria_without_reason' });
    expect(outside.body).toContain('meerdere problemen op meer dan één leefgebied');
    // Neither chains nor multi-problem can be made up for by the first pair.
    const noChains = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, criteriaMet: [0, 1, 3] } });
    expect(errorOf(noChains.body)).toMatchObject({ reason: 'outside_criteria_without_reason' });

    const reason = 'Bij nadere beschouwing toch thuis: de overlast raakt de hele straat en geen keten kan het alleen.';
    const ok = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, criteriaMet: [2, 3], outsideCriteriaReason: reason } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().phase).toBe('triage');
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ acceptance: Acceptance }>();
    expect(view.acceptance).toMatchObject({ withinCriteria: false, outsideCriteriaReason: reason });
    expect(view.acceptance.criteriaMet).toHaveLength(2);
  });

  it('001-01 either a serious local safety problem or impact on the system, with several chains and multi-problem, meets the criteria: accepted without a reason', async () => {
    const pd = await s.login(ML_PD);
    for (const first of [0, 1]) {
      const c = await mlCase();
      const res = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, criteriaMet: [first, 2, 3] } });
      expect(res.statusCode, res.body).toBe(200);
      expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ acceptance: Acceptance }>().acceptance.withinCriteria).toBe(true);
    }
  });

  it('001-01 the registrant is not held to the criteria at registration; with outcome "more information" the criteria are judged later (seed 003 fase 1 outcome c)', async () => {
    const c = await mlCase([]);
    const pd = await s.login(ML_PD);
    const res = await step(s, pd, c.id, { event: 'accept', outcome: 'more_information', assessment: { ...acceptance, criteriaMet: [] } });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('001-01 configuration: with tables[].criteriaGroups asking every criterion, the same judgement no longer meets the criteria', async () => {
    const c = await mlCase();
    const pd = await s.login(ML_PD);
    await withChangedField(s, ML, configField('tables[rto-complexe-multiproblematiek].criteriaGroups'), [[0], [1], [2], [3]], async () => {
      const res = await step(s, pd, c.id, { event: 'accept', assessment: acceptance });
      expect(errorOf(res.body)).toMatchObject({ reason: 'outside_criteria_without_reason' });
    });
    const shipped = await step(s, pd, c.id, { event: 'accept', assessment: acceptance });
    expect(shipped.statusCode, shipped.body).toBe(200);
  });

  it('001-31 the process director judges in consultation with the registering party: accept without the consultation on record is refused with that reason; with who, when and the outcome it is stored and shown to the director', async () => {
    const c = await mlCase();
    const pd = await s.login(ML_PD);
    const { consultation: _, ...withoutConsultation } = acceptance;
    const bare = await step(s, pd, c.id, { event: 'accept', assessment: withoutConsultation });
    expect(bare.statusCode, bare.body).toBe(403);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'process', reason: 'consultation_missing' });
    expect(bare.body).toContain('in overleg met de partij die haar aanmeldde');
    const future = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, consultation: { ...acceptance.consultation, at: '2026-06-05' } } });
    expect(future.statusCode, future.body).toBe(400);
    expect(errorOf(future.body).fields?.map((f) => f.field)).toEqual(['assessment.consultation.at']);

    const ok = await step(s, pd, c.id, { event: 'accept', assessment: acceptance });
    expect(ok.statusCode, ok.body).toBe(200);
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ acceptance: Acceptance }>();
    expect(view.acceptance.consultation).toEqual(acceptance.consultation);
    // The registrant reads the case but not the director's record of fase 1.
    const registrant = (await s.request('GET', `/api/cases/${c.id}`, await s.login('3ro@midden-limburg'))).json<{ acceptance: Acceptance | null }>();
    expect(registrant.acceptance).toBeNull();
    // Sealed under the case key: the substance is not in the row.
    const row = await s.deps.database.db.selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('huisuitzetting');
  });

  it('001-31 configuration: with process.acceptInConsultationWithRegistrant off, accept needs no recorded consultation', async () => {
    const c = await mlCase();
    const pd = await s.login(ML_PD);
    const { consultation: _, ...withoutConsultation } = acceptance;
    expect((await step(s, pd, c.id, { event: 'accept', assessment: withoutConsultation })).statusCode).toBe(403);
    await withChangedField(s, ML, configField('process.acceptInConsultationWithRegistrant'), false, async () => {
      const res = await step(s, pd, c.id, { event: 'accept', assessment: withoutConsultation });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('003-53 Noord-Limburg: the director sees the criteria the registrant ticked and records both aspects, the formal criteria and the substance; accept without an assessment is refused', async () => {
    const c = await nlCase();
    const pd = await s.login(NL_PD);
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ registeredCriteria: { complex: string[] }; acceptance: Acceptance | null }>();
    expect(view.registeredCriteria.complex).toEqual(['multi_problem', 'multiple_chains']);
    expect(view.acceptance).toBeNull();
    const bare = await step(s, pd, c.id, { event: 'accept' });
    expect(bare.statusCode, bare.body).toBe(403);
    expect(errorOf(bare.body)).toMatchObject({ rule: 'process', reason: 'acceptance_assessment_missing' });
    const blank = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, substance: ' ' } });
    expect(blank.statusCode).toBe(400);
    const wrong = await step(s, pd, c.id, { event: 'accept', assessment: { ...acceptance, criteriaMet: [1, 2, 3, 4] } });
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(errorOf(wrong.body).fields?.map((f) => f.field)).toEqual(['assessment.criteriaMet.3']);

    const ok = await step(s, pd, c.id, { event: 'accept', assessment: acceptance });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ acceptance: Acceptance }>().acceptance;
    expect(after).toMatchObject({ withinCriteria: true, substance: acceptance.substance, outsideCriteriaReason: null });
    expect(after.criteriaMet[0]).toContain('(gezins)systeem');
  });
});
