/**
 * Rights requests change what they should, per subject (issue 16 item 1; issue 13 item 1: "act per
 * subject"; AVG art. 16-18, 21): the routed partner carries out rectification, erasure,
 * restriction or objection on its own data about the one member of the household the request is
 * about; the other member's data stays as it was. Over HTTP on the shipped Noord-Limburg
 * configuration (PGlite, or PostgreSQL when DATABASE_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
/** One sign-in per account for the whole file (sign-ins are rate limited). */
const cookies = new Map<string, string>();
const login = async (user: string): Promise<string> => {
  const known = cookies.get(user);
  if (known !== undefined) return known;
  const cookie = await s.login(user);
  cookies.set(user, cookie);
  return cookie;
};
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';
const RN = 'reclassering-nederland@noord-limburg';
const basis = { kind: 'public_task', law: 'Reclasseringsregeling 1995' };
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;

interface Household {
  caseId: string;
  alfa: string;
  beta: string;
  registrationId: string;
  aboutAlfa: string;
  aboutBeta: string;
}

async function household(tag: string): Promise<Household> {
  const rn = await login(RN);
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: `Alfa ${tag}`, relation: 'ouder' }, { name: `Beta ${tag}`, relation: 'kind' }],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    registration: { content: `Zorgen over het gezin ${tag}.`, basis },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; subjectIds: [string, string]; registrationId: string }>();
  const add = async (content: string, subject: string): Promise<string> => {
    const r = await s.request('POST', `/api/cases/${c.id}/contributions`, rn, { content, category: 'income_debts', purposes: ['screening'], basis, subjects: [subject] });
    expect(r.statusCode, r.body).toBe(201);
    return r.json<{ id: string }>().id;
  };
  const aboutAlfa = await add(`Alfa ${tag}: schuld van 12.000 euro bij de woningcorporatie.`, c.subjectIds[0]);
  const aboutBeta = await add(`Beta ${tag}: bijbaan bij de supermarkt.`, c.subjectIds[1]);
  return { caseId: c.id, alfa: c.subjectIds[0], beta: c.subjectIds[1], registrationId: c.registrationId, aboutAlfa, aboutBeta };
}

async function request(kind: string, subjectId: string): Promise<string> {
  const po = await login('privacy@noord-limburg');
  const r = await s.request('POST', '/api/rights-requests', po, { kind, subjectId, requester: 'Per brief' });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ id: string }>().id;
}

const read = async (h: Household, id: string) => s.request('GET', `/api/cases/${h.caseId}/contributions/${id}?purpose=screening`, await login(RN));

async function effects(requestId: string): Promise<{ contribution_id: string | null; effect: string; subject_id: string }[]> {
  return s.deps.database.db.selectFrom('rights_request_effects').select(['contribution_id', 'effect', 'subject_id']).where('request_id', '=', requestId).orderBy('contribution_id').execute();
}

describe('16.1 rights kinds act on the one subject of the request', () => {
  it('16.1 rectification: the partner corrects its contribution about Alfa; the old text is not served any more; the change is audited under Alfa', async () => {
    const h = await household('Rectificatie');
    const id = await request('rectification', h.alfa);
    const rn = await login(RN);
    const view = await s.request('GET', `/api/rights-requests/${id}`, rn);
    expect(view.statusCode, view.body).toBe(200);
    const detail = view.json<{ abilities: { execute: boolean }; ownItems: { id: string; onlyThisSubject: boolean }[] }>();
    expect(detail.abilities.execute).toBe(true);
    // Its own items about Alfa: the one about Alfa and the household's registration, not Beta's.
    expect(detail.ownItems.map((i) => [i.id, i.onlyThisSubject]).sort()).toEqual([[h.aboutAlfa, true], [h.registrationId, false]].sort());
    // Beta's data is not this request's to correct.
    const other = await s.request('POST', `/api/rights-requests/${id}/execute`, rn, { kind: 'rectification', corrections: [{ contributionId: h.aboutBeta, content: 'x' }] });
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body)).toMatchObject({ rule: 'P15', reason: 'P15_rectification_not_own' });
    const wrongKind = await s.request('POST', `/api/rights-requests/${id}/execute`, rn, { kind: 'erasure' });
    expect(errorOf(wrongKind.body)).toMatchObject({ rule: 'P15', reason: 'P15_execution_other_kind' });

    const done = await s.request('POST', `/api/rights-requests/${id}/execute`, rn, { kind: 'rectification', corrections: [{ contributionId: h.aboutAlfa, content: 'Alfa Rectificatie: schuld van 1.200 euro, regeling loopt.' }] });
    expect(done.statusCode, done.body).toBe(201);
    const replacedBy = done.json<{ effects: { effect: string; replacedBy: string }[] }>().effects[0]?.replacedBy ?? '';
    const old = await read(h, h.aboutAlfa);
    expect(old.statusCode).toBe(403);
    expect(old.body).not.toContain('12.000');
    const corrected = await read(h, replacedBy);
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<{ content: string; subjectIds: string[] }>()).toMatchObject({ content: 'Alfa Rectificatie: schuld van 1.200 euro, regeling loopt.', subjectIds: [h.alfa] });
    expect((await read(h, h.aboutBeta)).statusCode).toBe(200);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['subject_id', 'contribution_id', 'on_behalf_of_partner_id']).where('action', '=', 'contribution.rectify').where('case_id', '=', h.caseId).execute();
    expect(audit).toEqual([{ subject_id: h.alfa, contribution_id: h.aboutAlfa, on_behalf_of_partner_id: s.partnerId(NL, 'reclassering-nederland') }]);
    // It counts as the partner's answer.
    const after = (await s.request('GET', `/api/rights-requests/${id}`, rn)).json<{ abilities: { execute: boolean; answerFor: string | null }; effects: { effect: string }[] }>();
    expect(after.abilities).toMatchObject({ execute: false, answerFor: null });
    expect(after.effects.map((e) => e.effect)).toEqual(['rectified']);
  });

  it("16.1 erasure: the partner's data about Alfa alone is erased; the household's registration is left shared; Beta's stays; a refusal for Beta records its ground and changes nothing", async () => {
    const h = await household('Wissing');
    const id = await request('erasure', h.alfa);
    const rn = await login(RN);
    const done = await s.request('POST', `/api/rights-requests/${id}/execute`, rn, { kind: 'erasure' });
    expect(done.statusCode, done.body).toBe(201);
    expect((await effects(id)).map((e) => [e.contribution_id, e.effect, e.subject_id]).sort()).toEqual([[h.aboutAlfa, 'erased', h.alfa], [h.registrationId, 'left_shared', h.alfa]].sort());
    const erased = await s.deps.database.db.selectFrom('contributions').select(['erased_at', 'withdrawn_at']).where('id', '=', h.aboutAlfa).executeTakeFirstOrThrow();
    expect(erased.erased_at).not.toBeNull();
    expect((await read(h, h.aboutAlfa)).statusCode).toBe(403);
    expect((await read(h, h.registrationId)).statusCode).toBe(200);
    expect((await read(h, h.aboutBeta)).json<{ content: string }>().content).toContain('bijbaan');
    // Where the law does not allow it, the partner refuses citing its ground: recorded, nothing erased.
    const forBeta = await request('erasure', h.beta);
    const refused = await s.request('POST', `/api/rights-requests/${forBeta}/partner-answer`, rn, { outcome: 'refused', regime: 'avg', ground: 'uavg41_d', partial: false, motivation: 'Nodig voor het toezicht op de bijzondere voorwaarden.' });
    expect(refused.statusCode, refused.body).toBe(201);
    expect(refused.json<{ refusalGround: string }>().refusalGround).toMatch(/41/);
    expect((await read(h, h.aboutBeta)).statusCode).toBe(200);
    expect(await effects(forBeta)).toEqual([]);
  });

  it("16.1 restriction: Alfa's data is stored but not processed (refused naming P15), shown as restricted in Alfa's access answer; Beta's is processed as before", async () => {
    const h = await household('Beperking');
    const id = await request('restriction', h.alfa);
    const rn = await login(RN);
    expect((await read(h, h.aboutAlfa)).statusCode).toBe(200);
    const done = await s.request('POST', `/api/rights-requests/${id}/execute`, rn, { kind: 'restriction' });
    expect(done.statusCode, done.body).toBe(201);
    const refused = await read(h, h.aboutAlfa);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P15', reason: 'P15_restricted_processing' });
    expect((await read(h, h.aboutBeta)).statusCode).toBe(200);
    expect((await read(h, h.registrationId)).statusCode).toBe(200);
    const denied = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'rule']).where('contribution_id', '=', h.aboutAlfa).where('action', '=', 'contribution.read').where('outcome', '=', 'deny').execute();
    expect(denied).toEqual([{ outcome: 'deny', rule: 'P15' }]);
    // Within an access request of Alfa the privacy officer still sees it, marked restricted.
    const access = await request('access', h.alfa);
    const po = await login('privacy@noord-limburg');
    const overview = await s.request('GET', `/api/rights-requests/${access}/access-answer`, po);
    expect(overview.statusCode, overview.body).toBe(200);
    const item = overview.json<{ answer: { data: { contributionId: string; restriction?: string }[] } }>().answer.data.find((d) => d.contributionId === h.aboutAlfa);
    expect(item?.restriction).toBe('restriction');
  });

  it('16.1 objection: upheld, processing of Alfa\'s data stops; overridden by the weighing, nothing changes and the reason is recorded', async () => {
    const h = await household('Bezwaar');
    const rn = await login(RN);
    const overridden = await request('objection', h.beta);
    const noReason = await s.request('POST', `/api/rights-requests/${overridden}/execute`, rn, { kind: 'objection', upheld: false, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const kept = await s.request('POST', `/api/rights-requests/${overridden}/execute`, rn, { kind: 'objection', upheld: false, reason: 'Dwingende gerechtvaardigde gronden: toezicht op de voorwaarden van de rechter.' });
    expect(kept.statusCode, kept.body).toBe(201);
    expect((await effects(overridden)).map((e) => [e.contribution_id, e.effect])).toEqual([[null, 'objection_overridden']]);
    const sealed = await s.deps.database.db.selectFrom('rights_request_effects').select('reason_enc').where('request_id', '=', overridden).executeTakeFirstOrThrow();
    expect(sealed.reason_enc?.toString('utf8') ?? '').not.toContain('Dwingende');
    expect(sealed.reason_enc).not.toBeNull();
    expect((await read(h, h.aboutBeta)).statusCode).toBe(200);

    const upheld = await request('objection', h.alfa);
    const stop = await s.request('POST', `/api/rights-requests/${upheld}/execute`, rn, { kind: 'objection', upheld: true, reason: 'Geen dwingende gronden die zwaarder wegen.' });
    expect(stop.statusCode, stop.body).toBe(201);
    const refused = await read(h, h.aboutAlfa);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P15', reason: 'P15_objection_upheld' });
    expect((await read(h, h.aboutBeta)).statusCode).toBe(200);
  });
});

describe('13.1 lifting a restriction (AVG art. 18.3; 000-R28)', () => {
  const lift = async (id: string, body: unknown, user = 'privacy@noord-limburg') => s.request('POST', `/api/rights-requests/${id}/lift-restriction`, await login(user), body);

  it("13.1 lift: Alfa's restricted data is refused until the privacy officer lifts the restriction with a reason, the subject informed beforehand; then it is read again; both are audited under Alfa", async () => {
    const h = await household('Opheffing');
    const id = await request('restriction', h.alfa);
    const rn = await login(RN);
    expect((await s.request('POST', `/api/rights-requests/${id}/execute`, rn, { kind: 'restriction' })).statusCode).toBe(201);
    // Not before lifting.
    expect(errorOf((await read(h, h.aboutAlfa)).body)).toMatchObject({ rule: 'P15', reason: 'P15_restricted_processing' });
    const today = s.deps.now().toISOString().slice(0, 10);
    // Only the privacy office lifts; a reason and a past informing date are required.
    const byPartner = await lift(id, { reason: 'Juistheid vastgesteld.', subjectInformedAt: today }, RN);
    expect(byPartner.statusCode).toBe(403);
    expect(errorOf(byPartner.body).rule).toBe('P15');
    const noReason = await lift(id, { reason: ' ', subjectInformedAt: today });
    expect(noReason.statusCode).toBe(400);
    const future = new Date(s.deps.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const notYetInformed = await lift(id, { reason: 'Juistheid vastgesteld.', subjectInformedAt: future });
    expect(notYetInformed.statusCode, notYetInformed.body).toBe(400);
    expect(notYetInformed.body).toContain('subjectInformedAt');
    expect((await read(h, h.aboutAlfa)).statusCode).toBe(403);

    const done = await lift(id, { reason: 'De juistheid is vastgesteld (art. 18 lid 1 sub a AVG).', subjectInformedAt: today });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json<{ lifted: { id: string }[] }>().lifted.map((l) => l.id)).toEqual([h.aboutAlfa]);
    // After lifting: read again.
    const again = await read(h, h.aboutAlfa);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ content: string }>().content).toContain('12.000');
    const audit = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'contribution_id'])
      .where('case_id', '=', h.caseId)
      .where('action', 'in', ['contribution.restrict', 'contribution.restriction_lifted'])
      .orderBy('action')
      .execute();
    expect(audit).toEqual([
      { action: 'contribution.restrict', subject_id: h.alfa, contribution_id: h.aboutAlfa },
      { action: 'contribution.restriction_lifted', subject_id: h.alfa, contribution_id: h.aboutAlfa },
    ]);
    const rows = await s.deps.database.db.selectFrom('rights_request_effects').select(['effect', 'subject_informed_at', 'reason_enc']).where('request_id', '=', id).where('effect', '=', 'restriction_lifted').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject_informed_at?.toISOString().slice(0, 10)).toBe(today);
    expect(rows[0]?.reason_enc?.toString('utf8') ?? '').not.toContain('juistheid');
    // Nothing left to lift; an upheld objection is not a restriction.
    expect((await lift(id, { reason: 'Nogmaals.', subjectInformedAt: today })).statusCode).toBe(403);
    const objection = await request('objection', h.beta);
    expect((await s.request('POST', `/api/rights-requests/${objection}/execute`, rn, { kind: 'objection', upheld: true, reason: 'Geen dwingende gronden.' })).statusCode).toBe(201);
    const notLifted = await lift(objection, { reason: 'x', subjectInformedAt: today });
    expect(errorOf(notLifted.body)).toMatchObject({ rule: 'P15', reason: 'P15_lift_not_restriction' });
    expect((await read(h, h.aboutBeta)).statusCode).toBe(403);
  });
});
