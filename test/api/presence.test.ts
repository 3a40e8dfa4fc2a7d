import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Answer {
  known: boolean;
  contact: { collaborationName: string; name: string; email: string | null } | null;
}

const venloCase = (bsn: string): object => ({
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: 'Karel Smit', bsn }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
});

describe('P14 presence lookup (HTTP)', () => {
  it('P14: a process director learns yes plus one contact for a person in an active case of another collaboration, and nothing more', async () => {
    await register(s, 'gemeente-venlo@venlo', venloCase('123456782'));
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', onBehalfOfPartnerId: s.partnerId(NL, 'reclassering-nederland') });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<Answer>();
    expect(answer.known).toBe(true);
    expect(answer.contact?.collaborationName).toMatch(/Venlo/);
    expect(res.body).not.toContain('Karel');
    expect(res.body).not.toMatch(/caseId|phase/);

    const log = await s.deps.database.db.selectFrom('presence_lookups').selectAll().where('asked_by', '=', s.userId('procesregisseur@noord-limburg')).execute();
    expect(log).toHaveLength(1);
    expect(log[0]?.found).toBe(true);
    expect(JSON.stringify(log)).not.toContain('123456782');
    const disclosed = await s.deps.database.db.selectFrom('audit_log').select(['action', 'collaboration_id']).where('action', 'in', ['presence.lookup', 'presence.disclosed']).execute();
    expect(disclosed).toEqual(
      expect.arrayContaining([
        { action: 'presence.lookup', collaboration_id: s.collaborationId(NL) },
        { action: 'presence.disclosed', collaboration_id: s.collaborationId('zorgnetwerk-venlo') },
      ]),
    );
  });

  it('P14: a person only in a rejected case is not known (only active cases count)', async () => {
    const c = await register(s, 'reclassering-nederland@noord-limburg', {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Anna Berg', bsn: '999999990' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'x', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    const pd = await s.login('procesregisseur@noord-limburg');
    const before = (await s.request('POST', '/api/presence-lookups', pd, { bsn: '999999990', onBehalfOfPartnerId: s.partnerId(NL, 'gemeente-venlo') })).json<Answer>();
    expect(before.known).toBe(true);
    expect((await step(s, pd, c.id, { event: 'reject' })).statusCode).toBe(200);
    const after = (await s.request('POST', '/api/presence-lookups', pd, { bsn: '999999990', onBehalfOfPartnerId: s.partnerId(NL, 'gemeente-venlo') })).json<Answer>();
    expect(after).toEqual({ lookupId: expect.any(String) as unknown, known: false, contact: null });
  });

  it('P14: a professional, a manager and a director asking for an organisation of another collaboration are refused; the refusal is audited', async () => {
    for (const who of ['politie-limburg@noord-limburg', 'manager@noord-limburg']) {
      const res = await s.request('POST', '/api/presence-lookups', await s.login(who), { bsn: '123456782', onBehalfOfPartnerId: s.partnerId(NL, 'politie-limburg') });
      expect(res.statusCode).toBe(403);
      expect(res.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P14', reason: 'P14_not_process_director' });
    }
    const pd = await s.login('procesregisseur@noord-limburg');
    const foreign = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', onBehalfOfPartnerId: s.partnerId('zorgnetwerk-venlo', 'gemeente-venlo') });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json<{ error: { reason: string } }>().error.reason).toBe('P14_on_behalf_of_not_active_partner');
    const denials = await s.deps.database.db.selectFrom('audit_log').select('user_id').where('action', '=', 'presence.lookup').where('outcome', '=', 'deny').execute();
    expect(denials.map((d) => d.user_id)).toEqual(expect.arrayContaining([s.userId('politie-limburg@noord-limburg'), s.userId('manager@noord-limburg')]));
  });

  it('validation: an invalid BSN names the field', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456789', onBehalfOfPartnerId: s.partnerId(NL, 'gemeente-venlo') });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field)).toEqual(['bsn']);
  });
});
