import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ACCEPT, informSubjects, NL, register, step, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface ErrorBody {
  error: { code: string; rule: string; reason: string; messages: { nl: string; en: string } };
}

describe('phase transitions (HTTP)', () => {
  it('P10: accepting into triage is refused while the subject is not informed; the refusal names the rule and is audited', async () => {
    const c = await register(s);
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await step(s, pd, c.id, { event: 'accept' });
    expect(res.statusCode).toBe(403);
    const err = JSON.parse(res.body) as ErrorBody;
    expect(err.error.rule).toBe('P10');
    expect(err.error.reason).toBe('subject_not_informed');
    expect(err.error.messages.nl.length).toBeGreaterThan(5);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome', 'rule']).where('case_id', '=', c.id).where('outcome', '=', 'deny').execute();
    expect(audit).toEqual([{ action: 'case.accept', outcome: 'deny', rule: 'P10' }]);
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ phase: string }>();
    expect(view.phase).toBe('screening');
  });

  it('P2 screening decision: the process director accepts (more information needed); the registrant may not', async () => {
    const c = await register(s);
    await informSubjects(s, c);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const refused = await step(s, rn, c.id, { event: 'accept' });
    expect(refused.statusCode).toBe(403);
    expect((JSON.parse(refused.body) as ErrorBody).error.rule).toBe('P2');
    const pd = await s.login('procesregisseur@noord-limburg');
    const ok = await step(s, pd, c.id, { ...ACCEPT, outcome: 'more_information' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().phase).toBe('triage');
    const row = await s.deps.database.db.selectFrom('cases').select(['phase', 'screening_outcome']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ phase: 'triage', screening_outcome: 'more_information' });
  });

  it('optimistic locking: a step taken on a stale case version is 409 and changes nothing', async () => {
    const c = await register(s);
    await informSubjects(s, c);
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await step(s, pd, c.id, { ...ACCEPT, version: 99 });
    expect(res.statusCode).toBe(409);
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ phase: string }>().phase).toBe('screening');
  });

  it('process: an RTO cannot be scheduled before a meeting is prepared; the UI list says why', async () => {
    const { c, pd } = await toTriage(s);
    const list = (await s.request('GET', `/api/cases/${c.id}/transitions`, pd)).json<{ phase: string; events: { event: string; allowed: boolean; refusal: { reason: string } | null }[] }>();
    expect(list.phase).toBe('triage');
    expect(list.events.map((e) => e.event)).toEqual(['reject', 'refer', 'schedule_rto']);
    expect(list.events.find((e) => e.event === 'schedule_rto')?.refusal?.reason).toBe('rto_not_prepared');
    expect(list.events.find((e) => e.event === 'reject')?.allowed).toBe(true);
    const res = await step(s, pd, c.id, { event: 'schedule_rto' });
    expect(res.statusCode).toBe(403);
    expect((JSON.parse(res.body) as ErrorBody).error.reason).toBe('rto_not_prepared');
  });

  it('validation: an unknown event names the field', async () => {
    const { c, pd } = await toTriage(s);
    const res = await s.request('POST', `/api/cases/${c.id}/transitions`, pd, { event: 'teleport' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field)).toContain('event');
  });

  it('Venlo: closing without a meeting needs a closing criterion and the reporter\'s agreement; the reporter has the decisive voice', async () => {
    const c = await register(s, 'gemeente-venlo@venlo', {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Piet Jansen' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    });
    await informSubjects(s, c, 'zorgnetwerk-venlo', 'gemeente-venlo', 'procesregisseur@venlo');
    const pd = await s.login('procesregisseur@venlo');
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    const woon = s.partnerId('zorgnetwerk-venlo', 'woonwenz');
    const noCriterion = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: woon });
    expect((JSON.parse(noCriterion.body) as ErrorBody).error.reason).toBe('closing_criterion_missing');
    const noReporter = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: woon, criterionId: 'hulpverlening-opgestart' });
    expect(noReporter.statusCode).toBe(403);
    expect((JSON.parse(noReporter.body) as ErrorBody).error.reason).toBe('reporter_not_agreed');
    const badCriterion = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: woon, criterionId: 'nope' });
    expect(badCriterion.statusCode).toBe(400);
    const voice = await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true });
    expect(voice.statusCode, voice.body).toBe(200);
    const ok = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: woon, criterionId: 'hulpverlening-opgestart' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().phase).toBe('archived');
    const row = await s.deps.database.db.selectFrom('cases').select(['closing_criteria', 'closed_at']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.closed_at).not.toBeNull();
    expect(row.closing_criteria).toMatchObject({ closing: { criterionId: 'hulpverlening-opgestart' } });
  });

  it('process: the canonical process does not close without a meeting', async () => {
    const { c, pd } = await toTriage(s);
    const res = await step(s, pd, c.id, { event: 'close_without_meeting', pickedUpBy: s.partnerId(NL, 'gemeente-venlo') });
    expect(res.statusCode).toBe(403);
    expect((JSON.parse(res.body) as ErrorBody).error.reason).toBe('phase_not_in_variant');
  });

  it('Nijmegen: the process director records the pickup by an active partner; a professional may not', async () => {
    const c = await register(s, 'gemeente-nijmegen@nijmegen', {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Bakker' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['income_debts'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    const talis = s.partnerId('regieteams-nijmegen', 'talis');
    const prof = await s.login('gemeente-nijmegen@nijmegen');
    const refused = await s.request('POST', `/api/cases/${c.id}/pickup`, prof, { partnerId: talis });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P2');
    const pd = await s.login('procesregisseur@nijmegen');
    const res = await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: talis });
    expect(res.statusCode, res.body).toBe(200);
    const row = await s.deps.database.db.selectFrom('cases').select('closing_criteria').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.closing_criteria).toMatchObject({ pickup: { byPartner: talis } });
  });
});
