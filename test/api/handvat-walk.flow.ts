/**
 * A collaboration that runs the canonical steps of the Handvat (seed 003 Bijlage 3: Noord-Limburg,
 * Midden-Limburg) walked over HTTP from registration to deletion on its SHIPPED configuration, by
 * its own demo users: the registrant registers and informs the subject, the process director
 * screens by the table and takes the case into triage, asks the police, holds the RTO with a plan
 * and a case director, decides to de-escalate (Fase 4 stap 1); the retention job archives the
 * dossier after six months (stap 2), not before, and deletes it after twelve (stap 3), leaving
 * nothing identifying. At every phase the steps offered are the ones the configuration lists from
 * that phase, in its own words. The clock is the test server's fake clock.
 */
import { expect } from 'vitest';
import type { CollaborationConfig } from '../../src/domain/config/collaboration-config.schema.js';
import { runJob } from '../../src/jobs/job-runner.js';
import { addMonths } from '../../src/domain/time/date-math.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { policyForTable, retentionPolicyOf } from '../../src/domain/retention/policy.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, screenAtTable, step } from './phases.flow.js';

const DAY = 86_400_000;

/** Who walks the case: demo users (`partner@short-name`) and partner slugs of the shipped configuration. */
export interface HandvatWalk {
  readonly config: CollaborationConfig;
  /** The collaboration's slug (its configuration id). */
  readonly collaboration: string;
  readonly table: string;
  readonly pd: string;
  readonly registrant: string;
  readonly registrantPartner: string;
  readonly police: string;
  readonly policePartner: string;
  readonly executor: string;
  readonly actionOwnerPartner: string;
  readonly subjectName: string;
  /** The kind of data the police answer with (default `police_justice`); a table with its own data set (seed 000 Bijlage 2) names one of its items. */
  readonly answerCategory?: string;
  /** A table whose preconditions want the subject's consent before the RTO (seed 000 Bijlage 2): the consent for these partners is recorded in triage. */
  readonly consentFor?: readonly string[];
  /** A table that wants the informant of the outcome named before the plan is adopted (seed 000 Bijlage 2): the executor is named in the record. */
  readonly namesOutcomeInformant?: boolean;
}

/** A basis from the partner's own catalogue in the shipped configuration (P5). */
function basisOf(config: CollaborationConfig, slug: string): object {
  const catalogue = config.partners.find((p) => p.id === slug)?.legalBasisCatalogue ?? [];
  const wpg = catalogue.find((e) => e.kind === 'wpg20');
  if (wpg !== undefined) return { kind: 'wpg20', decision: wpg.law ?? wpg.description ?? 'art. 20 Wpg-besluit' };
  const law = catalogue.find((e) => e.kind === 'public_task' && e.law !== undefined);
  if (law !== undefined) return { kind: 'public_task', law: law.law };
  return { kind: 'vital_interest', motivation: 'Dreigend ernstig nadeel voor betrokkene.' };
}

/** The steps the configuration lists from `phase`, with their labels. */
function configured(config: CollaborationConfig, phase: string): { event: string; label: string }[] {
  return config.process.transitions.filter((t) => (t.from as readonly string[]).includes(phase)).map((t) => ({ event: t.event, label: t.label })).sort((a, b) => a.event.localeCompare(b.event));
}

async function offered(s: TestServer, pdUser: string, caseId: string): Promise<{ phase: string; steps: { event: string; label: string }[] }> {
  const res = await s.request('GET', `/api/cases/${caseId}/transitions`, await s.login(pdUser));
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ phase: string; events: { event: string; label: string }[] }>();
  return { phase: body.phase, steps: body.events.map((e) => ({ event: e.event, label: e.label })).sort((a, b) => a.event.localeCompare(b.event)) };
}

async function expectOffered(s: TestServer, w: HandvatWalk, caseId: string, phase: string): Promise<void> {
  expect(await offered(s, w.pd, caseId)).toEqual({ phase, steps: configured(w.config, phase) });
}

/** Registration to deletion; returns nothing, fails on the first step that does not hold. */
export async function walkToDeletion(s: TestServer, w: HandvatWalk): Promise<void> {
    const { caseId, decidedAt } = await walkToDeescalation(s, w);
    const c = { id: caseId };
    const phaseOf = async (): Promise<string> => (await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirstOrThrow()).phase;

    // Stap 2: the retention job archives six months after the decision, not before.
    s.setNow(new Date(decidedAt + 170 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('deescalation1');
    s.setNow(new Date(decidedAt + 190 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('archived');
    await expectOffered(s, w, c.id, 'archived');

    // Stap 3: deleted twelve months after the decision; nothing identifying remains.
    s.setNow(new Date(decidedAt + 370 * DAY));
    await runJob(s.deps, retentionJob);
    expect(await phaseOf()).toBe('deleted');
    const db = s.deps.database.db;
    expect(await db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await db.selectFrom('contributions').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await db.selectFrom('case_keys').select('case_id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect((await s.request('GET', `/api/cases/${c.id}`, await s.login(w.pd))).body).not.toContain(w.subjectName);
}

/** Registration to the decision to de-escalate (Fase 4 stap 1); the case and the decision's time. */
export async function walkToDeescalation(s: TestServer, w: HandvatWalk): Promise<{ caseId: string; decidedAt: number }> {
    // Registration by probation, on a basis from its own catalogue.
    const reg = await s.login(w.registrant);
    const created = await s.request('POST', '/api/cases', reg, {
      tableId: w.table,
      subjects: [{ name: w.subjectName, birthDate: '1982-05-06', address: 'Markt 3' }],
      complexCriteria: ['multi_problem', 'multiple_chains'],
      lifeDomains: ['housing', 'income_debts'],
      registration: { content: 'Recidive, schulden en dreigende huisuitzetting; meerdere ketens betrokken.', basis: basisOf(w.config, w.registrantPartner) },
      processDirectorId: s.userId(w.pd),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    await expectOffered(s, w, c.id, 'screening');

    // P10: the registrant informs the subject; the process director screens by the table and accepts.
    const informed = await s.request('POST', `/api/cases/${c.id}/informing`, reg, { subjectId: c.subjectIds[0], topic: 'registration', informedAt: s.deps.now().toISOString(), method: 'letter' });
    expect(informed.statusCode, informed.body).toBe(201);
    const pd = await s.login(w.pd);
    await screenAtTable(s, c.id, w.pd, pd);
    // Where the configuration asks the director's judgement (Bijlage 2 criteria groups, consultation
    // with the registrant: Noord- and Midden-Limburg), the accept carries it; elsewhere it does not.
    const table = w.config.tables.find((t) => t.id === w.table);
    const judged = table?.criteriaGroups !== undefined || w.config.process.acceptInConsultationWithRegistrant === true;
    const accepted = await step(s, pd, c.id, judged ? ACCEPT : { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await expectOffered(s, w, c.id, 'triage');

    // Triage: the police are asked and answer under their art. 20 Wpg decision.
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      task: 'Triage', purpose: 'Voorbereiden RTO', whyNeeded: 'Zicht op lopende zaken', question: 'Is betrokkene bij u bekend?', onBehalfOf: s.partnerId(w.collaboration, w.registrantPartner), partners: [s.partnerId(w.collaboration, w.policePartner)],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    const police = await s.login(w.police);
    const answered = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, police, { content: 'Bekend: meerdere meldingen van overlast.', category: w.answerCategory ?? 'police_justice', police: true, basis: basisOf(w.config, w.policePartner) });
    expect(answered.statusCode, answered.body).toBe(201);

    // The RTO: prepared, the police and the GGZ invited, held with a plan and a case director.
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: new Date(s.deps.now().getTime() + 7 * DAY).toISOString(),
      preparation: { goal: 'Samen een plan maken voor wonen en schulden', themes: ['wonen', 'schulden'], decisionsToTake: ['wie wordt casusregisseur'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    for (const [who, role] of [[w.police, 'informant'], [w.executor, 'intended_executor']] as const) {
      const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(who), role });
      expect(inv.statusCode, inv.body).toBe(201);
    }
    if (w.consentFor !== undefined) {
      const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners: w.consentFor.map((p) => s.partnerId(w.collaboration, p)), scope: 'Gegevens delen voor het overleg', givenAt: s.deps.now().toISOString() });
      expect(consent.statusCode, consent.body).toBe(201);
    }
    const scheduled = await step(s, pd, c.id, { event: 'schedule_rto' });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    await expectOffered(s, w, c.id, 'rto');
    s.advance(7 * DAY);
    const pdAtRto = await s.login(w.pd);
    const record = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pdAtRto, {
      version: 1, date: s.deps.now().toISOString(), status: 'held', reason: 'Zorgen over wonen, schulden en recidive',
      present: [s.userId(w.police), s.userId(w.executor)],
      ...(w.namesOutcomeInformant === true ? { outcomeInformant: { userId: s.userId(w.executor) } } : {}),
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Huurachterstand regelen met de verhuurder', ownerPartnerId: s.partnerId(w.collaboration, w.actionOwnerPartner), dueAt: new Date(s.deps.now().getTime() + 30 * DAY).toISOString() }] },
    });
    expect(record.statusCode, record.body).toBe(200);
    const director = await s.request('POST', `/api/cases/${c.id}/case-director`, pdAtRto, { userId: s.userId(w.executor), meetingId });
    expect(director.statusCode, director.body).toBe(200);
    const adopted = await step(s, pdAtRto, c.id, { event: 'adopt_plan' });
    expect(adopted.statusCode, adopted.body).toBe(200);
    await expectOffered(s, w, c.id, 'monitoring');

    // Fase 4 stap 1: the decision to de-escalate; the dossier stays active.
    s.advance(60 * DAY);
    const decided = await step(s, await s.login(w.pd), c.id, { event: 'deescalate' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().phase).toBe('deescalation1');
    await expectOffered(s, w, c.id, 'deescalation1');
    const decidedAt = s.deps.now().getTime();
    // Fase 4 "Activiteiten" (003-108): the RTO's participants are told the dossier was cleaned, what stays and how long.
    const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
    const inbox = (await s.request('GET', '/api/inbox', await s.login(w.executor))).json<{ notifications: { kind: string; caseId: string | null; message: string | null }[] }>();
    const told = inbox.notifications.filter((n) => n.caseId === c.id && n.kind === 'dossier_deescalated');
    expect(told).toHaveLength(1);
    // The table's own retention where it has one (seed 000 art. 10.3, 000-R36).
    const retention = policyForTable(retentionPolicyOf(w.config), w.table);
    expect(told[0]?.message).toContain(day(addMonths(decidedAt, retention.archiveAfterMonths ?? 0)));
    expect(told[0]?.message).toContain(day(addMonths(decidedAt, retention.deleteAfterMonths)));
    return { caseId: c.id, decidedAt };
}
