/**
 * Row 002-A13 (seed 002 Bijlage A art. 7.3–7.4): without consent a Venlo partner shares only on a
 * grounded suspicion of (a) a serious physical or mental condition and (b) an urgent need for help,
 * after the subject refused or could not reasonably be asked. The shipped Venlo configuration names
 * the two grounds (`process.noConsentGrounds`); Noord-Limburg names none and keeps the plain
 * weighing (P7). Both on the shipped configurations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { findShippedCollaboration } from '../../src/collaborations/index.js';
import { configField, withChangedField } from '../support/config-field.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const MUNICIPAL = { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' };
const PLAIN = { proportionality: 'Alleen wat nodig is', subsidiarity: 'Geen lichter middel', effectiveness: 'Helpt de toeleiding', informAfterwardsReason: 'Betrokkene wordt na het overleg geïnformeerd' };
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string; message: string }[] } }).error;

async function venloCaseInRto(name: string): Promise<string> {
  const gem = await s.login('gemeente-venlo@venlo');
  const reg = await s.request('POST', '/api/cases', gem, { tableId: 'zorgnetwerk-overleg', workArea: 'blerick', subjects: [{ name }], registration: { content: 'Vervuiling woning, mijdt zorg.', basis: MUNICIPAL } });
  expect(reg.statusCode, reg.body).toBe(201);
  const { id } = reg.json<{ id: string }>();
  await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', id).execute();
  return id;
}

describe('002-A13 grounds for sharing without consent (Venlo, seed 002 Bijlage A art. 7.3–7.4)', () => {
  it('002-A13 the shipped Venlo covenant names both grounds; Noord-Limburg names none', () => {
    expect(findShippedCollaboration(VENLO)?.process.noConsentGrounds?.map((g) => g.id)).toEqual(['ernstige-gezondheidstoestand', 'dringende-noodzaak-hulp']);
    expect(findShippedCollaboration('zvh-noord-limburg')?.process.noConsentGrounds).toBeUndefined();
  });

  it('002-A13 a complete Venlo weighing without the grounds is refused naming each missing field; with both grounds and why without consent it is recorded and read back', async () => {
    const id = await venloCaseInRto('Bram Gronden');
    const gem = await s.login('gemeente-venlo@venlo');
    const bare = await s.request('POST', `/api/cases/${id}/weighings`, gem, PLAIN);
    expect(bare.statusCode, bare.body).toBe(400);
    expect(errorOf(bare.body).fields?.map((f) => f.field).sort()).toEqual(['noConsentGrounds.dringende-noodzaak-hulp', 'noConsentGrounds.ernstige-gezondheidstoestand', 'withoutConsentBecause']);
    expect(errorOf(bare.body).fields?.find((f) => f.field === 'withoutConsentBecause')?.message).toContain('betrokkene weigerde');
    const one = await s.request('POST', `/api/cases/${id}/weighings`, gem, { ...PLAIN, withoutConsentBecause: 'refused', noConsentGrounds: { 'ernstige-gezondheidstoestand': 'Ernstige vervuiling, vermagering' } });
    expect(one.statusCode).toBe(400);
    expect(errorOf(one.body).fields?.map((f) => f.field)).toEqual(['noConsentGrounds.dringende-noodzaak-hulp']);
    const unknown = await s.request('POST', `/api/cases/${id}/weighings`, gem, { ...PLAIN, complete: false, noConsentGrounds: { 'bestaat-niet': 'x' } });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).fields?.map((f) => f.field)).toEqual(['noConsentGrounds']);
    // A draft may leave the grounds open.
    expect((await s.request('POST', `/api/cases/${id}/weighings`, gem, { ...PLAIN, complete: false })).statusCode).toBe(201);
    const full = await s.request('POST', `/api/cases/${id}/weighings`, gem, {
      ...PLAIN,
      withoutConsentBecause: 'not_askable',
      noConsentGrounds: { 'ernstige-gezondheidstoestand': 'Ernstige vervuiling, vermagering', 'dringende-noodzaak-hulp': 'Woning onbewoonbaar binnen weken' },
    });
    expect(full.statusCode, full.body).toBe(201);
    const read = await s.request('GET', `/api/cases/${id}/weighings`, gem);
    expect(read.statusCode).toBe(200);
    const completed = read.json<{ completedAt: string | null; noConsentGrounds: Record<string, string>; withoutConsentBecause: string | null }[]>().find((w) => w.completedAt !== null);
    expect(completed).toMatchObject({ withoutConsentBecause: 'not_askable', noConsentGrounds: { 'dringende-noodzaak-hulp': 'Woning onbewoonbaar binnen weken' } });
  });

  it('002-A13 only a weighing that motivates both grounds carries a disclosure without consent in Venlo', async () => {
    const id = await venloCaseInRto('Cor Gronden');
    const gem = await s.login('gemeente-venlo@venlo');
    const release = { category: 'housing', purposes: ['rto'], basis: MUNICIPAL, releasedForRto: [s.partnerId(VENLO, 'woonwenz')], content: 'Wmo-consulent betrokken; hulp bij wonen.', disclosureScope: 'involvement_only' };
    // A weighing recorded complete before the grounds were asked (stored as such in the database) does not carry it.
    expect((await s.request('POST', `/api/cases/${id}/weighings`, gem, { ...PLAIN, complete: false })).statusCode).toBe(201);
    await s.deps.database.db.updateTable('weighings').set({ completed_at: s.deps.now(), completed_by: s.userId('gemeente-venlo@venlo') }).where('case_id', '=', id).execute();
    const refused = await s.request('POST', `/api/cases/${id}/contributions`, gem, release);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P7', reason: 'no_consent_grounds_missing' });
    const weighed = await s.request('POST', `/api/cases/${id}/weighings`, gem, {
      ...PLAIN,
      withoutConsentBecause: 'refused',
      noConsentGrounds: { 'ernstige-gezondheidstoestand': 'Ernstige vervuiling', 'dringende-noodzaak-hulp': 'Uitzetting dreigt' },
    });
    expect(weighed.statusCode, weighed.body).toBe(201);
    const shared = await s.request('POST', `/api/cases/${id}/contributions`, gem, release);
    expect(shared.statusCode, shared.body).toBe(201);
  });

  it('002-A13 where the covenant names no grounds (Noord-Limburg) the plain weighing is complete and grounds are refused as unknown', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const reg = await s.request('POST', '/api/cases', rn, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Dirk Zondergrond' }],
      registration: { content: 'Zorgmijding.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      processDirectorId: s.userId('procesregisseur@noord-limburg'),
    });
    const { id } = reg.json<{ id: string }>();
    await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
    expect((await s.request('POST', `/api/cases/${id}/weighings`, rn, PLAIN)).statusCode).toBe(201);
    const grounds = await s.request('POST', `/api/cases/${id}/weighings`, rn, { ...PLAIN, withoutConsentBecause: 'refused', noConsentGrounds: { 'ernstige-gezondheidstoestand': 'x' } });
    expect(grounds.statusCode).toBe(400);
    expect(errorOf(grounds.body).fields?.map((f) => f.field).sort()).toEqual(['noConsentGrounds', 'withoutConsentBecause']);
  });

  it('002-A13 noConsentGrounds: a ground renamed in the configuration is asked under its new id, and its text is what the refusal quotes', async () => {
    const id = await venloCaseInRto('Eva Hernoemd');
    const gem = await s.login('gemeente-venlo@venlo');
    const both = { ...PLAIN, withoutConsentBecause: 'refused', noConsentGrounds: { 'ernstige-gezondheidstoestand': 'Ernstige vervuiling', 'dringende-noodzaak-hulp': 'Uitzetting dreigt' } };
    await withChangedField(s, VENLO, configField('process.noConsentGrounds[dringende-noodzaak-hulp].id'), 'urgente-hulp', async () => {
      const renamed = await s.request('POST', `/api/cases/${id}/weighings`, gem, both);
      expect(renamed.statusCode).toBe(400);
      expect(errorOf(renamed.body).fields?.map((f) => f.field).sort()).toEqual(['noConsentGrounds', 'noConsentGrounds.urgente-hulp']);
    });
    expect((await s.request('POST', `/api/cases/${id}/weighings`, gem, both)).statusCode).toBe(201);
    await withChangedField(s, VENLO, configField('process.noConsentGrounds[ernstige-gezondheidstoestand].text'), 'Ernstig ziek of verward', async () => {
      const missing = await s.request('POST', `/api/cases/${id}/weighings`, gem, { ...PLAIN, withoutConsentBecause: 'refused' });
      expect(errorOf(missing.body).fields?.find((f) => f.field === 'noConsentGrounds.ernstige-gezondheidstoestand')?.message).toBe('Motiveer het gegronde vermoeden: Ernstig ziek of verward.');
    });
  });
});
