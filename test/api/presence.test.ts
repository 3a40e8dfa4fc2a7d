import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
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
  archived: boolean;
  contact: { collaborationName: string; name: string; email: string | null } | null;
}
type ErrorBody = { error: { rule: string; reason: string; fields?: { field: string }[] } };

const venloCase = (bsn: string): object => ({
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: 'Karel Smit', bsn }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
});
const nlCase = (subject: object = { name: 'Nieuwe Aanmelding' }): object => ({
  tableId: 'rto-complexe-casuistiek',
  subjects: [subject],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'x', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
});
const setPhase = async (id: string, phase: string): Promise<void> => {
  await s.deps.database.db.updateTable('cases').set({ phase }).where('id', '=', id).execute();
};

/** A case being screened by procesregisseur@noord-limburg, registered by the probation service. */
async function screening(): Promise<string> {
  return (await register(s, 'reclassering-nederland@noord-limburg', nlCase())).id;
}

describe('P14 presence lookup (HTTP)', () => {
  it('P14: a process director learns yes plus one contact for a person in an accepted case of another collaboration, and nothing more', async () => {
    const venlo = await register(s, 'gemeente-venlo@venlo', venloCase('123456782'));
    const pd = await s.login('procesregisseur@noord-limburg');
    const forCaseId = await screening();
    const ask = () => s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', forCaseId });
    // 13.6: a signal still undecided in Venlo is not revealed.
    expect((await ask()).json<Answer>().known).toBe(false);
    await setPhase(venlo.id, 'triage');
    const res = await ask();
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<Answer>();
    expect(answer.known).toBe(true);
    expect(answer.archived).toBe(false);
    expect(answer.contact?.collaborationName).toMatch(/Venlo/);
    expect(res.body).not.toContain('Karel');
    expect(res.body).not.toMatch(/caseId|phase/);

    const log = await s.deps.database.db.selectFrom('presence_lookups').selectAll().where('for_case_id', '=', forCaseId).orderBy('asked_at').execute();
    expect(log.map((l) => l.found)).toEqual([false, true]);
    expect(log[1]?.on_behalf_of_partner_id).toBe(s.partnerId(NL, 'reclassering-nederland'));
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
    const c = await register(s, 'reclassering-nederland@noord-limburg', nlCase({ name: 'Anna Berg', bsn: '999999990' }));
    const pd = await s.login('procesregisseur@noord-limburg');
    const forCaseId = await screening();
    const before = (await s.request('POST', '/api/presence-lookups', pd, { bsn: '999999990', forCaseId })).json<Answer>();
    expect(before.known).toBe(true);
    expect((await step(s, pd, c.id, { event: 'reject' })).statusCode).toBe(200);
    const after = (await s.request('POST', '/api/presence-lookups', pd, { bsn: '999999990', forCaseId })).json<Answer>();
    expect(after).toEqual({ lookupId: expect.any(String) as unknown, known: false, archived: false, contact: null });
  });

  it('P14: a professional and a manager are refused; the refusal is audited', async () => {
    const forCaseId = await screening();
    for (const who of ['politie-limburg@noord-limburg', 'manager@noord-limburg']) {
      const res = await s.request('POST', '/api/presence-lookups', await s.login(who), { bsn: '123456782', forCaseId });
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error).toMatchObject({ rule: 'P14', reason: 'P14_not_process_director' });
    }
    const denials = await s.deps.database.db.selectFrom('audit_log').select('user_id').where('action', '=', 'presence.lookup').where('outcome', '=', 'deny').execute();
    expect(denials.map((d) => d.user_id)).toEqual(expect.arrayContaining([s.userId('politie-limburg@noord-limburg'), s.userId('manager@noord-limburg')]));
  });

  it('003-60 / 13.6 presence lookup: forCaseId must be a live case of the own collaboration that the asker handles; onBehalfOf is its registrant; each refusal is audited', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const venlo = await register(s, 'gemeente-venlo@venlo', venloCase('123456782'));
    const ask = (body: object) => s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', ...body });
    const reason = async (body: object): Promise<string> => {
      const res = await ask(body);
      expect(res.statusCode, res.body).toBe(403);
      return res.json<ErrorBody>().error.reason;
    };
    expect(await reason({ forCaseId: venlo.id })).toBe('P14_no_case');
    const other = await register(s, 'reclassering-nederland@noord-limburg', nlCase());
    // A case another director handles is not even visible to this one (Row-Level Security).
    await s.deps.database.db.updateTable('case_staff').set({ user_id: s.userId('tweede-procesregisseur@noord-limburg') }).where('case_id', '=', other.id).execute();
    expect(await reason({ forCaseId: other.id })).toBe('P14_no_case');
    const forCaseId = await screening();
    expect(await reason({ forCaseId, onBehalfOfPartnerId: s.partnerId(NL, 'politie-limburg') })).toBe('P14_on_behalf_of_not_registrant');
    await setPhase(forCaseId, 'rejected');
    expect(await reason({ forCaseId })).toBe('P14_case_not_live');
    const missing = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['forCaseId']);
    const denied = await s.deps.database.db.selectFrom('audit_log').select('rule').where('action', '=', 'presence.lookup').where('outcome', '=', 'deny').where('user_id', '=', s.userId('procesregisseur@noord-limburg')).execute();
    expect(denied).toHaveLength(4);
    expect(new Set(denied.map((d) => d.rule))).toEqual(new Set(['P14']));
  });

  it('13.6 presence lookup: the per-user limit per hour (presenceLookup.maxPerUserPerHour) refuses more with 429, audited; changing it in a copy of the shipped configuration moves the limit', async () => {
    const pd = await s.login('tweede-procesregisseur@noord-limburg');
    const c = await s.request('POST', '/api/cases', await s.login('reclassering-nederland@noord-limburg'), { ...nlCase(), processDirectorId: s.userId('tweede-procesregisseur@noord-limburg') });
    const forCaseId = c.json<{ id: string }>().id;
    const ask = () => s.request('POST', '/api/presence-lookups', pd, { bsn: '111222333', forCaseId });
    await withChangedField(s, NL, configField('presenceLookup.maxPerUserPerHour'), 2, async () => {
      expect((await ask()).statusCode).toBe(200);
      expect((await ask()).statusCode).toBe(200);
      const third = await ask();
      expect(third.statusCode, third.body).toBe(429);
      expect(third.json<ErrorBody>().error).toMatchObject({ rule: 'P14', reason: 'P14_rate_limited' });
    });
    // The shipped configuration allows 30 an hour: the same third lookup passes.
    expect((await ask()).statusCode).toBe(200);
    const denied = await s.deps.database.db.selectFrom('audit_log').select('rule').where('action', '=', 'presence.lookup').where('outcome', '=', 'deny').where('user_id', '=', s.userId('tweede-procesregisseur@noord-limburg')).execute();
    expect(denied).toEqual([{ rule: 'P14' }]);
    s.advance(3_600_001);
  });

  it('13.6 presence lookup: a person registered without a BSN is found by name and birth date, however the name is written', async () => {
    await register(s, 'reclassering-nederland@noord-limburg', nlCase({ name: 'Émile  van der Berg', birthDate: '1990-03-04' }));
    const pd = await s.login('procesregisseur@noord-limburg');
    const forCaseId = await screening();
    const ask = (name: string, birthDate: string) => s.request('POST', '/api/presence-lookups', pd, { name, birthDate, forCaseId });
    expect((await ask('emile van der berg', '1990-03-04')).json<Answer>().known).toBe(true);
    expect((await ask('Emile van der Berg', '1990-03-05')).json<Answer>().known).toBe(false);
    const neither = await s.request('POST', '/api/presence-lookups', pd, { forCaseId });
    expect(neither.statusCode).toBe(400);
    expect(neither.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['name', 'birthDate']);
  });

  it('003-99 / 13.6 presence lookup: a person in an archived (step 2) dossier is still found by the own house, marked archived; another house does not see it', async () => {
    const old = await register(s, 'reclassering-nederland@noord-limburg', nlCase({ name: 'Oud Dossier', bsn: '100000009' }));
    await setPhase(old.id, 'archived');
    const pd = await s.login('procesregisseur@noord-limburg');
    const forCaseId = await screening();
    const res = await s.request('POST', '/api/presence-lookups', pd, { bsn: '100000009', forCaseId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Answer>()).toMatchObject({ known: true, archived: true, contact: { name: expect.stringMatching(/^Procesregisseur/) as unknown } });
    const venloPd = await s.login('procesregisseur@venlo');
    const venloCaseId = (await register(s, 'gemeente-venlo@venlo', venloCase('123456782'))).id;
    const elsewhere = await s.request('POST', '/api/presence-lookups', venloPd, { bsn: '100000009', forCaseId: venloCaseId });
    expect(elsewhere.json<Answer>()).toMatchObject({ known: false });
  });

  it('003-103 / 13.6 presence lookup: the query hashes kept for a case are deleted with it', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const forCaseId = await screening();
    expect((await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', forCaseId })).statusCode).toBe(200);
    const hashes = () => s.deps.database.db.selectFrom('presence_lookups').select('query_hash').where('for_case_id', '=', forCaseId).execute();
    expect((await hashes())[0]?.query_hash).not.toBeNull();
    expect((await step(s, pd, forCaseId, { event: 'reject' })).statusCode).toBe(200);
    expect(await hashes()).toEqual([{ query_hash: null }]);
  });

  it('validation: an invalid BSN names the field', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456789', forCaseId: await screening() });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['bsn']);
  });
});
