/**
 * Finding M9 of the penetration test (2026-12-06): audit records missed NEN 7513 fields.
 * - `presence.lookup` records had no purpose and no legal basis;
 * - `meeting.read` named the case but not the meeting;
 * - every content read put the registrant in "on behalf of", also when the reader read its own
 *   data (the police reading its own contribution); `case.list_title` named neither the subject
 *   nor on whose behalf.
 * Each is reproduced here on the shipped Noord-Limburg and Venlo configurations, and the new
 * fields are shown to be part of the sealed chain.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit, walkChain } from '../../src/audit/verify.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register, toRto } from '../api/phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const policeBasis = { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' };
const weighing = { proportionality: 'Beperkt tot het nodige.', subsidiarity: 'Toestemming niet mogelijk.', effectiveness: 'Nodig voor het plan.', informAfterwards: true, informAfterwardsReason: 'Na het RTO.' };

const venloCase = (bsn: string): object => ({
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: 'Karel Smit', bsn }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: { content: 'Zorgwekkende woonsituatie.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' } },
});

describe('M9 NEN 7513 fields in the access log', () => {
  it('M9 presence lookups name their purpose and legal basis: the lookup, the disclosure in the other collaboration and a refusal', async () => {
    const venlo = await register(s, 'gemeente-venlo@venlo', venloCase('123456782'));
    await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', venlo.id).execute();
    const forCase = await register(s, 'reclassering-nederland@noord-limburg');
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', forCaseId: forCase.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ known: boolean }>().known).toBe(true);
    // A refusal (on behalf of a partner that did not register the case) carries them too.
    const refused = await s.request('POST', '/api/presence-lookups', pd, { bsn: '123456782', forCaseId: forCase.id, onBehalfOfPartnerId: s.partnerId(NL, 'politie-limburg') });
    expect(refused.statusCode).toBe(403);

    const rows = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'purpose', 'legal_basis_kind', 'collaboration_id', 'on_behalf_of_partner_id'])
      .where('action', 'in', ['presence.lookup', 'presence.disclosed'])
      .where('user_id', '=', s.userId('procesregisseur@noord-limburg'))
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { action: 'presence.lookup', outcome: 'allow', purpose: 'screening', legal_basis_kind: 'public_task', collaboration_id: s.collaborationId(NL), on_behalf_of_partner_id: s.partnerId(NL, 'reclassering-nederland') },
      { action: 'presence.disclosed', outcome: 'allow', purpose: 'screening', legal_basis_kind: 'public_task', collaboration_id: s.collaborationId('zorgnetwerk-venlo'), on_behalf_of_partner_id: s.partnerId(NL, 'reclassering-nederland') },
      { action: 'presence.lookup', outcome: 'deny', purpose: 'screening', legal_basis_kind: 'public_task', collaboration_id: s.collaborationId(NL), on_behalf_of_partner_id: s.partnerId(NL, 'politie-limburg') },
    ]);
  });

  it('M9 a meeting read names the meeting, not only the case: the meeting page and the action list; creating and inviting name it too', async () => {
    const { c, pd, meetingId } = await toRto(s);
    const pol = await s.login('politie-limburg@noord-limburg');
    for (const [who, url] of [
      [pd, `/api/cases/${c.id}/meetings/${meetingId}`],
      [pol, `/api/cases/${c.id}/meetings/${meetingId}`],
      [pd, `/api/cases/${c.id}/meetings/${meetingId}/action-list`],
    ] as const) {
      const res = await s.request('GET', url, who);
      expect(res.statusCode, `${url} ${res.body}`).toBe(200);
    }
    const reads = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'meeting_id'])
      .where('case_id', '=', c.id)
      .where('action', 'in', ['meeting.read', 'meeting.action_list.read'])
      .orderBy('id')
      .execute();
    expect(reads).toEqual([
      { action: 'meeting.read', user_id: s.userId('procesregisseur@noord-limburg'), meeting_id: meetingId },
      { action: 'meeting.read', user_id: s.userId('politie-limburg@noord-limburg'), meeting_id: meetingId },
      { action: 'meeting.action_list.read', user_id: s.userId('procesregisseur@noord-limburg'), meeting_id: meetingId },
    ]);
    // Creating the meeting and inviting to it name it as well.
    const writes = await s.deps.database.db.selectFrom('audit_log').select(['action', 'meeting_id']).where('case_id', '=', c.id).where('action', 'in', ['meeting.create', 'meeting.invite']).execute();
    expect(writes.length).toBe(3);
    for (const w of writes) expect(w.meeting_id).toBe(meetingId);
    // The list of meetings concerns no single meeting.
    expect((await s.request('GET', `/api/cases/${c.id}/meetings`, pd)).statusCode).toBe(200);
    const list = await s.deps.database.db.selectFrom('audit_log').select('meeting_id').where('case_id', '=', c.id).where('action', '=', 'meeting.list').execute();
    expect(list).toEqual([{ meeting_id: null }]);
  });

  it('M9 the meeting named is part of the sealed chain: verify holds, and changing it breaks the chain', async () => {
    await sealAudit(s.deps.database.db);
    expect((await verifyAudit(s.deps.database.db)).ok).toBe(true);
    expect((await walkChain(s.deps.database.db)).ok).toBe(true);
    const row = await s.deps.database.db.selectFrom('audit_log').select('id').where('action', '=', 'meeting.read').where('meeting_id', 'is not', null).executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_guard_rows`.execute(s.deps.database.db);
    await sql`update audit_log set meeting_id = gen_random_uuid() where id = ${row.id}`.execute(s.deps.database.db);
    await sql`alter table audit_log enable trigger audit_log_guard_rows`.execute(s.deps.database.db);
    expect((await walkChain(s.deps.database.db)).ok).toBe(false);
    expect((await verifyAudit(s.deps.database.db)).ok).toBe(false);
    // Put it back for the other tests of this file.
    await sql`alter table audit_log disable trigger audit_log_guard_rows`.execute(s.deps.database.db);
    await sql`update audit_log set meeting_id = null where id = ${row.id}`.execute(s.deps.database.db);
    await sql`alter table audit_log enable trigger audit_log_guard_rows`.execute(s.deps.database.db);
  });

  it('M9 the police reading its own contribution reads on its own behalf; reading another partner\'s data is on behalf of the lead partner', async () => {
    const { c } = await toRto(s);
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, pol, weighing)).statusCode).toBe(201);
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, {
      content: 'Twee meldingen van overlast in 2026.', category: 'police_justice', police: true, purposes: ['rto'], basis: policeBasis, releasedForRto: 'all',
    });
    expect(added.statusCode, added.body).toBe(201);
    const own = added.json<{ id: string }>().id;
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${own}?purpose=rto`, pol)).statusCode).toBe(200);
    const registrant = s.partnerId(NL, 'reclassering-nederland');
    const lead = await s.deps.database.db.selectFrom('cases').select('lead_partner_id').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(lead.lead_partner_id).toBe(registrant);
    const readOwn = await s.deps.database.db.selectFrom('audit_log').select('on_behalf_of_partner_id').where('contribution_id', '=', own).where('action', '=', 'contribution.read').where('user_id', '=', s.userId('politie-limburg@noord-limburg')).execute();
    expect(readOwn).toEqual([{ on_behalf_of_partner_id: s.partnerId(NL, 'politie-limburg') }]);
    // The process director reading the same contribution acts for the lead partner.
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${own}?purpose=rto`, pd)).statusCode).toBe(200);
    const readByPd = await s.deps.database.db.selectFrom('audit_log').select('on_behalf_of_partner_id').where('contribution_id', '=', own).where('action', '=', 'contribution.read').where('user_id', '=', s.userId('procesregisseur@noord-limburg')).execute();
    expect(readByPd).toEqual([{ on_behalf_of_partner_id: registrant }]);
  });

  it('M9 a subject\'s name in the case list names the subject and the lead partner', async () => {
    const c = await register(s, 'reclassering-nederland@noord-limburg');
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const list = await s.request('GET', '/api/cases', rn);
    expect(list.statusCode).toBe(200);
    const titles = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['subject_id', 'on_behalf_of_partner_id'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'case.list_title')
      .where('user_id', '=', s.userId('reclassering-nederland@noord-limburg'))
      .execute();
    expect(titles).toEqual([{ subject_id: c.subjectIds[0], on_behalf_of_partner_id: s.partnerId(NL, 'reclassering-nederland') }]);
  });
});
