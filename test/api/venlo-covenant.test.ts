/**
 * Zorgnetwerk Venlo's own rules (seed 002), over HTTP on the shipped configuration, with one field
 * changed in a copy where a test shows what the field does: the subject may always attend its
 * own RTO; the police provide on the art. 20 Wpg decision only, outside the consent-or-weighing
 * rule, with special categories only as a supplement; each partner's first disclosure without
 * consent is limited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, preparation, register, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const GEMEENTE_LAW = 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1';
const WPG20 = { kind: 'wpg20', decision: 'Art. 20-beslissing "Zorgnetwerk Venlo" van 1 juli 2021' };
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

/** A Venlo case reported by the municipality and accepted; the subject informed at registration. */
async function venloCase(): Promise<{ id: string; subjectId: string; pd: string }> {
  const c = await register(s, 'gemeente-venlo@venlo', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name: 'Piet Jansen' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: GEMEENTE_LAW } },
  });
  await informSubjects(s, c, VENLO, 'gemeente-venlo', 'gemeente-venlo@venlo');
  const pd = await s.login('procesregisseur@venlo');
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
  return { id: c.id, subjectId: c.subjectIds[0] ?? '', pd };
}

/** Designates `username` in the case for its organisation, as an invitation or a taken-up question would. */
async function designate(caseId: string, slug: string, username: string): Promise<void> {
  await s.deps.database.withTransaction(systemContext(), async (trx) => {
    await trx
      .insertInto('involvement')
      .values({ case_id: caseId, collaboration_id: s.collaborationId(VENLO), partner_id: s.partnerId(VENLO, slug), user_id: s.userId(username), designated_by: s.userId('procesregisseur@venlo') })
      .execute();
  });
}

describe('Zorgnetwerk Venlo: the subject at its own RTO (seed 002 art. 2j, 7.1)', () => {
  it('002-C04 subjectMayAlwaysAttend: the subject is invited to its own RTO without a consent record; a representative still needs one; without the field the subject needs consent too', async () => {
    const field = configField('process.subjectMayAlwaysAttend');
    const c = await venloCase();
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, c.pd, { ...preparation, preparation: { ...preparation.preparation, subjectInvolvement: 'invited' } });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/cases/${c.id}/meetings/${created.json<{ id: string }>().id}/invitations`;

    await withChangedField(s, VENLO, field, false, async () => {
      const refused = await s.request('POST', url, c.pd, { subjectId: c.subjectId, role: 'subject' });
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'attendee_without_consent' });
    });

    const representative = await s.request('POST', url, c.pd, { subjectId: c.subjectId, role: 'representative', representativeName: 'M. Jansen (zus)' });
    expect(representative.statusCode).toBe(403);
    expect(errorOf(representative.body)).toMatchObject({ rule: 'P2', reason: 'attendee_without_consent' });
    const subject = await s.request('POST', url, c.pd, { subjectId: c.subjectId, role: 'subject' });
    expect(subject.statusCode, subject.body).toBe(201);
    expect(await s.deps.database.db.selectFrom('consents').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
  });

  it('002-C04 subjectMayAttend: where the covenant lets no subject attend, the subject is not invited at all', async () => {
    const field = configField('process.subjectMayAttend');
    const c = await venloCase();
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, c.pd, preparation);
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/cases/${c.id}/meetings/${created.json<{ id: string }>().id}/invitations`;
    await withChangedField(s, VENLO, field, false, async () => {
      const refused = await s.request('POST', url, c.pd, { subjectId: c.subjectId, role: 'subject' });
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'subject_may_not_attend' });
    });
    expect((await s.request('POST', url, c.pd, { subjectId: c.subjectId, role: 'subject' })).statusCode).toBe(201);
  });
});

describe('Zorgnetwerk Venlo: police data (seed 002 Bijlage A art. 7.2, 10.1; art. 20 Wpg decision)', () => {
  const policeBody = (content: string, extra: object = {}) => ({ content, category: 'melding', purposes: ['rto'], basis: WPG20, police: true, releasedForRto: 'all', ...extra });

  it('002-A12 wpg20OutsideConsentRule: the police release on the art. 20 Wpg decision without consent and without a weighing; where the covenant has no such clause they need one', async () => {
    const field = configField('process.wpg20OutsideConsentRule');
    const c = await venloCase();
    await designate(c.id, 'politie-limburg', 'politie-limburg@venlo');
    const pol = await s.login('politie-limburg@venlo');
    await withChangedField(s, VENLO, field, false, async () => {
      const refused = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Meerdere meldingen van overlast in 2026.'));
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P7', reason: 'weighing_missing' });
    });
    const res = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Meerdere meldingen van overlast in 2026.'));
    expect(res.statusCode, res.body).toBe(201);
    expect(await s.deps.database.db.selectFrom('weighings').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    // Another partner's release without consent still needs its own weighing (P7).
    const gem = await s.login('gemeente-venlo@venlo');
    const other = await s.request('POST', `/api/cases/${c.id}/contributions`, gem, { content: 'Wmo-consulent betrokken.', category: 'housing', purposes: ['rto'], basis: { kind: 'public_task', law: GEMEENTE_LAW }, releasedForRto: 'all' });
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body)).toMatchObject({ rule: 'P7', reason: 'weighing_missing' });
  });

  it('002-A20: in Venlo police data rests only on the art. 20 Wpg decision; in Noord-Limburg the police task (Politiewet art. 3) is also in the catalogue', async () => {
    const c = await venloCase();
    await designate(c.id, 'politie-limburg', 'politie-limburg@venlo');
    const pol = await s.login('politie-limburg@venlo');
    const taskBasis = { kind: 'public_task', law: 'Politiewet 2012 art. 3' };
    const refused = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Bekend bij de wijkagent.', { basis: taskBasis, releasedForRto: 'none' }));
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P5', reason: 'basis_not_in_catalogue' });

    const nl = await register(s, 'politie-limburg@noord-limburg', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Kees Hendriks' }],
      registration: { content: 'Overlast in de wijk.', basis: taskBasis },
    });
    expect(nl.id).toBeTruthy();
  });

  it('002-A20: special-category police data only as a supplement to ordinary police data already provided in the case', async () => {
    const c = await venloCase();
    await designate(c.id, 'politie-limburg', 'politie-limburg@venlo');
    const pol = await s.login('politie-limburg@venlo');
    const special = policeBody('Eerdere veroordeling voor mishandeling (2019).', { special: true });
    const first = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, special);
    expect(first.statusCode).toBe(403);
    expect(errorOf(first.body)).toMatchObject({ rule: 'P9', reason: 'police_special_not_supplement' });
    expect(await s.deps.database.db.selectFrom('contributions').select('id').where('case_id', '=', c.id).where('by_partner_id', '=', s.partnerId(VENLO, 'politie-limburg')).execute()).toEqual([]);
    expect((await s.request('POST', `/api/cases/${c.id}/contributions`, pol, policeBody('Meerdere meldingen van overlast.'))).statusCode).toBe(201);
    const supplement = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, special);
    expect(supplement.statusCode, supplement.body).toBe(201);
  });
});

describe('Zorgnetwerk Venlo: the first disclosure without consent, per partner (seed 002 Bijlage A art. 7.6)', () => {
  it('002-A15 firstDisclosureWithoutConsentLimited: after the municipality disclosed, the housing corporation’s own first disclosure is still limited; without the field it is not', async () => {
    const field = configField('process.firstDisclosureWithoutConsentLimited');
    const c = await venloCase();
    await designate(c.id, 'woonwenz', 'woonwenz@venlo');
    // Venlo's weighing motivates both grounds of Bijlage A art. 7.3 (002-A13).
    const weighing = {
      proportionality: 'Alleen wat nodig is',
      subsidiarity: 'Geen lichter middel',
      effectiveness: 'Helpt de toeleiding',
      informAfterwardsReason: 'Betrokkene wordt na het overleg geïnformeerd',
      withoutConsentBecause: 'refused',
      noConsentGrounds: { 'ernstige-gezondheidstoestand': 'Ernstige vervuiling, vermagering', 'dringende-noodzaak-hulp': 'Uitzetting dreigt' },
    };
    const gem = await s.login('gemeente-venlo@venlo');
    const woon = await s.login('woonwenz@venlo');
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, gem, weighing)).statusCode).toBe(201);
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, woon, weighing)).statusCode).toBe(201);
    const gemBody = { category: 'housing', purposes: ['rto'], basis: { kind: 'public_task', law: GEMEENTE_LAW }, releasedForRto: [s.partnerId(VENLO, 'woonwenz')] };
    const limited = await s.request('POST', `/api/cases/${c.id}/contributions`, gem, { ...gemBody, content: 'Wmo-consulent betrokken; hulp bij wonen.', disclosureScope: 'involvement_only' });
    expect(limited.statusCode, limited.body).toBe(201);

    const woonBody = { content: 'Huurachterstand van vier maanden en klachten van buren.', category: 'housing', purposes: ['rto'], basis: { kind: 'legitimate_interest', motivation: 'Overlast in en rond de woning' }, releasedForRto: [s.partnerId(VENLO, 'gemeente-venlo')] };
    const refused = await s.request('POST', `/api/cases/${c.id}/contributions`, woon, woonBody);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P7', reason: 'first_disclosure_not_limited' });

    await withChangedField(s, VENLO, field, false, async () => {
      const allowed = await s.request('POST', `/api/cases/${c.id}/contributions`, woon, woonBody);
      expect(allowed.statusCode, allowed.body).toBe(201);
    });
  });
});

describe('Zorgnetwerk Venlo: corrections of police data reach those who received them (seed 002 Bijlage D §7)', () => {
  it('002-D08 the police correct a released provision: the housing corporation it reached is told in its inbox, without the content; a partner it did not reach is not', async () => {
    const c = await venloCase();
    await designate(c.id, 'politie-limburg', 'politie-limburg@venlo');
    await designate(c.id, 'woonwenz', 'woonwenz@venlo');
    await designate(c.id, 'includio', 'includio@venlo');
    const pol = await s.login('politie-limburg@venlo');
    const given = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, {
      content: 'Drie meldingen van overlast in 2026.',
      category: 'melding',
      purposes: ['rto'],
      basis: WPG20,
      police: true,
      releasedForRto: [s.partnerId(VENLO, 'woonwenz')],
    });
    expect(given.statusCode, given.body).toBe(201);
    const inbox = async (username: string) =>
      (await s.request('GET', '/api/inbox', await s.login(username))).json<{ notifications: { kind: string; caseId: string | null; message: string | null }[] }>().notifications.filter((n) => n.kind === 'contribution_corrected' && n.caseId === c.id);
    expect(await inbox('woonwenz@venlo')).toEqual([]);

    const corrected = await s.request('POST', `/api/cases/${c.id}/contributions/${given.json<{ id: string }>().id}/corrections`, pol, { version: 1, content: 'Twee meldingen van overlast in 2026.', reason: 'Eén melding betrof een ander adres' });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const told = await inbox('woonwenz@venlo');
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toContain('gecorrigeerd');
    expect(told[0]?.message).not.toContain('meldingen van overlast');
    expect(await inbox('includio@venlo')).toEqual([]);
  });
});
