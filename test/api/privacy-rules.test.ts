/**
 * The privacy rules of issue 13 (items 1-5, 7, 8) over HTTP, on the shipped Noord-Limburg
 * configuration. Phases and RTO invitations are set in the database where the route to them is
 * not what is tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;
const policeBasis = { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' };
const weighing = { proportionality: 'Beperkt tot het nodige.', subsidiarity: 'Toestemming niet mogelijk.', effectiveness: 'Nodig voor het plan.', informAfterwards: true, informAfterwardsReason: 'Na het RTO.' };

async function register(subjects: { name: string; relation?: string }[]): Promise<{ id: string; subjectIds: string[]; registrationId: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects,
    complexCriteria: ['multi_problem', 'multiple_chains'],
    registration: { content: 'Zorgen over het gezin.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Puts the case in the RTO with these users designated for their partners and invited. */
async function inRto(caseId: string, users: readonly (readonly [string, string])[], at = s.deps.now()): Promise<string> {
  const db = s.deps.database.db;
  const c = await db.selectFrom('cases').select(['collaboration_id', 'table_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
  await db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', caseId).execute();
  const meeting = await db
    .insertInto('meetings')
    .values({ case_id: caseId, collaboration_id: c.collaboration_id, table_id: c.table_id, scheduled_at: at, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [user, partner] of users) {
    const base = { case_id: caseId, collaboration_id: c.collaboration_id, user_id: s.userId(user), partner_id: s.partnerId(NL, partner) };
    await db.insertInto('involvement').values({ ...base, designated_at: at }).onConflict((oc) => oc.doNothing()).execute();
    await db.insertInto('meeting_invitations').values({ ...base, meeting_id: meeting.id, participant_role: 'expert', invited_at: at }).execute();
  }
  return meeting.id;
}

describe('issue 13 privacy rules over HTTP', () => {
  it('13.3 P8 by kind: a police conviction sent with special=false is stored as special and refused to the housing corporation', async () => {
    const c = await register([{ name: 'Kees Peters' }]);
    await inRto(c.id, [['politie-limburg@noord-limburg', 'politie-limburg'], ['woonwenz@noord-limburg', 'woonwenz']]);
    const pol = await s.login('politie-limburg@noord-limburg');
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, pol, weighing)).statusCode).toBe(201);
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, pol, {
      content: 'Eerdere veroordeling mishandeling 2024.', category: 'police_justice', special: false, police: true, purposes: ['rto'], basis: policeBasis, releasedForRto: 'all',
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json<{ id: string }>().id;
    const row = await s.deps.database.db.selectFrom('contributions').select('special').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.special).toBe(true);
    const woon = await s.login('woonwenz@noord-limburg');
    const read = await s.request('GET', `/api/cases/${c.id}/contributions/${id}?purpose=rto`, woon);
    expect(read.statusCode).toBe(403);
    expect(errorOf(read.body)).toMatchObject({ rule: 'P8', reason: 'special_category' });
    expect(read.body).not.toContain('mishandeling');
  });

  it("13.1 subjects: the access answer for parent Alfa holds no data about child Beta, and the audit names Alfa", async () => {
    const c = await register([{ name: 'Alfa Jansen', relation: 'ouder' }, { name: 'Beta Jansen', relation: 'kind' }]);
    const [alfa, beta] = c.subjectIds as [string, string];
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const aboutBeta = await s.request('POST', `/api/cases/${c.id}/contributions`, rn, {
      content: 'Beta: jeugdbeschermingsmaatregel en behandeling.', category: 'mental_functioning', purposes: ['screening'], basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' }, subjects: [beta],
    });
    expect(aboutBeta.statusCode, aboutBeta.body).toBe(201);
    const unknownSubject = await s.request('POST', `/api/cases/${c.id}/contributions`, rn, {
      content: 'x', purposes: ['screening'], basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' }, subjects: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownSubject.statusCode).toBe(400);
    const po = await s.login('privacy@noord-limburg');
    const req = (await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: c.id, subjectId: alfa, requester: 'A. Jansen' })).json<{ id: string }>();
    const preview = await s.request('GET', `/api/rights-requests/${req.id}/access-answer`, po);
    expect(preview.statusCode, preview.body).toBe(200);
    const data = preview.json<{ answer: { data: { contributionId: string }[] } }>().answer.data.map((d) => d.contributionId);
    expect(data).toEqual([c.registrationId]);
    expect(preview.body).not.toContain('jeugdbescherming');
    // The case page within Alfa's request names Alfa, not Beta.
    const page = await s.request('GET', `/api/cases/${c.id}?purpose=rights_request`, po);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json<{ subjects: { id: string; name: string }[] }>().subjects.map((x) => x.name)).toEqual(['Alfa Jansen']);
    expect(page.body).not.toContain('Beta Jansen');
    // Reading Beta's contribution within Alfa's request is refused, naming the rule.
    const direct = await s.request('GET', `/api/cases/${c.id}/contributions/${aboutBeta.json<{ id: string }>().id}?purpose=rights_request`, po);
    expect(direct.statusCode).toBe(403);
    expect(errorOf(direct.body)).toMatchObject({ rule: 'P2', reason: 'request_of_other_subject' });
    const reads = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['subject_id', 'contribution_id'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'contribution.read')
      .where('user_id', '=', s.userId('privacy@noord-limburg'))
      .where('outcome', '=', 'allow')
      .execute();
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect(r).toEqual({ subject_id: alfa, contribution_id: c.registrationId });
  });

  it('13.4 on behalf of: after the case director\'s partner took over, the process director\'s reads name that partner', async () => {
    const c = await register([{ name: 'Dirk Bos' }]);
    await inRto(c.id, [['vincent-van-gogh@noord-limburg', 'vincent-van-gogh']]);
    const vvg = s.partnerId(NL, 'vincent-van-gogh');
    await s.deps.database.db.updateTable('cases').set({ lead_partner_id: vvg }).where('id', '=', c.id).execute();
    const pd = await s.login('procesregisseur@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=rto`, pd)).statusCode).toBe(200);
    const rows = await s.deps.database.db
      .selectFrom('audit_log')
      .select('on_behalf_of_partner_id')
      .where('case_id', '=', c.id)
      .where('action', '=', 'contribution.read')
      .where('user_id', '=', s.userId('procesregisseur@noord-limburg'))
      .execute();
    expect(rows).toEqual([{ on_behalf_of_partner_id: vvg }]);
  });

  it('13.5 monitoring: a participant of an earlier RTO only does not read in the follow-up RTO; the RTO keeps only what it chose for monitoring', async () => {
    const c = await register([{ name: 'Eva Kok' }]);
    const first = new Date(s.deps.now().getTime() - 30 * 86_400_000);
    await inRto(c.id, [['woonwenz@noord-limburg', 'woonwenz'], ['vincent-van-gogh@noord-limburg', 'vincent-van-gogh']], first);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, rn, weighing)).statusCode).toBe(201);
    const released = await s.request('PATCH', `/api/cases/${c.id}/contributions/${c.registrationId}/release`, rn, { releasedForRto: 'all' });
    expect(released.statusCode, released.body).toBe(200);
    const url = `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=rto`;
    const woon = await s.login('woonwenz@noord-limburg');
    expect((await s.request('GET', url, woon)).statusCode).toBe(200);
    // The follow-up RTO invites only Vincent van Gogh.
    const followUp = await inRto(c.id, [['vincent-van-gogh@noord-limburg', 'vincent-van-gogh']]);
    const earlier = await s.request('GET', url, woon);
    expect(earlier.statusCode).toBe(403);
    expect(errorOf(earlier.body)).toMatchObject({ rule: 'P2', reason: 'not_involved' });
    const vvg = await s.login('vincent-van-gogh@noord-limburg');
    expect((await s.request('GET', url, vvg)).statusCode).toBe(200);
    // In monitoring, only what the current RTO kept stays readable.
    // The follow-up RTO's record keeps nothing of the registration for monitoring.
    const pd = await s.login('procesregisseur@noord-limburg');
    const record = { version: 1, date: s.deps.now().toISOString(), status: 'held', reason: 'Vervolg-RTO', present: [], plan: { goals: [], actions: [] } };
    const bogus = await s.request('PUT', `/api/cases/${c.id}/meetings/${followUp}/record`, pd, { ...record, monitoringKept: ['00000000-0000-4000-8000-000000000000'] });
    expect(bogus.statusCode, bogus.body).toBe(400);
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${followUp}/record`, pd, { ...record, monitoringKept: [] });
    expect(saved.statusCode, saved.body).toBe(200);
    await s.deps.database.db.updateTable('cases').set({ phase: 'monitoring' }).where('id', '=', c.id).execute();
    const mon = await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=monitoring`, vvg);
    expect(mon.statusCode).toBe(403);
    expect(errorOf(mon.body)).toMatchObject({ rule: 'P3', reason: 'not_kept_for_monitoring' });
  });

  it('003-92: the RTO makes the monitoring purpose explicit when it keeps data for monitoring; the purpose is sealed and shown with the action list', async () => {
    const c = await register([{ name: 'Lotte Smeets' }]);
    const meeting = await inRto(c.id, [['vincent-van-gogh@noord-limburg', 'vincent-van-gogh']]);
    const pd = await s.login('procesregisseur@noord-limburg');
    const record = { version: 1, date: s.deps.now().toISOString(), status: 'held', reason: 'Eerste RTO', present: [], plan: { goals: [], actions: [] } };
    const url = `/api/cases/${c.id}/meetings/${meeting}/record`;
    // Keeping data for monitoring without saying what for is refused, naming the field; nothing is saved.
    const unexplained = await s.request('PUT', url, pd, { ...record, monitoringKept: [c.registrationId] });
    expect(unexplained.statusCode, unexplained.body).toBe(400);
    expect(unexplained.body).toContain('monitoringPurpose');
    expect(unexplained.body).toContain('doel van de monitoring');
    const before = await s.deps.database.db.selectFrom('meetings').select(['monitoring_kept', 'record_enc', 'version']).where('id', '=', meeting).executeTakeFirstOrThrow();
    expect(before).toMatchObject({ monitoring_kept: null, record_enc: null, version: 1 });
    const purpose = 'Volgen of de schuldhulp en de woonbegeleiding binnen drie maanden op gang komen.';
    const saved = await s.request('PUT', url, pd, { ...record, monitoringKept: [c.registrationId], monitoringPurpose: purpose });
    expect(saved.statusCode, saved.body).toBe(200);
    const list = await s.request('GET', `/api/cases/${c.id}/meetings/${meeting}/action-list`, pd);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ monitoringPurpose: purpose, monitoringKept: 1 });
    // Sealed under the case key like the rest of the record.
    const row = await s.deps.database.db.selectFrom('meetings').select('record_enc').where('id', '=', meeting).executeTakeFirstOrThrow();
    expect(Buffer.from(row.record_enc ?? '').toString('utf8')).not.toContain('schuldhulp');
    // Keeping nothing needs no purpose; the list then says no purpose and nothing kept.
    const nothing = await s.request('PUT', url, pd, { ...record, version: 2, monitoringKept: [] });
    expect(nothing.statusCode, nothing.body).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}/meetings/${meeting}/action-list`, pd)).json()).toMatchObject({ monitoringPurpose: null, monitoringKept: 0 });
  });

  it('13.8 P5: legitimate interest without a recorded balancing of interests is not stored', async () => {
    const c = await register([{ name: 'Frank de Wit' }]);
    await inRto(c.id, [['woonwenz@noord-limburg', 'woonwenz']]);
    const woon = await s.login('woonwenz@noord-limburg');
    const body = { content: 'Huurachterstand.', category: 'housing', purposes: ['rto'], releasedForRto: 'none' };
    const without = await s.request('POST', `/api/cases/${c.id}/contributions`, woon, { ...body, basis: { kind: 'legitimate_interest' } });
    expect(without.statusCode).toBe(403);
    expect(errorOf(without.body)).toMatchObject({ rule: 'P5', reason: 'legitimate_interest_unbalanced' });
    const withBalancing = await s.request('POST', `/api/cases/${c.id}/contributions`, woon, { ...body, basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging: leefbaarheid weegt zwaarder dan de inbreuk.' } });
    expect(withBalancing.statusCode, withBalancing.body).toBe(201);
  });
});

describe('13.2 running cases are finished after a partner leaves (P1; seed 000 art. 13.2)', () => {
  it("13.2 P1 after the end of its membership the housing corporation's professional reads what it read before, records, completes its plan action and is invited to its case's follow-up RTO; it starts and joins no new case", async () => {
    const c = await register([{ name: 'Frits de Wit' }]);
    const meetingId = await inRto(c.id, [['woonwenz@noord-limburg', 'woonwenz']]);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, rn, weighing)).statusCode).toBe(201);
    expect((await s.request('PATCH', `/api/cases/${c.id}/contributions/${c.registrationId}/release`, rn, { releasedForRto: 'all' })).statusCode).toBe(200);
    const pd = await s.login('procesregisseur@noord-limburg');
    const woonwenz = s.partnerId(NL, 'woonwenz');
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version: 1,
      date: s.deps.now().toISOString(),
      status: 'held',
      reason: 'Overlast en huurachterstand',
      present: [s.userId('woonwenz@noord-limburg')],
      plan: { goals: [{ domain: 'housing', goal: 'Huisuitzetting voorkomen' }], actions: [{ description: 'Betalingsregeling huur treffen', ownerPartnerId: woonwenz, dueAt: '2026-12-01' }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [actionId] = saved.json<{ actionIds: string[] }>().actionIds;
    const registrationUrl = `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=rto`;
    expect((await s.request('GET', registrationUrl, await s.login('woonwenz@noord-limburg'))).statusCode).toBe(200);

    // The membership ends (notice given, the period over).
    const admin = await s.login('beheerder@noord-limburg');
    const notice = await s.request('POST', `/api/partners/${woonwenz}/notice`, admin, { givenAt: s.deps.now().toISOString() });
    expect(notice.statusCode, notice.body).toBe(200);
    const before = s.deps.now();
    s.setNow(new Date(Date.parse(notice.json<{ endsAt: string }>().endsAt) + 60_000));
    try {
      const woon = await s.login('woonwenz@noord-limburg');
      // It reads what it read before, and records.
      expect((await s.request('GET', registrationUrl, woon)).statusCode).toBe(200);
      const added = await s.request('POST', `/api/cases/${c.id}/contributions`, woon, {
        content: 'Betalingsregeling getroffen; eerste termijn betaald.', category: 'housing', purposes: ['rto', 'plan_execution'], basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging: woonbehoud weegt zwaarder dan de inbreuk.' },
      });
      expect(added.statusCode, added.body).toBe(201);
      // It completes its own plan action.
      const done = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, woon, { version: 1, status: 'done' });
      expect(done.statusCode, done.body).toBe(200);
      // The process director invites it to the follow-up RTO of this case.
      const db = s.deps.database.db;
      const row = await db.selectFrom('cases').select(['collaboration_id', 'table_id']).where('id', '=', c.id).executeTakeFirstOrThrow();
      const followUp = await db.insertInto('meetings').values({ case_id: c.id, collaboration_id: row.collaboration_id, table_id: row.table_id, scheduled_at: s.deps.now() }).returning('id').executeTakeFirstOrThrow();
      const pd2 = await s.login('procesregisseur@noord-limburg');
      const invited = await s.request('POST', `/api/cases/${c.id}/meetings/${followUp.id}/invitations`, pd2, { userId: s.userId('woonwenz@noord-limburg'), role: 'intended_executor' });
      expect(invited.statusCode, invited.body).toBe(201);

      // It starts no new case ...
      const registered = await s.request('POST', '/api/cases', woon, {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: 'Gerda Smit' }],
        complexCriteria: ['multi_problem', 'multiple_chains'],
        registration: { content: 'Overlast.', basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging vastgelegd.' } },
        processDirectorId: s.userId('procesregisseur@noord-limburg'),
      });
      expect(registered.statusCode).toBe(403);
      expect(errorOf(registered.body).rule).toBe('P1');
      // ... and joins none: it is not invited to another case's RTO.
      const other = await register([{ name: 'Hanna Mol' }]);
      const otherRow = await db.selectFrom('cases').select(['collaboration_id', 'table_id']).where('id', '=', other.id).executeTakeFirstOrThrow();
      await db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', other.id).execute();
      const otherMeeting = await db.insertInto('meetings').values({ case_id: other.id, collaboration_id: otherRow.collaboration_id, table_id: otherRow.table_id, scheduled_at: s.deps.now() }).returning('id').executeTakeFirstOrThrow();
      const notInvited = await s.request('POST', `/api/cases/${other.id}/meetings/${otherMeeting.id}/invitations`, pd2, { userId: s.userId('woonwenz@noord-limburg'), role: 'intended_executor' });
      expect(notInvited.statusCode).toBe(403);
      expect(notInvited.body).toContain('invitee_not_active_partner');
    } finally {
      await s.deps.database.db.updateTable('partners').set({ notice_given_at: null, ends_at: null }).where('id', '=', woonwenz).execute();
      s.setNow(before);
    }
  });
});

describe('13.7 professional secrecy over HTTP (P7; seed 004 Bijlage 1 art. 2)', () => {
  it('13.7 P7: the GGZ, bound to professional secrecy, shares without consent only after it recorded a conflict-of-duties weighing', async () => {
    const c = await register([{ name: 'Ids Vos' }]);
    await inRto(c.id, [['vincent-van-gogh@noord-limburg', 'vincent-van-gogh'], ['politie-limburg@noord-limburg', 'politie-limburg']]);
    const vvg = await s.login('vincent-van-gogh@noord-limburg');
    // Sharing without consent needs a completed weighing; this one records no conflict of duties.
    expect((await s.request('POST', `/api/cases/${c.id}/weighings`, vvg, weighing)).statusCode).toBe(201);
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, vvg, {
      content: 'Cliënt mist afspraken; zorgen over escalatie thuis.', category: 'mental_functioning', purposes: ['rto'], basis: { kind: 'vital_interest', motivation: 'Acuut gevaar voor de veiligheid van de huisgenoten.' }, releasedForRto: 'all',
    });
    expect(added.statusCode, added.body).toBe(201);
    const url = `/api/cases/${c.id}/contributions/${added.json<{ id: string }>().id}?purpose=rto`;
    const pol = await s.login('politie-limburg@noord-limburg');
    const unweighed = await s.request('GET', url, pol);
    expect(unweighed.statusCode).toBe(403);
    expect(errorOf(unweighed.body)).toMatchObject({ rule: 'P7', reason: 'secrecy_without_conflict_weighing' });
    expect(unweighed.body).not.toContain('escalatie');
    // Its own data it reads regardless.
    expect((await s.request('GET', url, vvg)).statusCode).toBe(200);
    // A weighing that records the conflict of duties opens it.
    const conflict = await s.request('POST', `/api/cases/${c.id}/weighings`, vvg, { ...weighing, conflictOfDuties: 'Zwijgplicht wijkt voor het voorkomen van ernstig gevaar voor de huisgenoten.' });
    expect(conflict.statusCode, conflict.body).toBe(201);
    const read = await s.request('GET', url, pol);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.body).toContain('escalatie');
  });
});
