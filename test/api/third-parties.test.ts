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

const MH = 'veiligheidshuis-maastricht-heuvelland';
const THIRD = 'veilig-thuis-zuid-limburg@maastricht';
const MOTIVATION = 'Veilig Thuis heeft de melding over de kinderen; zonder Veilig Thuis kan het RTO geen veiligheidsplan maken.';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;
const fieldsOf = (body: string): string[] => (errorOf(body).fields ?? []).map((f) => f.field);
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' };

/** A case in the RTO phase whose registrant (the municipality) released one contribution to everybody, under consent. */
async function caseWithRelease(): Promise<{ id: string; contribution: string; subjectId: string; consentId: string }> {
  const gem = await s.login('gemeente-maastricht@maastricht');
  const reg = await s.request('POST', '/api/cases', gem, {
    tableId: 'mdo-integrale-aanpak', subjects: [{ name: 'Lisa Vos' }],
    registration: { content: 'Zelfverwaarlozing.', basis },
    processDirectorId: s.userId('procesregisseur@maastricht'),
  });
  expect(reg.statusCode, reg.body).toBe(201);
  const { id, subjectIds } = reg.json<{ id: string; subjectIds: string[] }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', id).execute();
  const consent = await s.request('POST', `/api/cases/${id}/consents`, gem, {
    subjectId: subjectIds[0], scope: 'Delen met Veilig Thuis voor het RTO', givenAt: s.deps.now().toISOString(),
    partners: [s.partnerId(MH, 'gemeente-maastricht'), s.partnerId(MH, 'veilig-thuis-zuid-limburg')],
  });
  expect(consent.statusCode, consent.body).toBe(201);
  const consentId = consent.json<{ id: string }>().id;
  const added = await s.request('POST', `/api/cases/${id}/contributions`, gem, { content: 'Woning sterk vervuild; kinderen in huis.', category: 'housing', purposes: ['rto'], basis, releasedForRto: 'all' });
  expect(added.statusCode, added.body).toBe(201);
  return { id, contribution: added.json<{ id: string }>().id, subjectId: subjectIds[0] ?? '', consentId };
}

describe('third parties (P11, HTTP)', () => {
  it('P11 third parties: the third party reads only once every partner in the case consented; before that 403 P11', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, {
      userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ meetsP11: false });
    const vt = await s.login(THIRD);
    const before = await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt);
    expect(before.statusCode).toBe(403);
    expect(errorOf(before.body)).toMatchObject({ rule: 'P11', reason: 'third_party_conditions' });

    const gem = await s.login('gemeente-maastricht@maastricht');
    const consent = await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, gem);
    expect(consent.statusCode, consent.body).toBe(200);
    expect(consent.json()).toMatchObject({ meetsP11: true });
    const after = await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json<{ content: string }>().content).toContain('Woning sterk vervuild');
  });

  it('P11 third parties: without the subject informed the third party stays refused, even with every consent', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z' });
    const gem = await s.login('gemeente-maastricht@maastricht');
    const consent = await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, gem);
    expect(consent.json()).toMatchObject({ meetsP11: false });
    const vt = await s.login(THIRD);
    expect(errorOf((await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt)).body).rule).toBe('P11');
  });

  it('P11 third parties: a covenant partner\'s user is no third party; only the process director adds one; an uninvolved partner cannot consent', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const body = { basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z' };
    const member = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, userId: s.userId('politie-limburg@maastricht') });
    expect(errorOf(member.body)).toMatchObject({ rule: 'P11', reason: 'third_party_is_member' });
    const gem = await s.login('gemeente-maastricht@maastricht');
    const notStaff = await s.request('POST', `/api/cases/${c.id}/third-parties`, gem, { ...body, userId: s.userId(THIRD) });
    expect(errorOf(notStaff.body)).toMatchObject({ rule: 'P2', reason: 'not_acting_in_case' });
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, userId: s.userId(THIRD) });
    const pdConsent = await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, pd);
    expect(errorOf(pdConsent.body)).toMatchObject({ rule: 'P2', reason: 'not_designated' });
  });

  it('13.9 000-R13b third parties: a cited consent that does not exist, or does not name the third party, is refused naming the field; nothing is stored', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const body = { userId: s.userId(THIRD), motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z' };
    const phantom = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, basis: { kind: 'consent', consentId: '00000000-0000-0000-0000-000000000000' } });
    expect(phantom.statusCode, phantom.body).toBe(400);
    expect(fieldsOf(phantom.body)).toEqual(['basis.consentId']);
    const gem = await s.login('gemeente-maastricht@maastricht');
    const narrow = await s.request('POST', `/api/cases/${c.id}/consents`, gem, { subjectId: c.subjectId, scope: 'Alleen de gemeente', givenAt: s.deps.now().toISOString(), partners: [s.partnerId(MH, 'gemeente-maastricht')] });
    const notNaming = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, basis: { kind: 'consent', consentId: narrow.json<{ id: string }>().id } });
    expect(notNaming.statusCode).toBe(400);
    expect(fieldsOf(notNaming.body)).toEqual(['basis.consentId']);
    const noMotivation = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, motivation: ' ', basis: { kind: 'consent', consentId: c.consentId } });
    expect(noMotivation.statusCode).toBe(400);
    expect(fieldsOf(noMotivation.body)).toEqual(['motivation']);
    expect(await s.deps.database.db.selectFrom('third_parties').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
  });

  it('13.9 third parties: on a consent basis that holds the third party reads, with its motivation stored encrypted; once that consent is revoked it is refused at once (P11)', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, {
      userId: s.userId(THIRD), basis: { kind: 'consent', consentId: c.consentId }, motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
    });
    expect(added.statusCode, added.body).toBe(201);
    const stored = await s.deps.database.db.selectFrom('third_parties').select('motivation_enc').where('id', '=', added.json<{ id: string }>().id).executeTakeFirstOrThrow();
    expect(stored.motivation_enc).not.toBeNull();
    expect(Buffer.from(stored.motivation_enc ?? []).toString('utf8')).not.toContain('Veilig Thuis heeft');
    const gem = await s.login('gemeente-maastricht@maastricht');
    expect((await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, gem)).json()).toMatchObject({ meetsP11: true });
    const vt = await s.login(THIRD);
    const read = () => s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt);
    expect((await read()).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/consents/${c.consentId}/revoke`, gem)).statusCode).toBe(200);
    const after = await read();
    expect(after.statusCode).toBe(403);
    expect(errorOf(after.body)).toMatchObject({ rule: 'P11', reason: 'third_party_conditions' });
  });

  it('000-R26 the access answer names as recipient the organisation that read a contribution released to all RTO participants (art. 8.1b), not the contributor', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, {
      userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
    });
    const gem = await s.login('gemeente-maastricht@maastricht');
    expect((await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, gem)).json()).toMatchObject({ meetsP11: true });
    const po = await s.login('privacy@maastricht');
    const answerOf = async () => {
      const req = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: c.subjectId, requester: 'Lisa Vos' });
      expect(req.statusCode, req.body).toBe(201);
      const res = await s.request('GET', `/api/rights-requests/${req.json<{ id: string }>().id}/access-answer`, po);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ answer: { recipients: string[]; data: { contributionId: string }[] } }>().answer;
    };
    // Released to "all" and read by nobody yet: no recipient to name.
    const before = await answerOf();
    expect(before.data.map((d) => d.contributionId)).toContain(c.contribution);
    expect(before.recipients).toEqual([]);
    const vt = await s.login(THIRD);
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt)).statusCode).toBe(200);
    const after = await answerOf();
    expect(after.recipients).toEqual([s.partnerId(MH, 'veilig-thuis-zuid-limburg')]);
  });

  it('13.9 third parties: informing the subject about the third party can be recorded afterwards, and then counts', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: MOTIVATION, declarationSignedAt: '2026-06-01T08:00:00Z' });
    const gem = await s.login('gemeente-maastricht@maastricht');
    expect((await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, gem)).json()).toMatchObject({ meetsP11: false });
    const vt = await s.login(THIRD);
    const read = () => s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt);
    expect((await read()).statusCode).toBe(403);
    const informed = await s.request('POST', `/api/cases/${c.id}/informing`, gem, { subjectId: c.subjectId, topic: 'third_party', informedAt: s.deps.now().toISOString(), method: 'phone' });
    expect(informed.statusCode, informed.body).toBe(201);
    expect((await read()).statusCode).toBe(200);
    const list = (await s.request('GET', `/api/cases/${c.id}/third-parties`, pd)).json<{ meetsP11: boolean; subjectInformedAt: string | null }[]>();
    expect(list).toMatchObject([{ meetsP11: true, subjectInformedAt: s.deps.now().toISOString() }]);
  });

  it('13.9 third parties need a VOG like everyone with access (seed 004 Bijlage 2, 004-R13): without one the third party is refused personal data', async () => {
    const vt = await s.login(THIRD);
    expect((await s.request('GET', '/api/cases', vt)).statusCode).toBe(200);
    await s.deps.database.db.updateTable('users').set({ vog_checked_at: null }).where('id', '=', s.userId(THIRD)).execute();
    try {
      const refused = await s.request('GET', '/api/cases', await s.login(THIRD));
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ reason: 'no_vog_check' });
    } finally {
      await s.deps.database.db.updateTable('users').set({ vog_checked_at: s.deps.now() }).where('id', '=', s.userId(THIRD)).execute();
    }
  });
});
