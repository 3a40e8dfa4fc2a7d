/**
 * Requirement 002-A24 (and 002-D09; Wpg art. 32, seed 002 Bijlage A art. 10.5): an oral provision
 * of police data in a meeting is recorded by the police professional that gave it, appears in the
 * provision log marked oral for the police and the privacy officer, and counts as a provision in
 * the accountability report (001-17). Others cannot record one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, NL, prepareRto, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Provision {
  caseNumber: string | null;
  provider: string | null;
  recipient: string;
  description: string;
  purpose: string;
  legalBasis: string;
  decisionReference: string | null;
  oral: boolean;
}

async function caseInMeeting(): Promise<{ id: string; number: string }> {
  const { c, pd } = await toTriage(s);
  await prepareRto(s, c.id, pd);
  const number = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ number: string }>().number;
  return { id: c.id, number };
}

async function recipients(n: number): Promise<string[]> {
  const rows = await s.deps.database.db
    .selectFrom('partners')
    .select('id')
    .where('collaboration_id', '=', s.collaborationId(NL))
    .where('id', '<>', s.partnerId(NL, 'politie-limburg'))
    .orderBy('slug')
    .limit(n)
    .execute();
  return rows.map((r) => r.id);
}

describe('002-A24 oral provisions of police data', () => {
  it('002-A24 the police professional records an oral provision in the meeting: one log row per recipient, marked oral, read by the police and the privacy officer', async () => {
    const c = await caseInMeeting();
    const pol = await s.login('politie-limburg@noord-limburg');
    const to = await recipients(2);
    const res = await s.request('POST', '/api/provisions/oral', pol, {
      caseNumber: c.number,
      providedAt: s.deps.now().toISOString(),
      recipientPartnerIds: to,
      domain: 'police_justice',
      purpose: 'rto',
      decisionReference: 'Art. 20 Wpg-besluit ZVH Noord-Limburg',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ ids: string[] }>().ids).toHaveLength(2);
    for (const reader of ['politie-limburg@noord-limburg', 'privacy@noord-limburg']) {
      const log = (await s.request('GET', `/api/provisions?caseNumber=${c.number}`, await s.login(reader))).json<Provision[]>();
      const oral = log.filter((p) => p.oral);
      expect(oral, reader).toHaveLength(2);
      expect(oral[0]).toMatchObject({ caseNumber: c.number, description: 'politiegegevens (politie en justitie), mondeling verstrekt', purpose: 'rto', legalBasis: 'art. 20 Wpg', decisionReference: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' });
      expect(oral.every((p) => p.provider !== null && /politie/i.test(p.provider))).toBe(true);
    }
    const csv = await s.request('GET', `/api/provisions/export?caseNumber=${c.number}`, pol);
    expect(csv.body.split('\r\n').filter((l) => l.endsWith(',ja,'))).toHaveLength(2);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('case_id', '=', c.id).where('action', '=', 'provision_log.record_oral').execute();
    expect(audit).toEqual([{ action: 'provision_log.record_oral', outcome: 'allow' }]);
  });

  it('002-A24 only the providing police partner records: a professional of another partner and the privacy officer are refused (P9); wrong input is named', async () => {
    const c = await caseInMeeting();
    const body = { caseNumber: c.number, providedAt: s.deps.now().toISOString(), recipientPartnerIds: await recipients(1), domain: 'police_justice', purpose: 'rto' };
    for (const who of ['reclassering-nederland@noord-limburg', 'privacy@noord-limburg']) {
      const refused = await s.request('POST', '/api/provisions/oral', await s.login(who), body);
      expect(refused.statusCode, who).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P9', reason: 'oral_provision_not_allowed' });
    }
    const pol = await s.login('politie-limburg@noord-limburg');
    const future = await s.request('POST', '/api/provisions/oral', pol, { ...body, providedAt: new Date(s.deps.now().getTime() + 86_400_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future.body).fields?.map((f) => f.field)).toEqual(['providedAt']);
    const self = await s.request('POST', '/api/provisions/oral', pol, { ...body, recipientPartnerIds: [s.partnerId(NL, 'politie-limburg')] });
    expect(errorOf(self.body).fields?.map((f) => f.field)).toEqual(['recipientPartnerIds']);
    const elsewhere = await s.request('POST', '/api/provisions/oral', pol, { ...body, recipientPartnerIds: [s.partnerId('zorgnetwerk-venlo', 'gemeente-venlo')] });
    expect(errorOf(elsewhere.body).fields?.map((f) => f.field)).toEqual(['recipientPartnerIds.0']);
    const unknown = await s.request('POST', '/api/provisions/oral', pol, { ...body, caseNumber: '2026-9999' });
    expect(unknown.statusCode).toBe(404);
    const rows = await s.deps.database.db.selectFrom('police_provisions').select('id').where('case_id', '=', c.id).where('oral', '=', true).execute();
    expect(rows).toEqual([]);
  });

  it('002-A24 001-17 oral provisions count as police provisions of the police partner in the accountability report', async () => {
    const manager = await s.login('manager@noord-limburg');
    type Report = { provisions: { byPartner: { partnerId: string; count: number | null; police: number | null }[] }; bases: Record<string, number | null> };
    const police = s.partnerId(NL, 'politie-limburg');
    const c = await caseInMeeting();
    const pol = await s.login('politie-limburg@noord-limburg');
    const res = await s.request('POST', '/api/provisions/oral', pol, { caseNumber: c.number, providedAt: s.deps.now().toISOString(), recipientPartnerIds: await recipients(5), domain: 'housing', purpose: 'rto' });
    expect(res.statusCode, res.body).toBe(201);
    // Every oral row of the police in this collaboration (this test's five, and any recorded before it).
    const oral = (await s.deps.database.db.selectFrom('police_provisions').select('id').where('provider_partner_id', '=', police).where('oral', '=', true).execute()).length;
    expect(oral).toBeGreaterThanOrEqual(5);
    const after = (await s.request('GET', '/api/reports/accountability?year=2026', manager)).json<Report>();
    // The partner's total may be hidden against differencing (L3); its police figure is shown.
    expect(after.provisions.byPartner.find((p) => p.partnerId === police)?.police).toBe(oral);
    const events = await s.deps.database.db
      .selectFrom('accountability_events')
      .select('id')
      .where('partner_id', '=', police)
      .where('kind', '=', 'provision')
      .where('basis_kind', '=', 'wpg20')
      .where('police', '=', true)
      .execute();
    expect(events).toHaveLength(oral);
  });
});
