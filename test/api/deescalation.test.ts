import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, step, toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const DAY = 24 * 60 * 60 * 1000;
interface ErrorBody {
  error: { rule: string; reason: string };
}
const pdLogin = (): Promise<string> => s.login('procesregisseur@noord-limburg');
/** A date `days` ahead of the fake clock (the tests share one clock). */
const ahead = (days: number): string => new Date(s.deps.now().getTime() + days * DAY).toISOString();

describe('staged de-escalation (HTTP, fake clock)', () => {
  it('P13: step 1 keeps the dossier; step 2 archives after six months with only the administrative set for staff; step 3 deletes after twelve', async () => {
    const { c, pd } = await toMonitoring(s);
    const decided = await step(s, pd, c.id, { event: 'deescalate' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().phase).toBe('deescalation1');

    s.advance(30 * DAY);
    const early = await step(s, await pdLogin(), c.id, { event: 'archive' });
    expect(early.statusCode).toBe(403);
    expect((JSON.parse(early.body) as ErrorBody).error).toMatchObject({ rule: 'P13', reason: 'retention_step_not_due' });

    s.advance(160 * DAY);
    const archived = await step(s, await pdLogin(), c.id, { event: 'archive' });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().phase).toBe('archived');

    const set = await s.request('GET', `/api/cases/${c.id}/admin-set`, await pdLogin());
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      subjects: [{ name: 'Jan de Vries', bsn: '111222333' }],
      registrant: { organisation: expect.stringMatching(/Reclassering/i) as unknown },
      caseDirector: { organisation: expect.stringMatching(/Vincent/i) as unknown },
    });
    const registrant = await s.request('GET', `/api/cases/${c.id}/admin-set`, await s.login('reclassering-nederland@noord-limburg'));
    expect(registrant.statusCode).toBe(403);
    expect(registrant.json<ErrorBody>().error.rule).toBe('P13');
    const cdRead = await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=monitoring`, await s.login('vincent-van-gogh@noord-limburg'));
    expect(cdRead.statusCode).toBe(403);

    s.advance(100 * DAY);
    const tooEarly = await step(s, await pdLogin(), c.id, { event: 'delete' });
    expect(tooEarly.statusCode).toBe(403);
    s.advance(100 * DAY);
    const deleted = await step(s, await pdLogin(), c.id, { event: 'delete' });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().phase).toBe('deleted');
    const subjects = await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute();
    const keys = await s.deps.database.db.selectFrom('case_keys').select('case_id').where('case_id', '=', c.id).execute();
    const sets = await s.deps.database.db.selectFrom('deescalation_decisions').select('admin_set_enc').where('case_id', '=', c.id).execute();
    expect(subjects).toEqual([]);
    expect(keys).toEqual([]);
    expect(sets).toEqual([{ admin_set_enc: null }]);
  });

  it('P13 exceptions: the lead partner postpones archiving with a motivated re-assessment at most six months ahead', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    const lead = s.partnerId(NL, 'vincent-van-gogh');
    const notLead = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, pd, { step: 'archive', motivation: 'Terugval verwacht', reassessAt: ahead(60), onBehalfOfPartnerId: s.partnerId(NL, 'politie-limburg') });
    expect(notLead.statusCode).toBe(403);
    expect(notLead.json<ErrorBody>().error).toMatchObject({ rule: 'P13', reason: 'P13_exception_not_lead_partner' });
    const tooFar = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, pd, { step: 'archive', motivation: 'Terugval verwacht', reassessAt: ahead(200), onBehalfOfPartnerId: lead });
    expect(tooFar.json<ErrorBody>().error.reason).toBe('P13_reassessment_beyond_limit');
    const pol = await s.login('politie-limburg@noord-limburg');
    const outsider = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, pol, { step: 'archive', motivation: 'x', reassessAt: ahead(60) });
    expect(outsider.statusCode).toBe(403);

    s.advance(150 * DAY);
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    const ok = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, { step: 'archive', motivation: 'Terugval verwacht na verhuizing', reassessAt: ahead(90) });
    expect(ok.statusCode, ok.body).toBe(201);

    s.advance(40 * DAY);
    const postponed = await step(s, await pdLogin(), c.id, { event: 'archive' });
    expect(postponed.statusCode).toBe(403);
    expect((JSON.parse(postponed.body) as ErrorBody).error).toMatchObject({ rule: 'P13', reason: 'step_postponed_by_exception' });
    s.advance(120 * DAY);
    expect((await step(s, await pdLogin(), c.id, { event: 'archive' })).statusCode).toBe(200);
  });

  it('P13 re-open: only the manager re-opens an archived dossier, and only with a recorded reason', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    s.advance(200 * DAY);
    expect((await step(s, await pdLogin(), c.id, { event: 'archive' })).statusCode).toBe(200);
    const byDirector = await step(s, await pdLogin(), c.id, { event: 'reopen', reason: 'Terugval' });
    expect(byDirector.statusCode).toBe(403);
    expect((JSON.parse(byDirector.body) as ErrorBody).error).toMatchObject({ rule: 'P13', reason: 'reopen_not_manager' });
    const manager = await s.login('manager@noord-limburg');
    const noReason = await s.request('POST', `/api/cases/${c.id}/transitions`, manager, { event: 'reopen', reason: '' });
    expect(noReason.statusCode).toBe(400);
    const ok = await step(s, manager, c.id, { event: 'reopen', reason: 'Nieuwe melding van terugval' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().phase).toBe('deescalation1');
    const row = await s.deps.database.db.selectFrom('cases').select('closing_criteria').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.closing_criteria).toMatchObject({ reopenings: [{ reason: 'Nieuwe melding van terugval', by: s.userId('manager@noord-limburg') }] });
  });

  it('relapse: back to monitoring, the de-escalation decision is cleared', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    const res = await step(s, pd, c.id, { event: 'relapse' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().phase).toBe('monitoring');
    expect(await s.deps.database.db.selectFrom('deescalation_decisions').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
  });
});
