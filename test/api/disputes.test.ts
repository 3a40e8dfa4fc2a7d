/**
 * Disputes about how a director carries out its tasks (seed 003 art. 9.4 and 10.4; row 003-29),
 * over HTTP on the shipped Noord-Limburg configuration: one about the case director goes to the
 * process director, who may put it to the manager; one about the process director goes to the
 * manager, who may put it to the steering group and records its decision. Venlo's covenant has no
 * such article; the escalation bodies and the source come from the configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, NL, register, toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Dispute {
  id: string;
  status: string;
  heldBy: string | null;
  about: string;
  aboutUserId: string;
  summary: string;
  escalatedTo: string | null;
  escalationReason: string | null;
  outcome: string | null;
  version: number;
  source: string;
}

async function inbox(user: string): Promise<{ kind: string; caseId: string | null }[]> {
  const res = await s.request('GET', '/api/inbox', await s.login(user));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ notifications: { kind: string; caseId: string | null }[] }>().notifications;
}

describe('003-29 disputes about the directors', () => {
  it('003-29 a dispute about the case director goes to the process director, who puts it to the manager; the manager records the outcome and the police who raised it are told', async () => {
    const { c } = await toMonitoring(s);
    const police = await s.login('politie-limburg@noord-limburg');
    const raised = await s.request('POST', '/api/disputes', police, { caseId: c.id, about: 'case_director', summary: 'De casusregisseur deelt de actielijst niet en reageert niet op vragen.' });
    expect(raised.statusCode, raised.body).toBe(201);
    const d = raised.json<Dispute>();
    expect(d).toMatchObject({ status: 'open', heldBy: 'process_director', about: 'case_director', aboutUserId: s.userId('vincent-van-gogh@noord-limburg') });
    expect(d.source).toContain('art. 10.4');
    // Sealed: the text is not stored in clear.
    const row = await s.deps.database.db.selectFrom('disputes').select('summary_enc').where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row.summary_enc.toString('utf8')).not.toContain('actielijst');
    // The process director is told in the inbox; the case director it is about is not.
    expect((await inbox('procesregisseur@noord-limburg')).some((n) => n.kind === 'dispute_raised' && n.caseId === c.id)).toBe(true);
    expect((await inbox('vincent-van-gogh@noord-limburg')).some((n) => n.kind === 'dispute_raised' && n.caseId === c.id)).toBe(false);

    // Not the manager's yet, and never the case director's own.
    const early = await s.request('POST', `/api/disputes/${d.id}/decision`, await s.login('manager@noord-limburg'), { version: d.version, outcome: 'Te vroeg.' });
    expect(early.statusCode).toBe(403);
    expect(errorOf(early.body)).toMatchObject({ rule: 'P1', reason: 'dispute_not_for_you' });
    expect(early.body).toContain('procesregisseur');

    const pd = await s.login('procesregisseur@noord-limburg');
    const listed = await s.request('GET', '/api/disputes', pd);
    expect(listed.json<Dispute[]>().map((x) => x.id)).toContain(d.id);
    const up = await s.request('POST', `/api/disputes/${d.id}/escalation`, pd, { version: d.version, reason: 'Het gesprek met de casusregisseur leverde niets op.' });
    expect(up.statusCode, up.body).toBe(200);
    const escalated = up.json<Dispute>();
    expect(escalated).toMatchObject({ status: 'escalated', heldBy: 'manager', escalatedTo: 'de Manager', escalationReason: 'Het gesprek met de casusregisseur leverde niets op.' });
    // Escalated once only; the process director no longer decides it.
    const again = await s.request('POST', `/api/disputes/${d.id}/escalation`, pd, { version: escalated.version, reason: 'Nogmaals.' });
    expect(errorOf(again.body)).toMatchObject({ reason: 'dispute_already_escalated' });
    expect(errorOf((await s.request('POST', `/api/disputes/${d.id}/decision`, pd, { version: escalated.version, outcome: 'Opgelost.' })).body)).toMatchObject({ reason: 'dispute_not_for_you' });

    const manager = await s.login('manager@noord-limburg');
    expect((await inbox('manager@noord-limburg')).some((n) => n.kind === 'dispute_raised' && n.caseId === c.id)).toBe(true);
    const stale = await s.request('POST', `/api/disputes/${d.id}/decision`, manager, { version: d.version, outcome: 'Op een oude versie.' });
    expect(stale.statusCode).toBe(409);
    const decided = await s.request('POST', `/api/disputes/${d.id}/decision`, manager, { version: escalated.version, outcome: 'De casusregisseur verstuurt de actielijst binnen een week na elk overleg.' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<Dispute>()).toMatchObject({ status: 'decided', heldBy: null, outcome: 'De casusregisseur verstuurt de actielijst binnen een week na elk overleg.' });
    expect((await inbox('politie-limburg@noord-limburg')).some((n) => n.kind === 'dispute_decided' && n.caseId === c.id)).toBe(true);
    expect(errorOf((await s.request('POST', `/api/disputes/${d.id}/decision`, manager, { version: escalated.version + 1, outcome: 'Nog eens.' })).body)).toMatchObject({ reason: 'dispute_already_decided' });

    const actions = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('case_id', '=', c.id).where('action', 'like', 'dispute.%').execute();
    expect(actions.filter((a) => a.outcome === 'allow').map((a) => a.action).sort()).toEqual(['dispute.decide', 'dispute.escalate', 'dispute.raise']);
  });

  it('003-29 a dispute about the process director goes to the manager, not to the process director; nobody raises one about themselves', async () => {
    const c = await register(s);
    const registrant = await s.login('reclassering-nederland@noord-limburg');
    const raised = await s.request('POST', '/api/disputes', registrant, { caseId: c.id, about: 'process_director', summary: 'De aanmelding ligt al drie weken zonder screening.' });
    expect(raised.statusCode, raised.body).toBe(201);
    const d = raised.json<Dispute>();
    expect(d).toMatchObject({ heldBy: 'manager', aboutUserId: s.userId('procesregisseur@noord-limburg') });
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await s.request('GET', '/api/disputes', pd)).json<Dispute[]>().map((x) => x.id)).not.toContain(d.id);
    expect(errorOf((await s.request('POST', `/api/disputes/${d.id}/decision`, pd, { version: d.version, outcome: 'Niets aan de hand.' })).body)).toMatchObject({ reason: 'dispute_not_for_you' });
    const self = await s.request('POST', '/api/disputes', pd, { caseId: c.id, about: 'process_director', summary: 'Over mijzelf.' });
    expect(errorOf(self.body)).toMatchObject({ rule: 'P1', reason: 'dispute_about_oneself' });
    // No case director yet: a dispute about one is refused, naming it.
    const none = await s.request('POST', '/api/disputes', registrant, { caseId: c.id, about: 'case_director', summary: 'Over de casusregisseur.' });
    expect(errorOf(none.body)).toMatchObject({ reason: 'no_case_director' });
    // The manager puts it to the steering group, as the configuration names it.
    const up = await s.request('POST', `/api/disputes/${d.id}/escalation`, await s.login('manager@noord-limburg'), { version: d.version, reason: 'Structureel probleem in de werkvoorraad.' });
    expect(up.json<Dispute>()).toMatchObject({ status: 'escalated', escalatedTo: 'de Stuurgroep' });
    // Someone outside the case cannot raise one.
    const outsider = await s.request('POST', '/api/disputes', await s.login('woonwenz@noord-limburg'), { caseId: c.id, about: 'process_director', summary: 'Buiten de casus.' });
    expect([403, 404]).toContain(outsider.statusCode);
    expect(await s.deps.database.db.selectFrom('disputes').select('id').where('case_id', '=', c.id).execute()).toHaveLength(1);
  });

  it('003-29 disputes.escalation and disputes.source come from the configuration; a covenant without the article refuses', async () => {
    await withChangedField(s, NL, configField('disputes.escalation.caseDirector'), 'de Voorzitter van de Stuurgroep', async () => {
      const { c } = await toMonitoring(s);
      const d = (await s.request('POST', '/api/disputes', await s.login('politie-limburg@noord-limburg'), { caseId: c.id, about: 'case_director', summary: 'Geen contact.' })).json<Dispute>();
      const up = await s.request('POST', `/api/disputes/${d.id}/escalation`, await s.login('procesregisseur@noord-limburg'), { version: d.version, reason: 'Niet opgelost.' });
      expect(up.json<Dispute>().escalatedTo).toBe('de Voorzitter van de Stuurgroep');
    });
    await withChangedField(s, NL, configField('disputes.escalation.processDirector'), 'de Bestuurlijke Stuurgroep', async () => {
      const c = await register(s);
      const d = (await s.request('POST', '/api/disputes', await s.login('reclassering-nederland@noord-limburg'), { caseId: c.id, about: 'process_director', summary: 'Traag.' })).json<Dispute>();
      const up = await s.request('POST', `/api/disputes/${d.id}/escalation`, await s.login('manager@noord-limburg'), { version: d.version, reason: 'Niet opgelost.' });
      expect(up.json<Dispute>().escalatedTo).toBe('de Bestuurlijke Stuurgroep');
    });
    await withChangedField(s, NL, configField('disputes.source'), 'Convenant art. 99: geschillenregeling', async () => {
      const c = await register(s);
      const d = await s.request('POST', '/api/disputes', await s.login('reclassering-nederland@noord-limburg'), { caseId: c.id, about: 'process_director', summary: 'Traag.' });
      expect(d.json<Dispute>().source).toBe('Convenant art. 99: geschillenregeling');
    });
    // Venlo's covenant has no dispute article: refused, nothing stored.
    const venlo = await register(s, 'gemeente-venlo@venlo', {
      tableId: 'zorgnetwerk-overleg',
      workArea: 'blerick',
      subjects: [{ name: 'Bewoner Geschil' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
    });
    const refused = await s.request('POST', '/api/disputes', await s.login('gemeente-venlo@venlo'), { caseId: venlo.id, about: 'process_director', summary: 'Geen regeling.' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P1', reason: 'disputes_not_in_covenant' });
    expect(await s.deps.database.db.selectFrom('disputes').select('id').where('case_id', '=', venlo.id).execute()).toHaveLength(0);
  });
});
