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
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' };

/** A case in the RTO phase whose registrant (the municipality) released one contribution to everybody, under consent. */
async function caseWithRelease(): Promise<{ id: string; contribution: string }> {
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
  const added = await s.request('POST', `/api/cases/${id}/contributions`, gem, { content: 'Woning sterk vervuild; kinderen in huis.', category: 'housing', purposes: ['rto'], basis, releasedForRto: 'all' });
  expect(added.statusCode, added.body).toBe(201);
  return { id, contribution: added.json<{ id: string }>().id };
}

describe('third parties (P11, HTTP)', () => {
  it('P11 third parties: the third party reads only once every partner in the case consented; before that 403 P11', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, {
      userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
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
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, declarationSignedAt: '2026-06-01T08:00:00Z' });
    const gem = await s.login('gemeente-maastricht@maastricht');
    const consent = await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, gem);
    expect(consent.json()).toMatchObject({ meetsP11: false });
    const vt = await s.login(THIRD);
    expect(errorOf((await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt)).body).rule).toBe('P11');
  });

  it('P11 third parties: a covenant partner\'s user is no third party; only the process director adds one; an uninvolved partner cannot consent', async () => {
    const c = await caseWithRelease();
    const pd = await s.login('procesregisseur@maastricht');
    const body = { basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z' };
    const member = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, userId: s.userId('politie-limburg@maastricht') });
    expect(errorOf(member.body)).toMatchObject({ rule: 'P11', reason: 'third_party_is_member' });
    const gem = await s.login('gemeente-maastricht@maastricht');
    const notStaff = await s.request('POST', `/api/cases/${c.id}/third-parties`, gem, { ...body, userId: s.userId(THIRD) });
    expect(errorOf(notStaff.body)).toMatchObject({ rule: 'P2', reason: 'not_acting_in_case' });
    const added = await s.request('POST', `/api/cases/${c.id}/third-parties`, pd, { ...body, userId: s.userId(THIRD) });
    const pdConsent = await s.request('POST', `/api/cases/${c.id}/third-parties/${added.json<{ id: string }>().id}/consents`, pd);
    expect(errorOf(pdConsent.body)).toMatchObject({ rule: 'P2', reason: 'not_designated' });
  });
});
