/**
 * Drives a case of Noord-Limburg (the canonical process) through the work process over HTTP, for
 * the phase, meeting, plan, de-escalation and deletion tests. Informing the subject (P10) is
 * recorded directly: that use-case is not under test here.
 */
import { expect } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import type { TestServer } from '../support/server.js';

export const NL = 'zvh-noord-limburg';

export const registration = {
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name: 'Jan de Vries', birthDate: '1980-04-02', address: 'Markt 1, Venlo', bsn: '111222333' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing', 'income_debts'],
  registration: { content: 'Overlast en schulden; meerdere ketens betrokken.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
};

export interface Registered {
  readonly id: string;
  readonly subjectIds: readonly string[];
  readonly registrationId: string;
}

/** Registers a case and hands it to the collaboration's first process director (`procesregisseur@…`). */
export async function register(s: TestServer, user = 'reclassering-nederland@noord-limburg', body: object = registration): Promise<Registered> {
  const director = s.userId(`procesregisseur@${user.split('@')[1] ?? ''}`);
  const res = await s.request('POST', '/api/cases', await s.login(user), { ...body, processDirectorId: director });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Registered>();
}

/** Records that every subject was informed of the registration on behalf of the registrant (P10). */
export async function informSubjects(s: TestServer, c: Registered, collaboration = NL, registrant = 'reclassering-nederland', informer = 'procesregisseur@noord-limburg', duringDetention = false): Promise<void> {
  await s.deps.database.withTransaction(systemContext(), async (trx) => {
    for (const subjectId of c.subjectIds) {
      await trx
        .insertInto('informing_records')
        .values({
          case_id: c.id,
          collaboration_id: s.collaborationId(collaboration),
          subject_id: subjectId,
          topic: 'registration',
          informed_by: s.userId(informer),
          on_behalf_of_partner_id: s.partnerId(collaboration, registrant),
          informed_at: s.deps.now(),
          method: 'letter',
          during_detention: duringDetention,
        })
        .execute();
    }
  });
}

/**
 * The process director's judgement at accept in Midden- and Noord-Limburg (seed 003 B3-F1, art.
 * 9.2a): impact on the system, several chains, multi-problem (Bijlage 2 met), the substance, and
 * the consultation with the registering party.
 */
export const acceptance = {
  criteriaMet: [1, 2, 3],
  substance: 'Schulden, overlast en dreigende huisuitzetting; reclassering en gemeente alleen komen er niet uit.',
  consultation: { with: 'Casemanager van de aanmelder', at: '2026-05-29', outcome: 'Eens: de casus hoort in het Zorg- en Veiligheidshuis.' },
};

/** Accept in Midden- or Noord-Limburg, with the judgement the covenant asks. */
export const ACCEPT = { event: 'accept', assessment: acceptance } as const;

export async function step(s: TestServer, cookie: string, caseId: string, body: object): Promise<{ statusCode: number; body: string; json: () => { phase: string; version: number; error?: { rule: string; reason: string } } }> {
  const res = await s.request('POST', `/api/cases/${caseId}/transitions`, cookie, body);
  return { statusCode: res.statusCode, body: res.body, json: () => res.json() };
}

/**
 * Nijmegen's steps 2-4 for a signal the municipality registered: informed, judged, accepted and
 * picked up by the municipality; its RTO prepared with `invitees` as intended executors and
 * scheduled. Returns the process director's session and the meeting.
 */
export async function nijmegenInRto(s: TestServer, c: Registered, invitees: readonly string[]): Promise<{ pd: string; meetingId: string }> {
  await informSubjects(s, c, 'regieteams-nijmegen', 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
  const pd = await s.login('procesregisseur@nijmegen');
  await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
  expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: s.partnerId('regieteams-nijmegen', 'gemeente-nijmegen') })).statusCode).toBe(200);
  const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
    scheduledAt: '2026-06-10T14:00:00Z',
    preparation: { goal: 'Opdracht en casusteam', themes: ['schulden'], decisionsToTake: ['wie wordt casemanager'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in VIS2.' },
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  const meetingId = meeting.json<{ id: string }>().id;
  for (const who of invitees) {
    const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(who), role: 'intended_executor' });
    expect(inv.statusCode, inv.body).toBe(201);
  }
  expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
  return { pd, meetingId };
}

/** Registers a signal at Nijmegen's Regieteam by the municipality for `director`, informs, judges (step 2) and accepts it (sessions tests). */
export async function acceptedNijmegenCase(s: TestServer, director: string, name: string): Promise<{ id: string; number: string }> {
  const res = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), {
    tableId: 'regieteam',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['income_debts', 'housing'],
    registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    processDirectorId: s.userId(director),
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<Registered>();
  await informSubjects(s, c, 'regieteams-nijmegen', 'gemeente-nijmegen', director);
  const pd = await s.login(director);
  await screenAtTable(s, c.id, director, pd);
  const accepted = await step(s, pd, c.id, { event: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const row = await s.deps.database.withTransaction(systemContext(), (trx) => trx.selectFrom('cases').select('number').where('id', '=', c.id).executeTakeFirstOrThrow());
  return { id: c.id, number: row.number };
}

export const preparation = {
  scheduledAt: '2026-06-10T14:00:00Z',
  preparation: {
    goal: 'Samen een plan maken voor wonen en schulden',
    themes: ['wonen', 'schulden'],
    decisionsToTake: ['wie wordt casusregisseur'],
    subjectInvolvement: 'informed_before',
    careAgreements: 'Gegevens blijven in het systeem; niemand neemt gegevens van anderen mee.',
  },
};

/** Accepted and in triage. */
export async function toTriage(s: TestServer): Promise<{ c: Registered; pd: string }> {
  const c = await register(s);
  await informSubjects(s, c);
  const pd = await s.login('procesregisseur@noord-limburg');
  const res = await step(s, pd, c.id, ACCEPT);
  expect(res.statusCode, res.body).toBe(200);
  return { c, pd };
}

/** The `error` of a refused answer: its rule, reason and the fields it names. */
export const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;

/** A case in triage with its RTO prepared (not yet scheduled): the police and the GGZ invited. */
export async function prepareRto(s: TestServer, caseId: string, pd: string): Promise<string> {
  const created = await s.request('POST', `/api/cases/${caseId}/meetings`, pd, preparation);
  expect(created.statusCode, created.body).toBe(201);
  const meetingId = created.json<{ id: string }>().id;
  for (const [who, role] of [['politie-limburg@noord-limburg', 'informant'], ['vincent-van-gogh@noord-limburg', 'intended_executor']] as const) {
    const inv = await s.request('POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(who), role });
    expect(inv.statusCode, inv.body).toBe(201);
  }
  return meetingId;
}

/** An RTO with a prepared meeting, the police and the GGZ invited. */
export async function toRto(s: TestServer): Promise<{ c: Registered; pd: string; meetingId: string }> {
  const { c, pd } = await toTriage(s);
  const meetingId = await prepareRto(s, c.id, pd);
  const res = await step(s, pd, c.id, { event: 'schedule_rto' });
  expect(res.statusCode, res.body).toBe(200);
  return { c, pd, meetingId };
}

export function recordBody(s: TestServer, version: number, actions: readonly object[] = []): object {
  return {
    version,
    date: '2026-06-10T14:00:00Z',
    status: 'held',
    reason: 'Zorgen over wonen en schulden',
    present: [s.userId('politie-limburg@noord-limburg'), s.userId('vincent-van-gogh@noord-limburg')],
    plan: {
      goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }],
      actions:
        actions.length > 0
          ? actions
          : [{ description: 'Huurachterstand regelen met de verhuurder', ownerPartnerId: s.partnerId(NL, 'gemeente-venlo'), dueAt: '2026-07-01' }],
    },
  };
}

/** Held RTO with a plan and a case director (the GGZ professional), on to monitoring. */
export async function toMonitoring(s: TestServer): Promise<{ c: Registered; pd: string; meetingId: string; actionIds: readonly string[] }> {
  const { c, pd, meetingId } = await toRto(s);
  const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, recordBody(s, 1));
  expect(saved.statusCode, saved.body).toBe(200);
  const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), meetingId });
  expect(appointed.statusCode, appointed.body).toBe(200);
  const res = await step(s, pd, c.id, { event: 'adopt_plan' });
  expect(res.statusCode, res.body).toBe(200);
  return { c, pd, meetingId, actionIds: saved.json<{ actionIds: string[] }>().actionIds };
}

/**
 * The process director's screening at the case's table, as read from the table itself (seed 000
 * Bijlage 2; Nijmegen's step 2): every criterion met, every follow-up question answered, every precondition the
 * step `accept` needs confirmed. Tables that require it take a case into triage only with it.
 */
export async function screenAtTable(s: TestServer, caseId: string, director: string, cookie?: string): Promise<void> {
  const pd = cookie ?? (await s.login(director));
  const table = (await s.request('GET', `/api/cases/${caseId}/table`, pd)).json<{ criteria: string[]; followUpQuestions: string[]; preconditions: { before?: string }[] }>();
  const res = await s.request('PUT', `/api/cases/${caseId}/screening`, pd, {
    criteriaMet: table.criteria.map((_, i) => i),
    answers: table.followUpQuestions.map(() => 'Ja.'),
    preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
    assessment: 'Voldoet aan de criteria van deze tafel; regie is nodig.',
  });
  expect(res.statusCode, res.body).toBe(200);
}
