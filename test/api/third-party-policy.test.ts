/**
 * `thirdParties.policy` decides which third parties a covenant admits: under P11 (Maastricht as
 * shipped), only invited to the meeting with the subject's consent as the basis (Venlo, seed 002
 * Bijlage A art. 8-9), or none. Shown by changing the field in a copy of Maastricht's shipped
 * configuration; a refusal names its rule and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function rtoCase(name: string): Promise<{ id: string; consentId: string }> {
  const gem = await s.login('gemeente-maastricht@maastricht');
  const reg = await s.request('POST', '/api/cases', gem, { tableId: 'mdo-integrale-aanpak', subjects: [{ name }], registration: { content: 'Zelfverwaarlozing.', basis }, processDirectorId: s.userId('procesregisseur@maastricht') });
  expect(reg.statusCode, reg.body).toBe(201);
  const { id, subjectIds } = reg.json<{ id: string; subjectIds: string[] }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', id).execute();
  const consent = await s.request('POST', `/api/cases/${id}/consents`, gem, {
    subjectId: subjectIds[0], scope: 'Veilig Thuis uitnodigen voor het RTO', givenAt: s.deps.now().toISOString(),
    partners: [s.partnerId(MH, 'gemeente-maastricht'), s.partnerId(MH, 'veilig-thuis-zuid-limburg')],
  });
  expect(consent.statusCode, consent.body).toBe(201);
  return { id, consentId: consent.json<{ id: string }>().id };
}

const add = async (caseId: string, b: object) =>
  s.request('POST', `/api/cases/${caseId}/third-parties`, await s.login('procesregisseur@maastricht'), {
    userId: s.userId(THIRD), basis: b, motivation: 'Veilig Thuis heeft de melding over de kinderen.', declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
  });
const stored = async (caseId: string): Promise<number> => (await s.deps.database.db.selectFrom('third_parties').select('id').where('case_id', '=', caseId).execute()).length;

describe('thirdParties.policy: which third parties the covenant admits', () => {
  it('thirdParties.policy: under P11 a third party joins on a public-task basis; a covenant without third parties refuses it, storing nothing', async () => {
    const shipped = await rtoCase('Noor Claessens');
    expect((await add(shipped.id, { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' })).statusCode).toBe(201);
    const c = await rtoCase('Bram Claessens');
    await withChangedField(s, MH, configField('thirdParties.policy'), 'none', async () => {
      const refused = await add(c.id, { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P11', reason: 'third_parties_not_in_covenant' });
      expect(await stored(c.id)).toBe(0);
    });
  });

  it('thirdParties.policy: invited to the meeting only with the subject\'s consent (Venlo\'s rule): another basis is refused, the consent admits', async () => {
    const c = await rtoCase('Fleur Claessens');
    await withChangedField(s, MH, configField('thirdParties.policy'), 'rto_invitation_with_subject_consent', async () => {
      const refused = await add(c.id, { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json<{ error: { reason: string } }>().error.reason).toBe('third_party_needs_subject_consent');
      expect(await stored(c.id)).toBe(0);
      const admitted = await add(c.id, { kind: 'consent', consentId: c.consentId });
      expect(admitted.statusCode, admitted.body).toBe(201);
    });
  });
});
