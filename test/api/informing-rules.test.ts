/**
 * Who informs the subject and by when, as each covenant says (`informSubject`, P10): each test
 * runs a shipped collaboration, then a copy with one field changed, and shows the difference over
 * the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, informSubjects, NL, register, step, toMonitoring, toRto } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

/** A Venlo case reported by the housing corporation. */
async function venloCase(): Promise<{ id: string; subjectId: string; registeredAt: Date }> {
  const registeredAt = s.deps.now();
  const c = await register(s, 'woonwenz@venlo', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name: 'Karel Peeters' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Ernstige overlast in en rond de woning.', basis: { kind: 'legitimate_interest', motivation: 'Overlast in en rond de woning' } },
  });
  return { id: c.id, subjectId: c.subjectIds[0] ?? '', registeredAt };
}

async function abilities(cookie: string, caseId: string): Promise<{ recordInforming: boolean }> {
  const res = await s.request('GET', `/api/cases/${caseId}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ abilities: { recordInforming: boolean } }>().abilities;
}

describe('informing the subject as the covenant says (informSubject, P10)', () => {
  it('002-B05 004-X03 processDirectorMayInformOnBehalf: in Venlo the reporter informs, the process director not on its behalf; with the field on it may', async () => {
    const field = configField('informSubject.processDirectorMayInformOnBehalf');
    const c = await venloCase();
    const pd = await s.login('procesregisseur@venlo');
    const body = { subjectId: c.subjectId, informedAt: c.registeredAt.toISOString(), method: 'letter', onBehalfOf: s.partnerId(VENLO, 'woonwenz') };

    expect((await abilities(pd, c.id)).recordInforming).toBe(false);
    const refused = await s.request('POST', `/api/cases/${c.id}/informing`, pd, body);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P10', reason: 'informing_by_director_not_allowed' });
    expect(await s.deps.database.db.selectFrom('informing_records').select('id').where('case_id', '=', c.id).execute()).toEqual([]);

    await withChangedField(s, VENLO, field, true, async () => {
      expect((await abilities(pd, c.id)).recordInforming).toBe(true);
      const allowed = await s.request('POST', `/api/cases/${c.id}/informing`, pd, body);
      expect(allowed.statusCode, allowed.body).toBe(201);
    });

    // The reporter itself may, under the shipped configuration.
    const woonwenz = await s.login('woonwenz@venlo');
    expect((await abilities(woonwenz, c.id)).recordInforming).toBe(true);
    const own = await s.request('POST', `/api/cases/${c.id}/informing`, woonwenz, { ...body, onBehalfOf: undefined });
    expect(own.statusCode, own.body).toBe(201);
  });

  it('002-B05 004-W25 latestAtPhase: in Venlo the reporter informs at registration; informing dated days after it keeps the case out of triage, unlike a covenant that says "by triage"', async () => {
    const field = configField('informSubject.latestAtPhase');
    const c = await venloCase();
    s.advance(3 * 86400_000);
    const woonwenz = await s.login('woonwenz@venlo');
    const later = await s.request('POST', `/api/cases/${c.id}/informing`, woonwenz, { subjectId: c.subjectId, informedAt: new Date(c.registeredAt.getTime() + 2 * 86400_000).toISOString(), method: 'phone' });
    expect(later.statusCode, later.body).toBe(201);
    const pd = await s.login('procesregisseur@venlo');

    const refused = await step(s, pd, c.id, { event: 'accept' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ rule: 'P10', reason: 'subject_informed_after_deadline' });

    await withChangedField(s, VENLO, field, 'triage', async () => {
      const accepted = await step(s, pd, c.id, { event: 'accept' });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().phase).toBe('triage');
    });
  });

  it('002-B05 latestAtPhase: in Venlo the reporter records right after registering that it informed the subject, and the case may go on', async () => {
    const c = await venloCase();
    s.advance(3600 * 1000);
    const woonwenz = await s.login('woonwenz@venlo');
    const informed = await s.request('POST', `/api/cases/${c.id}/informing`, woonwenz, { subjectId: c.subjectId, informedAt: s.deps.now().toISOString(), method: 'in_person' });
    expect(informed.statusCode, informed.body).toBe(201);
    const accepted = await step(s, await s.login('procesregisseur@venlo'), c.id, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('003-44 postponementAllowed: Noord-Limburg allows postponing informing with a reason; a covenant that does not refuses it, and an earlier postponement no longer counts', async () => {
    const field = configField('informSubject.postponementAllowed');
    const c = await register(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    const postpone = { subjectId: c.subjectIds[0], reason: 'Lopend politieonderzoek.', plannedAt: new Date(s.deps.now().getTime() + 14 * 86400_000).toISOString() };
    const first = await s.request('POST', `/api/cases/${c.id}/informing/postponements`, pd, postpone);
    expect(first.statusCode, first.body).toBe(201);

    await withChangedField(s, NL, field, false, async () => {
      const refused = await s.request('POST', `/api/cases/${c.id}/informing/postponements`, pd, postpone);
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P10', reason: 'informing_postponement_not_allowed' });
      const accept = await step(s, pd, c.id, { event: 'accept' });
      expect(accept.statusCode).toBe(403);
      expect(accept.json().error).toMatchObject({ rule: 'P10', reason: 'postponement_not_allowed' });
    });

    expect((await step(s, pd, c.id, ACCEPT)).statusCode).toBe(200);
  });

  it('003-96 responsible: in Noord-Limburg the party holding casusregie informs of the RTO outcome; where only the registrant informs it may not', async () => {
    const field = configField('informSubject.responsible');
    const { c, pd, meetingId } = await toRto(s);
    const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), meetingId });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const vvg = await s.login('vincent-van-gogh@noord-limburg');
    const body = { subjectId: c.subjectIds[0], topic: 'rto_outcome', informedAt: s.deps.now().toISOString(), method: 'in_person' };

    await withChangedField(s, NL, field, 'registrant', async () => {
      expect((await abilities(vvg, c.id)).recordInforming).toBe(false);
      const refused = await s.request('POST', `/api/cases/${c.id}/informing`, vvg, body);
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P10', reason: 'informing_partner_not_responsible' });
    });

    expect((await abilities(vvg, c.id)).recordInforming).toBe(true);
    const allowed = await s.request('POST', `/api/cases/${c.id}/informing`, vvg, body);
    expect(allowed.statusCode, allowed.body).toBe(201);
  });

  it('P10 the registrant of Noord-Limburg still informs through the process director (shipped: processDirectorMayInformOnBehalf)', async () => {
    const c = await register(s);
    await informSubjects(s, c);
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await abilities(pd, c.id)).recordInforming).toBe(true);
    expect((await step(s, pd, c.id, ACCEPT)).statusCode).toBe(200);
  });

  it('003-110 003-94 informing after deletion: the party holding casusregie records, without a subject, that it told the subject of the deletion; that closes its reminder', async () => {
    const DAY = 86400_000;
    const { c, pd } = await toMonitoring(s);
    const vvg = await s.login('vincent-van-gogh@noord-limburg');
    const body = { informedAt: s.deps.now().toISOString(), method: 'letter' };
    const live = await s.request('POST', `/api/cases/${c.id}/deletion-informing`, vvg, body);
    expect(live.statusCode).toBe(409);

    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(190 * DAY);
    expect((await step(s, await s.login('procesregisseur@noord-limburg'), c.id, { event: 'archive' })).statusCode).toBe(200);
    s.advance(200 * DAY);
    expect((await step(s, await s.login('procesregisseur@noord-limburg'), c.id, { event: 'delete' })).statusCode).toBe(200);

    const professional = await s.login('vincent-van-gogh@noord-limburg');
    const reminders = async () => (await s.request('GET', '/api/reminders', professional)).json<{ kind: string; caseId: string | null }[]>();
    expect(await reminders()).toContainEqual(expect.objectContaining({ kind: 'inform_subject_of_deletion', caseId: c.id }));

    const other = await s.request('POST', `/api/cases/${c.id}/deletion-informing`, await s.login('politie-limburg@noord-limburg'), { ...body, informedAt: s.deps.now().toISOString() });
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body)).toMatchObject({ rule: 'P10', reason: 'informing_partner_not_responsible' });
    await withChangedField(s, NL, configField('informSubject.processDirectorMayInformOnBehalf'), false, async () => {
      const director = await s.request('POST', `/api/cases/${c.id}/deletion-informing`, await s.login('procesregisseur@noord-limburg'), { ...body, informedAt: s.deps.now().toISOString() });
      expect(director.statusCode).toBe(403);
      expect(errorOf(director.body)).toMatchObject({ rule: 'P10', reason: 'informing_by_director_not_allowed' });
    });

    const told = await s.request('POST', `/api/cases/${c.id}/deletion-informing`, professional, { informedAt: s.deps.now().toISOString(), method: 'letter' });
    expect(told.statusCode, told.body).toBe(201);
    const row = await s.deps.database.db.selectFrom('deletion_informing').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual(['case_id', 'collaboration_id', 'created_at', 'id', 'informed_at', 'informed_by', 'method', 'on_behalf_of_partner_id']);
    expect(row.on_behalf_of_partner_id).toBe(s.partnerId(NL, 'vincent-van-gogh'));
    expect(await reminders()).not.toContainEqual(expect.objectContaining({ kind: 'inform_subject_of_deletion', caseId: c.id }));
  });
});

describe('Nijmegen: informing is postponed only for a vital interest or a conflict of duties (seed 004 Bijlage 1 art. 5)', () => {
  it('004-P25 a postponement names its ground, one of the two the covenant allows; without one it is refused at the field, the ground stays with the sealed reason; informSubject.postponementGrounds decides which', async () => {
    const field = configField('informSubject.postponementGrounds');
    const reg = await s.login('gemeente-nijmegen@nijmegen');
    const c = await register(s, 'gemeente-nijmegen@nijmegen', {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Claassen' }],
      lifeDomains: ['income_debts'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    const view = (await s.request('GET', `/api/cases/${c.id}`, reg)).json<{ postponementGrounds: string[] | null }>();
    expect(view.postponementGrounds).toEqual(['vital_interest', 'conflict_of_duties']);
    const postpone = { subjectId: c.subjectIds[0], reason: 'Melding bij Veilig Thuis loopt; informeren brengt het kind in gevaar.', plannedAt: new Date(s.deps.now().getTime() + 14 * 86400_000).toISOString() };
    const url = `/api/cases/${c.id}/informing/postponements`;

    const bare = await s.request('POST', url, reg, postpone);
    expect(bare.statusCode, bare.body).toBe(400);
    expect(bare.body).toContain('"field":"ground"');
    expect(bare.body).toContain('Grond voor uitstel');
    const ok = await s.request('POST', url, reg, { ...postpone, ground: 'vital_interest' });
    expect(ok.statusCode, ok.body).toBe(201);
    const listed = await s.request('GET', `/api/cases/${c.id}/informing`, reg);
    expect(listed.body).toContain('Vitaal belang: Melding bij Veilig Thuis loopt');

    await withChangedField(s, 'regieteams-nijmegen', field, ['conflict_of_duties'], async () => {
      const refused = await s.request('POST', url, reg, { ...postpone, ground: 'vital_interest' });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.body).toContain('"field":"ground"');
    });
    // Where the covenant names no grounds (Noord-Limburg, test 003-44 above) a reason alone suffices.
  });
});
