/**
 * Seed 001 art. 7.2 (Midden-Limburg; Noord-Limburg likewise): what an RTO discussed goes to a
 * third party only with the prior written consent of the partner that provided it. Shown on a
 * copy of Maastricht's configuration (which has a third party to add) with the field switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findShippedCollaboration } from '../../src/collaborations/index.js';
import { configField, withChangedField } from '../support/config-field.js';
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
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' };
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

/** A Maastricht case in the RTO with the municipality's released contribution and a third party added. */
async function caseWithThirdParty(): Promise<{ id: string; contribution: string; thirdPartyId: string }> {
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
  const pd = await s.login('procesregisseur@maastricht');
  const third = await s.request('POST', `/api/cases/${id}/third-parties`, pd, {
    userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: 'Veilig Thuis kent het gezin en is nodig voor de veiligheid van de kinderen.', declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
  });
  expect(third.statusCode, third.body).toBe(201);
  return { id, contribution: added.json<{ id: string }>().id, thirdPartyId: third.json<{ id: string }>().id };
}

describe('third parties and the contributor’s written consent (seed 001 art. 7.2)', () => {
  it('001-28 rtoDisclosureNeedsContributorWrittenConsent: where the covenant demands it, the contributor consents only in writing, with the date, before the third party reads', async () => {
    const field = configField('thirdParties.rtoDisclosureNeedsContributorWrittenConsent');
    expect(findShippedCollaboration('zvh-midden-limburg')?.thirdParties.rtoDisclosureNeedsContributorWrittenConsent).toBe(true);
    const gem = await s.login('gemeente-maastricht@maastricht');
    const vt = await s.login(THIRD);

    await withChangedField(s, MH, field, true, async () => {
      const c = await caseWithThirdParty();
      const url = `/api/cases/${c.id}/third-parties/${c.thirdPartyId}/consents`;
      const oral = await s.request('POST', url, gem);
      expect(oral.statusCode).toBe(403);
      expect(errorOf(oral.body)).toMatchObject({ rule: 'P11', reason: 'third_party_consent_not_in_writing' });
      expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt)).statusCode).toBe(403);
      const written = await s.request('POST', url, gem, { writtenConsentSignedAt: '2026-06-01T08:45:00Z' });
      expect(written.statusCode, written.body).toBe(200);
      expect(written.json()).toMatchObject({ meetsP11: true });
      const row = await s.deps.database.db.selectFrom('third_parties').select('written_consents').where('id', '=', c.thirdPartyId).executeTakeFirstOrThrow();
      expect(row.written_consents).toEqual([{ partnerId: s.partnerId(MH, 'gemeente-maastricht'), signedAt: '2026-06-01T08:45:00.000Z' }]);
      expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt)).statusCode).toBe(200);
    });

    // Maastricht as shipped: the covenant asks no written form, so the partner's consent suffices.
    const c = await caseWithThirdParty();
    const consent = await s.request('POST', `/api/cases/${c.id}/third-parties/${c.thirdPartyId}/consents`, gem);
    expect(consent.statusCode, consent.body).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.contribution}?purpose=rto`, vt)).statusCode).toBe(200);
  });

  it('001-28: a written consent dated in the future is refused, naming the field', async () => {
    const c = await caseWithThirdParty();
    const gem = await s.login('gemeente-maastricht@maastricht');
    const res = await s.request('POST', `/api/cases/${c.id}/third-parties/${c.thirdPartyId}/consents`, gem, { writtenConsentSignedAt: '2027-01-01T00:00:00Z' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('writtenConsentSignedAt');
    expect((await s.deps.database.db.selectFrom('third_parties').select('consents_from').where('id', '=', c.thirdPartyId).executeTakeFirstOrThrow()).consents_from).not.toContain(s.partnerId(MH, 'gemeente-maastricht'));
  });
});
