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
interface Status {
  stage: string;
  phase: string;
  deescalationDecidedAt: string | null;
  archiveAt: string | null;
  deleteAt: string | null;
  latestReassessAt: string | null;
  informingPartner: { name: string } | null;
  exceptions: { step: string; reassessAt: string; effectiveReassessAt: string; counts: boolean; postpones: boolean; motivation: string | null; decidedByPartner: { name: string } }[];
}
const pdLogin = (): Promise<string> => s.login('procesregisseur@noord-limburg');
const monthsLater = (iso: string, months: number): string => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};

describe('GET /api/cases/:caseId/retention (P13)', () => {
  it('is described in the OpenAPI document with its response schema', async () => {
    const doc = (await s.request('GET', '/api/openapi.json')).json<{ paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }> } }> }>();
    const schema = doc.paths['/api/cases/{caseId}/retention']?.get?.responses?.['200']?.content?.['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(['stage', 'deescalationDecidedAt', 'archiveAt', 'deleteAt', 'exceptions']));
  });

  it('P13: step 1 shows the decision and the archive and delete dates; an exception postpones the archive and shows its motivation', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    const decidedAt = s.deps.now().toISOString();

    const res = await s.request('GET', `/api/cases/${c.id}/retention`, pd);
    expect(res.statusCode, res.body).toBe(200);
    const status = res.json<Status>();
    expect(status).toMatchObject({ stage: 'step1', phase: 'deescalation1', deescalationDecidedAt: decidedAt, exceptions: [] });
    expect(status.archiveAt).toBe(monthsLater(decidedAt, 6));
    expect(status.deleteAt).toBe(monthsLater(decidedAt, 12));
    expect(status.latestReassessAt).toBe(monthsLater(decidedAt, 6));
    expect(status.informingPartner?.name).toMatch(/Vincent/i);

    s.advance(30 * DAY);
    const reassessAt = new Date(s.deps.now().getTime() + 200 * DAY).toISOString();
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    const rec = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, { step: 'archive', motivation: 'Terugval verwacht na verhuizing', reassessAt: new Date(s.deps.now().getTime() + 60 * DAY).toISOString() });
    expect(rec.statusCode, rec.body).toBe(201);
    const tooFar = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, { step: 'archive', motivation: 'Te ver', reassessAt });
    expect(tooFar.statusCode).toBe(403);

    const after = (await s.request('GET', `/api/cases/${c.id}/retention`, cd)).json<Status>();
    expect(after.exceptions).toHaveLength(1);
    expect(after.exceptions[0]).toMatchObject({ step: 'archive', counts: true, postpones: false, motivation: 'Terugval verwacht na verhuizing', decidedByPartner: { name: expect.stringMatching(/Vincent/i) as unknown } });
    // Re-assessed 60 days after day 30, before the nominal six months: the archive date stands.
    expect(after.archiveAt).toBe(monthsLater(decidedAt, 6));

    s.advance(120 * DAY);
    const cdAgain = await s.login('vincent-van-gogh@noord-limburg');
    const later = new Date(s.deps.now().getTime() + 90 * DAY).toISOString();
    expect((await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cdAgain, { step: 'archive', motivation: 'Nog een verhuizing op komst', reassessAt: later })).statusCode).toBe(201);
    const postponed = (await s.request('GET', `/api/cases/${c.id}/retention`, cdAgain)).json<Status>();
    expect(postponed.archiveAt).toBe(later);
    expect(postponed.exceptions.map((e) => e.postpones)).toEqual([false, true]);

    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('case_id', '=', c.id).where('action', '=', 'case.retention.read').execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.every((a) => a.outcome === 'allow')).toBe(true);
  });

  it('P13: someone without a relation to the case is refused, audited; the case page offers them no retention ability', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    // The registrant is not at the table in step 1: it knows the case, but has no relation to it now.
    const registrant = await s.login('reclassering-nederland@noord-limburg');
    const refused = await s.request('GET', `/api/cases/${c.id}/retention`, registrant);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json<ErrorBody>().error).toMatchObject({ rule: 'P2', reason: 'not_involved' });
    const denied = await s.deps.database.db.selectFrom('audit_log').select('outcome').where('case_id', '=', c.id).where('action', '=', 'case.retention.read').execute();
    expect(denied.map((d) => d.outcome)).toEqual(['deny']);
    const registrantView = await s.request('GET', `/api/cases/${c.id}`, registrant);
    expect(registrantView.json<{ abilities: { viewRetention: boolean } }>().abilities.viewRetention).toBe(false);
    // A partner not in the case does not even learn that it exists.
    expect((await s.request('GET', `/api/cases/${c.id}/retention`, await s.login('woonwenz@noord-limburg'))).statusCode).toBe(404);
    const manager = await s.login('manager@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/retention`, manager)).statusCode).toBe(403);
    const view = await s.request('GET', `/api/cases/${c.id}`, await s.login('vincent-van-gogh@noord-limburg'));
    expect(view.json<{ abilities: { viewRetention: boolean; proposeException: boolean } }>().abilities).toMatchObject({ viewRetention: true, proposeException: true });
    const pdView = await s.request('GET', `/api/cases/${c.id}`, pd);
    // The process director records an exception on the lead partner's behalf (as the service allows).
    expect(pdView.json<{ abilities: { viewRetention: boolean; proposeException: boolean } }>().abilities).toMatchObject({ viewRetention: true, proposeException: true });
  });

  it('P13 step 2: archived, the staff see the dates without motivations and exactly the administrative set; the case director is refused both', async () => {
    const { c, pd } = await toMonitoring(s);
    expect((await step(s, pd, c.id, { event: 'deescalate' })).statusCode).toBe(200);
    const decidedAt = s.deps.now().toISOString();
    const cd = await s.login('vincent-van-gogh@noord-limburg');
    expect((await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, cd, { step: 'archive', motivation: 'Vertrouwelijke reden', reassessAt: new Date(s.deps.now().getTime() + 30 * DAY).toISOString() })).statusCode).toBe(201);
    s.advance(200 * DAY);
    expect((await step(s, await pdLogin(), c.id, { event: 'archive' })).statusCode).toBe(200);

    const status = (await s.request('GET', `/api/cases/${c.id}/retention`, await pdLogin())).json<Status>();
    expect(status).toMatchObject({ stage: 'step2', phase: 'archived', archiveAt: null, deleteAt: monthsLater(decidedAt, 12) });
    expect(status.exceptions).toHaveLength(1);
    expect(status.exceptions[0]?.motivation).toBeNull();

    const set = await s.request('GET', `/api/cases/${c.id}/admin-set`, await pdLogin());
    expect(set.statusCode, set.body).toBe(200);
    const body = set.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(['archivedAt', 'caseDirector', 'caseNumber', 'registrant', 'subjects']);
    expect(body).toMatchObject({ subjects: [{ name: 'Jan de Vries', birthDate: '1980-04-02', address: 'Markt 1, Venlo', bsn: '111222333' }] });

    // In step 2 the lead partner's professional no longer sees the case; the process director
    // records the exception to the deletion on the lead partner's behalf.
    const archived = (await s.request('GET', `/api/cases/${c.id}`, await pdLogin())).json<{ leadPartnerId: string; abilities: { proposeException: boolean } }>();
    expect(archived.abilities.proposeException).toBe(true);
    const onBehalf = await s.request('POST', `/api/cases/${c.id}/deescalation/exceptions`, await pdLogin(), {
      step: 'delete',
      motivation: 'Nazorg loopt nog',
      reassessAt: new Date(s.deps.now().getTime() + 60 * DAY).toISOString(),
      onBehalfOfPartnerId: archived.leadPartnerId,
    });
    expect(onBehalf.statusCode, onBehalf.body).toBe(201);
    const recorded = (await s.request('GET', `/api/cases/${c.id}/retention`, await pdLogin())).json<Status>();
    expect(recorded.exceptions).toHaveLength(2);

    const cdStatus = await s.request('GET', `/api/cases/${c.id}/retention`, await s.login('vincent-van-gogh@noord-limburg'));
    expect(cdStatus.statusCode).toBe(403);
    expect(cdStatus.json<ErrorBody>().error).toMatchObject({ rule: 'P13' });
    const caseView = await s.request('GET', `/api/cases/${c.id}`, await s.login('vincent-van-gogh@noord-limburg'));
    expect(caseView.json<{ abilities: { viewRetention: boolean; viewAdminSet: boolean } }>().abilities).toMatchObject({ viewRetention: false, viewAdminSet: false });
    expect(s.partnerId(NL, 'vincent-van-gogh')).toBeTruthy();
  });
});
