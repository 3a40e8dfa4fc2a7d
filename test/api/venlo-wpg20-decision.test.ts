/**
 * The police chief may suspend, change or withdraw the art. 20 Wpg decision at any time (seed 002
 * art. 20 Wpg decision §9), and the police may suspend or end the cooperation (Bijlage A art.
 * 10.4): over HTTP on the shipped Venlo configuration with its demo users (ADR 0190). While the
 * decision is not in force, the police provide no police data (no contribution, no enrichment
 * answer, no registration) and no other organisation reads the police data already in a case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf } from './phases.flow.js';
import { VENLO, VENLO_BASIS, acceptedVenloCase } from './venlo.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const WPG20 = { kind: 'wpg20', decision: 'Art. 20-beslissing "Zorgnetwerk Venlo" van 1 juli 2021' };
const policeBody = (content: string) => ({ content, category: 'melding', purposes: ['triage', 'rto'], basis: WPG20, police: true, releasedForRto: 'all' });

interface DecisionView {
  partnerId: string;
  partnerName: string;
  decision: string;
  status: string;
  history: { status: string; reason: string; decisionReference: string | null; recordedAt: string; recordedBy: string | null }[];
}

async function designate(caseId: string, slug: string, username: string): Promise<void> {
  await s.deps.database.withTransaction(systemContext(), async (trx) => {
    await trx
      .insertInto('involvement')
      .values({ case_id: caseId, collaboration_id: s.collaborationId(VENLO), partner_id: s.partnerId(VENLO, slug), user_id: s.userId(username), designated_by: s.userId('procesregisseur@venlo') })
      .execute();
  });
}

/** Each test starts from the shipped state: the decision in force, nothing recorded. */
async function decisionInForce(): Promise<void> {
  await s.deps.database.db.deleteFrom('wpg20_decision_events').where('collaboration_id', '=', s.collaborationId(VENLO)).execute();
}

/** The police record what their chief decided; the decision's status afterwards as the partners read it. */
async function decide(cookie: string, body: object): Promise<{ statusCode: number; body: string }> {
  return s.request('POST', `/api/wpg20-decisions/${s.partnerId(VENLO, 'politie-limburg')}/status`, cookie, body);
}
async function venloDecision(cookie: string): Promise<DecisionView | undefined> {
  const res = await s.request('GET', '/api/wpg20-decisions', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DecisionView[]>().find((d) => d.partnerId === s.partnerId(VENLO, 'politie-limburg'));
}

describe('Zorgnetwerk Venlo: the status of the art. 20 Wpg decision (seed 002 art. 20 Wpg decision §9; ADR 0190)', () => {
  it('002-D10: the police record that their chief suspends, changes and withdraws the decision; police data stops while it is not in force and comes back only with a new decision', async () => {
    await decisionInForce();
    const { c, pd } = await acceptedVenloCase(s, 'Jan Hoebens');
    await designate(c.id, 'politie-limburg', 'politie-limburg@venlo');
    const pol = await s.login('politie-limburg@venlo');
    const woon = await s.login('woonwenz@venlo');
    const given = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Drie meldingen van overlast in 2026.'));
    expect(given.statusCode, given.body).toBe(201);
    const contributionId = given.json<{ id: string }>().id;
    const read = (cookie: string) => s.request('GET', `/api/cases/${c.id}/contributions/${contributionId}?purpose=triage`, cookie);
    expect((await read(pd)).statusCode).toBe(200);
    expect(await venloDecision(pd)).toMatchObject({ decision: expect.stringContaining('Zorgnetwerk Venlo') as unknown, status: 'in_force', history: [] });

    // Only the police partner's own people record what the chief decided, and with a reason.
    const notPolice = await decide(woon, { status: 'suspended', reason: 'Onderzoek naar een datalek' });
    expect(notPolice.statusCode).toBe(403);
    expect(errorOf(notPolice.body)).toMatchObject({ rule: 'P9', reason: 'wpg20_not_decision_holder' });
    expect((await decide(pol, { status: 'suspended', reason: ' ' })).statusCode).toBe(400);

    const suspended = await decide(pol, { status: 'suspended', reason: 'Onderzoek naar een mogelijk datalek bij een partner' });
    expect(suspended.statusCode, suspended.body).toBe(201);
    expect(await venloDecision(woon)).toMatchObject({
      status: 'suspended',
      history: [{ status: 'suspended', reason: 'Onderzoek naar een mogelijk datalek bij een partner', recordedBy: expect.any(String) as unknown }],
    });
    // Suspended: no new police data, and none read by another organisation; the police read their own.
    const refusedAdd = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Nieuwe melding van overlast.'));
    expect(refusedAdd.statusCode).toBe(403);
    expect(JSON.parse(refusedAdd.body)).toMatchObject({ error: { rule: 'P9', reason: 'wpg20_decision_suspended', message: expect.stringContaining('opgeschort') as unknown } });
    const refusedRead = await read(pd);
    expect(refusedRead.statusCode).toBe(403);
    expect(errorOf(refusedRead.body)).toMatchObject({ rule: 'P9', reason: 'wpg20_decision_suspended' });
    expect((await read(pol)).statusCode).toBe(200);
    // Other partners' data is untouched by the police decision.
    const gem = await s.login('gemeente-venlo@venlo');
    expect((await s.request('POST', `/api/cases/${c.id}/contributions`, gem, { content: 'Wmo-consulent betrokken.', category: 'housing', purposes: ['triage'], basis: VENLO_BASIS, releasedForRto: 'none' })).statusCode).toBe(201);

    // The suspension is lifted: police data flows again.
    expect((await decide(pol, { status: 'in_force', reason: 'Onderzoek afgerond, geen datalek' })).statusCode).toBe(201);
    expect((await read(pd)).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Nieuwe melding van overlast.'))).statusCode).toBe(201);
    // A change keeps the decision in force under its new reference.
    expect((await decide(pol, { status: 'in_force', reason: 'Uitgebreid met art. 13 Wpg-gegevens', decisionReference: 'Gewijzigde art. 20-beslissing van 1 december 2026' })).statusCode).toBe(201);
    expect((await decide(pol, { status: 'in_force', reason: 'Nogmaals' })).statusCode).toBe(403);

    // Withdrawn: reads stop, and nothing but a new decision brings it back.
    expect((await decide(pol, { status: 'withdrawn', reason: 'De samenwerking met de politie is beëindigd' })).statusCode).toBe(201);
    const withdrawnRead = await read(pd);
    expect(withdrawnRead.statusCode).toBe(403);
    expect(errorOf(withdrawnRead.body)).toMatchObject({ rule: 'P9', reason: 'wpg20_decision_withdrawn' });
    const registration = await s.request('POST', '/api/cases', pol, {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Maria Verheijen' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Meerdere meldingen van overlast.', police: true, basis: WPG20 },
    });
    expect(registration.statusCode).toBe(403);
    expect(errorOf(registration.body)).toMatchObject({ rule: 'P9', reason: 'wpg20_decision_withdrawn' });
    const resumeWithout = await decide(pol, { status: 'in_force', reason: 'Toch weer samenwerken' });
    expect(resumeWithout.statusCode).toBe(403);
    expect(errorOf(resumeWithout.body)).toMatchObject({ rule: 'P9', reason: 'wpg20_withdrawn_needs_new_decision' });
    expect((await decide(pol, { status: 'suspended', reason: 'Opschorten' })).statusCode).toBe(403);
    expect((await decide(pol, { status: 'in_force', reason: 'Nieuwe beslissing genomen', decisionReference: 'Art. 20-beslissing "Zorgnetwerk Venlo" van 1 maart 2027' })).statusCode).toBe(201);
    expect((await read(pd)).statusCode).toBe(200);

    const view = await venloDecision(pd);
    expect(view?.history.map((h) => h.status)).toEqual(['in_force', 'withdrawn', 'in_force', 'in_force', 'suspended']);
    expect(view?.history[0]?.decisionReference).toBe('Art. 20-beslissing "Zorgnetwerk Venlo" van 1 maart 2027');
    // Every recorded change is audited under the police user; the refusals too.
    const audit = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'user_id'])
      .where('collaboration_id', '=', s.collaborationId(VENLO))
      .where('action', 'like', 'wpg20_decision.%')
      .where('outcome', '=', 'allow')
      .execute();
    expect(audit).toHaveLength(5);
    expect(new Set(audit.map((a) => a.user_id))).toEqual(new Set([s.userId('politie-limburg@venlo')]));

    // The decision is generic: Maastricht's police decision is another one, still in force.
    const maastricht = await s.request('GET', '/api/wpg20-decisions', await s.login('procesregisseur@maastricht'));
    expect(maastricht.json<DecisionView[]>()).toMatchObject([{ partnerId: s.partnerId('veiligheidshuis-maastricht-heuvelland', 'politie-limburg'), status: 'in_force', history: [] }]);
  });
});

describe('Zorgnetwerk Venlo: the police suspend or end the cooperation (seed 002 Bijlage A art. 10.4; ADR 0190)', () => {
  it('002-A23: while the decision is suspended the police do not even answer "known" to an enrichment question; withdrawn, the police data already released for the RTO is no longer read by the partners', async () => {
    await decisionInForce();
    const { c, pd } = await acceptedVenloCase(s, 'Henk Peeters');
    await designate(c.id, 'politie-limburg', 'politie-limburg@venlo');
    const pol = await s.login('politie-limburg@venlo');
    const released = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Bekend van huiselijk geweld in 2025.'));
    expect(released.statusCode, released.body).toBe(201);
    const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      task: 'Verrijken',
      purpose: 'Voorbereiden van het overleg',
      whyNeeded: 'Weten wie betrokkene kent',
      question: 'Is betrokkene bij u bekend?',
      partners: [s.partnerId(VENLO, 'politie-limburg')],
      onBehalfOf: s.partnerId(VENLO, 'gemeente-venlo'),
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
    await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/take-up`, pol);
    const policeSeenBy = async (cookie: string) =>
      (await s.request('GET', `/api/cases/${c.id}`, cookie)).json<{ contributions: { byPartnerId: string; content: string }[] }>().contributions.filter((k) => k.byPartnerId === s.partnerId(VENLO, 'politie-limburg'));
    expect(await policeSeenBy(pd)).toHaveLength(1);

    expect((await decide(pol, { status: 'suspended', reason: 'De politie schort de samenwerking op' })).statusCode).toBe(201);
    const answer = await s.request('POST', `/api/cases/${c.id}/triage-questions/${questionId}/answers`, pol, { basis: WPG20, known: true });
    expect(answer.statusCode).toBe(403);
    expect(errorOf(answer.body)).toMatchObject({ rule: 'P9', reason: 'wpg20_decision_suspended' });
    const stored = await s.deps.database.db.selectFrom('contributions').select('category').where('case_id', '=', c.id).where('by_partner_id', '=', s.partnerId(VENLO, 'politie-limburg')).execute();
    expect(stored.map((r) => r.category)).toEqual(['melding']);

    expect((await decide(pol, { status: 'withdrawn', reason: 'De politie beëindigt de samenwerking' })).statusCode).toBe(201);
    const provisions = () => s.deps.database.db.selectFrom('police_provisions').select('id').where('case_id', '=', c.id).execute();
    const logged = (await provisions()).length;
    // The case view leaves the police data out for the process director; the police still see their own.
    expect(await policeSeenBy(pd)).toEqual([]);
    expect((await policeSeenBy(pol)).map((k) => k.content)).toEqual(['Bekend van huiselijk geweld in 2025.']);
    // No read by another organisation happened, so no provision was logged after the withdrawal.
    expect(await provisions()).toHaveLength(logged);
  });
});
