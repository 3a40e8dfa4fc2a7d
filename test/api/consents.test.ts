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
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;

async function caseInTriage(): Promise<{ id: string; subjectId: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const reg = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: 'Anna Smit' }],
    registration: { content: 'Zorgmijding.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  const { id, subjectIds } = reg.json<{ id: string; subjectIds: string[] }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
  return { id, subjectId: subjectIds[0]! };
}

describe('consent (P6, HTTP)', () => {
  it('P6 consent: a contribution resting on consent is readable while it holds; after revocation a reader gets 403 P6 at once', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const vvg = s.partnerId(NL, 'vincent-van-gogh');
    const covered = [vvg, s.partnerId(NL, 'reclassering-nederland'), s.partnerId(NL, 'gemeente-horst-aan-de-maas')];
    const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectId, partners: covered, scope: 'Delen van zorginformatie voor het RTO', givenAt: s.deps.now().toISOString() });
    expect(consent.statusCode, consent.body).toBe(201);
    const consentId = consent.json<{ id: string }>().id;
    const asked = (await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [vvg], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Zorg verkennen', purpose: 'RTO', whyNeeded: 'Zorgmijding', question: 'In zorg?',
    })).json<{ asked: { questionId: string }[] }>().asked;
    const vv = await s.login('vincent-van-gogh@noord-limburg');
    const answer = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, vv, { content: 'Bekend bij de crisisdienst.', special: true, category: 'mental_functioning', basis: { kind: 'consent', consentId } });
    expect(answer.statusCode, answer.body).toBe(201);
    const id = answer.json<{ contributionId: string }>().contributionId;

    const rn = await s.login('reclassering-nederland@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${id}?purpose=triage`, rn)).statusCode).toBe(200);
    const revoked = await s.request('POST', `/api/cases/${c.id}/consents/${consentId}/revoke`, pd);
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await s.request('GET', `/api/cases/${c.id}/contributions/${id}?purpose=triage`, rn);
    expect(after.statusCode).toBe(403);
    expect(errorOf(after.body)).toMatchObject({ rule: 'P6', reason: 'consent_revoked' });
    expect((await s.request('POST', `/api/cases/${c.id}/consents/${consentId}/revoke`, pd)).statusCode).toBe(409);
    const audit = await s.deps.database.db.selectFrom('audit_log').select('action').where('case_id', '=', c.id).where('action', 'like', 'consent.%').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['consent.record', 'consent.revoke']);
  });

  it('P6 consent: a recorded refusal carries no basis; the consent names organisations of the collaboration', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const vvg = s.partnerId(NL, 'vincent-van-gogh');
    const refusal = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectId, partners: [vvg], scope: 'Zorginformatie', givenAt: s.deps.now().toISOString(), refused: true });
    expect(refusal.statusCode).toBe(201);
    const list = await s.request('GET', `/api/cases/${c.id}/consents`, pd);
    expect(list.json<{ refused: boolean }[]>()).toMatchObject([{ refused: true }]);
    const unknown = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectId, partners: [s.partnerId('zorgnetwerk-venlo', 'vincent-van-gogh')], scope: 'x', givenAt: s.deps.now().toISOString() });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).fields?.map((f) => f.field)).toEqual(['partners.0']);

    const asked = (await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
      partners: [vvg], onBehalfOf: s.partnerId(NL, 'reclassering-nederland'), task: 'Zorg verkennen', purpose: 'RTO', whyNeeded: 'Zorgmijding', question: 'In zorg?',
    })).json<{ asked: { questionId: string }[] }>().asked;
    const vv = await s.login('vincent-van-gogh@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/triage-questions/${asked[0]!.questionId}/answers`, vv, { content: 'x', basis: { kind: 'consent', consentId: refusal.json<{ id: string }>().id } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ rule: 'P6', reason: 'consent_not_valid' });
  });

  it('13.13 consent records: only the process director or the partner that recorded a consent records its revocation; the refusal is audited and nothing changes', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const partners = [s.partnerId(NL, 'reclassering-nederland'), s.partnerId(NL, 'vincent-van-gogh')];
    const record = async (who: string): Promise<string> => {
      const res = await s.request('POST', `/api/cases/${c.id}/consents`, who, { subjectId: c.subjectId, partners, scope: 'Delen voor het RTO', givenAt: s.deps.now().toISOString() });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const byDirector = await record(pd);
    const byProbation = await record(rn);
    const byProbationToo = await record(rn);

    const refused = await s.request('POST', `/api/cases/${c.id}/consents/${byDirector}/revoke`, rn);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P6', reason: 'consent_revocation_not_recorder' });
    const still = await s.deps.database.db.selectFrom('consents').select('revoked_at').where('id', '=', byDirector).executeTakeFirstOrThrow();
    expect(still.revoked_at).toBeNull();
    const denied = await s.deps.database.db.selectFrom('audit_log').select(['rule']).where('case_id', '=', c.id).where('action', '=', 'consent.revoke').where('outcome', '=', 'deny').execute();
    expect(denied).toEqual([{ rule: 'P6' }]);

    expect((await s.request('POST', `/api/cases/${c.id}/consents/${byProbation}/revoke`, rn)).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/consents/${byProbationToo}/revoke`, pd)).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/consents/${byDirector}/revoke`, pd)).statusCode).toBe(200);
  });

  it('13.13 consent records: a consent dated in the future or before the case is refused, naming the field; nothing is stored', async () => {
    const c = await caseInTriage();
    const pd = await s.login('procesregisseur@noord-limburg');
    const body = { subjectId: c.subjectId, partners: [s.partnerId(NL, 'vincent-van-gogh')], scope: 'Zorginformatie' };
    const now = s.deps.now().getTime();
    for (const givenAt of [new Date(now + 86_400_000).toISOString(), '2026-05-30T10:00:00Z']) {
      const res = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { ...body, givenAt });
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res.body).fields?.map((f) => f.field)).toEqual(['givenAt']);
    }
    expect(await s.deps.database.db.selectFrom('consents').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
  });

  it('P6: a partner not involved in the case sees no consents', async () => {
    const c = await caseInTriage();
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/consents`, pol)).statusCode).toBe(404);
  });

  it('P7 Venlo: the first disclosure without consent tells only who is involved and what kind of help', async () => {
    const gem = await s.login('gemeente-venlo@venlo');
    const reg = await s.request('POST', '/api/cases', gem, {
      tableId: 'zorgnetwerk-overleg', workArea: 'blerick', subjects: [{ name: 'Bram Hendriks' }],
      registration: { content: 'Vervuiling woning.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const { id } = reg.json<{ id: string }>();
    await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', id).execute();
    // Venlo's weighing motivates both grounds of Bijlage A art. 7.3 (002-A13).
    const weighing = await s.request('POST', `/api/cases/${id}/weighings`, gem, {
      proportionality: 'p',
      subsidiarity: 's',
      effectiveness: 'e',
      informAfterwardsReason: 'r',
      withoutConsentBecause: 'refused',
      noConsentGrounds: { 'ernstige-gezondheidstoestand': 'a', 'dringende-noodzaak-hulp': 'b' },
    });
    expect(weighing.statusCode, weighing.body).toBe(201);
    const body = { category: 'housing', purposes: ['rto'], basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' }, releasedForRto: [s.partnerId('zorgnetwerk-venlo', 'woonwenz')] };
    const content = await s.request('POST', `/api/cases/${id}/contributions`, gem, { ...body, content: 'Hele dossier.' });
    expect(content.statusCode).toBe(403);
    expect(errorOf(content.body)).toMatchObject({ rule: 'P7', reason: 'first_disclosure_not_limited' });
    const first = await s.request('POST', `/api/cases/${id}/contributions`, gem, { ...body, content: 'Wmo-consulent betrokken; hulp bij wonen.', disclosureScope: 'involvement_only' });
    expect(first.statusCode, first.body).toBe(201);
    const second = await s.request('POST', `/api/cases/${id}/contributions`, gem, { ...body, content: 'Hele dossier.' });
    expect(second.statusCode, second.body).toBe(201);
  });
});
