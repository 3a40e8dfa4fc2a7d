import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;
const policeBasis = { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' };
const weighing = { proportionality: 'Beperkt tot lopende zaken.', subsidiarity: 'Toestemming vragen is niet mogelijk gebleken.', effectiveness: 'Nodig voor het plan.', informAfterwards: true, informAfterwardsReason: 'Betrokkene wordt na het RTO geïnformeerd.' };

/** A case in triage in which the police answered a question (and so is designated). */
async function caseWithPoliceAnswer(): Promise<{ id: string; answer: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const reg = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: 'Kees Peters' }],
    registration: { content: 'Overlast.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  const { id } = reg.json<{ id: string }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
  const pd = await s.login('procesregisseur@noord-limburg');
  const asked = (await s.request('POST', `/api/cases/${id}/triage-questions`, pd, {
    partners: [s.partnerId(NL, 'politie-limburg')], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Verkennen', purpose: 'RTO voorbereiden', whyNeeded: 'Risico-inschatting', question: 'Bekend?',
  })).json<{ asked: { questionId: string }[] }>().asked;
  const pol = await s.login('politie-limburg@noord-limburg');
  const answer = await s.request('POST', `/api/cases/${id}/triage-questions/${asked[0]!.questionId}/answers`, pol, { content: 'Twee aanhoudingen.', police: true, category: 'police_justice', basis: policeBasis });
  expect(answer.statusCode, answer.body).toBe(201);
  return { id, answer: answer.json<{ contributionId: string }>().contributionId };
}

describe('contributor control (P4, HTTP)', () => {
  it('P4 contributor control: the process director cannot re-share the police answer; the refusal is audited', async () => {
    const c = await caseWithPoliceAnswer();
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('PATCH', `/api/cases/${c.id}/contributions/${c.answer}/release`, pd, { releasedForRto: 'all' });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ rule: 'P4', reason: 'not_contributor' });
    const denied = await s.deps.database.db.selectFrom('audit_log').select(['action', 'rule', 'contribution_id']).where('case_id', '=', c.id).where('outcome', '=', 'deny').execute();
    expect(denied).toEqual([{ action: 'contribution.release', rule: 'P4', contribution_id: c.answer }]);
    const row = await s.deps.database.db.selectFrom('contributions').select('released_for_rto').where('id', '=', c.answer).executeTakeFirstOrThrow();
    expect(row.released_for_rto).toBe('none');
  });

  it('P7 sharing without consent: the contributor releases only after its completed weighing', async () => {
    const c = await caseWithPoliceAnswer();
    const pol = await s.login('politie-limburg@noord-limburg');
    const before = await s.request('PATCH', `/api/cases/${c.id}/contributions/${c.answer}/release`, pol, { releasedForRto: 'all' });
    expect(before.statusCode).toBe(403);
    expect(errorOf(before.body)).toMatchObject({ rule: 'P7', reason: 'weighing_missing' });
    const incomplete = await s.request('POST', `/api/cases/${c.id}/weighings`, pol, { ...weighing, subsidiarity: '' });
    expect(errorOf(incomplete.body)).toMatchObject({ rule: 'P7', reason: 'weighing_incomplete' });
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, pol, weighing)).statusCode).toBe(201);
    const after = await s.request('PATCH', `/api/cases/${c.id}/contributions/${c.answer}/release`, pol, { releasedForRto: 'all', excluded: [s.partnerId(NL, 'woonwenz')] });
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({ withoutConsent: true });
  });

  it('P4 contributor control: take-along grants only after the RTO, only by the contributor; revocable', async () => {
    const c = await caseWithPoliceAnswer();
    const pol = await s.login('politie-limburg@noord-limburg');
    const to = s.userId('reclassering-nederland@noord-limburg');
    const early = await s.request('POST', `/api/cases/${c.id}/contributions/${c.answer}/grants`, pol, { toUserId: to, planAction: 'Toezicht' });
    expect(errorOf(early.body)).toMatchObject({ rule: 'P4', reason: 'grant_outside_meeting_phase' });
    await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', c.id).execute();
    const pd = await s.login('procesregisseur@noord-limburg');
    const other = await s.request('POST', `/api/cases/${c.id}/contributions/${c.answer}/grants`, pd, { toUserId: to, planAction: 'Toezicht' });
    expect(errorOf(other.body)).toMatchObject({ rule: 'P4', reason: 'not_contributor' });
    const granted = await s.request('POST', `/api/cases/${c.id}/contributions/${c.answer}/grants`, pol, { toUserId: to, planAction: 'Toezicht' });
    expect(granted.statusCode, granted.body).toBe(201);
    const grantId = granted.json<{ id: string }>().id;
    expect((await s.request('DELETE', `/api/cases/${c.id}/contributions/${c.answer}/grants/${grantId}`, pol)).statusCode).toBe(204);
    const grant = await s.deps.database.db.selectFrom('take_along_grants').select('revoked_at').where('id', '=', grantId).executeTakeFirstOrThrow();
    expect(grant.revoked_at).not.toBeNull();
  });

  it('P4 contributor control: a correction on a stale version is 409; a correction replaces the original; a withdrawal stops every read', async () => {
    const c = await caseWithPoliceAnswer();
    const pol = await s.login('politie-limburg@noord-limburg');
    const stale = await s.request('POST', `/api/cases/${c.id}/contributions/${c.answer}/corrections`, pol, { version: 7, content: 'Eén aanhouding.', reason: 'Telfout in het aantal aanhoudingen.' });
    expect(stale.statusCode).toBe(409);
    const fixed = await s.request('POST', `/api/cases/${c.id}/contributions/${c.answer}/corrections`, pol, { version: 1, content: 'Eén aanhouding.', reason: 'Telfout in het aantal aanhoudingen.' });
    expect(fixed.statusCode, fixed.body).toBe(201);
    const corrected = fixed.json<{ id: string }>().id;
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const old = await s.request('GET', `/api/cases/${c.id}/contributions/${c.answer}?purpose=triage`, rn);
    expect(errorOf(old.body)).toMatchObject({ rule: 'P4', reason: 'withdrawn' });
    const now = await s.request('GET', `/api/cases/${c.id}/contributions/${corrected}?purpose=triage`, rn);
    expect(now.json<{ content: string }>().content).toBe('Eén aanhouding.');
    const pd = await s.login('procesregisseur@noord-limburg');
    expect(errorOf((await s.request('POST', `/api/cases/${c.id}/contributions/${corrected}/withdraw`, pd, { reason: 'Niet meer nodig.' })).body).rule).toBe('P4');
    expect((await s.request('POST', `/api/cases/${c.id}/contributions/${corrected}/withdraw`, pol, { reason: 'Niet meer nodig.' })).statusCode).toBe(200);
    expect(errorOf((await s.request('GET', `/api/cases/${c.id}/contributions/${corrected}?purpose=triage`, rn)).body).reason).toBe('withdrawn');
  });

  it('P2: a designated professional adds a contribution; the process director, not designated for a partner, cannot', async () => {
    const c = await caseWithPoliceAnswer();
    const pol = await s.login('politie-limburg@noord-limburg');
    const body = { content: 'Nieuwe melding.', category: 'police_justice', purposes: ['triage', 'rto'], basis: policeBasis };
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, body);
    expect(added.statusCode, added.body).toBe(201);
    const pd = await s.login('procesregisseur@noord-limburg');
    const refused = await s.request('POST', `/api/cases/${c.id}/contributions`, pd, { ...body, basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } });
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'not_designated' });
  });

  it('P12 Nijmegen: nothing is stored before the case is picked up', async () => {
    const gem = await s.login('gemeente-nijmegen@nijmegen');
    const reg = await s.request('POST', '/api/cases', gem, {
      tableId: 'regieteam', subjects: [{ name: 'Huishouden A' }],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const { id } = reg.json<{ id: string }>();
    const res = await s.request('POST', `/api/cases/${id}/contributions`, gem, { content: 'Schulden.', category: 'problematiek', purposes: ['screening'], basis: { kind: 'public_task', law: 'Wet gemeentelijke schuldhulpverlening art. 3' } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ rule: 'P12', reason: 'stored_before_pickup' });
  });
});
