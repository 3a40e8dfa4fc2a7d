/**
 * Data has subjects in household cases (issue 13 item 1), for what the meeting records: the notes
 * of a meeting, the goals of the plan of approach and its actions name the subject(s) of the case
 * they are about, and the access answer for one member of the household holds only that member's
 * notes, goals and actions (and those about the household as a whole). On the shipped
 * Noord-Limburg configuration; the RTO phase and invitations are set in the database.
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

async function household(): Promise<{ id: string; alfa: string; beta: string; meetingId: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: 'Alfa Hendriks', relation: 'ouder' }, { name: 'Beta Hendriks', relation: 'kind' }],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    registration: { content: 'Zorgen over het gezin Hendriks.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; subjectIds: [string, string] }>();
  const db = s.deps.database.db;
  const row = await db.selectFrom('cases').select(['collaboration_id', 'table_id']).where('id', '=', c.id).executeTakeFirstOrThrow();
  await db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', c.id).execute();
  const now = s.deps.now();
  const meeting = await db.insertInto('meetings').values({ case_id: c.id, collaboration_id: row.collaboration_id, table_id: row.table_id, scheduled_at: now, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  const base = { case_id: c.id, collaboration_id: row.collaboration_id, user_id: s.userId('woonwenz@noord-limburg'), partner_id: s.partnerId(NL, 'woonwenz') };
  await db.insertInto('involvement').values({ ...base, designated_at: now }).execute();
  await db.insertInto('meeting_invitations').values({ ...base, meeting_id: meeting.id, participant_role: 'expert', invited_at: now }).execute();
  return { id: c.id, alfa: c.subjectIds[0], beta: c.subjectIds[1], meetingId: meeting.id };
}

interface Overview {
  answer: { meetingData: { kind: string; text: string; domain: string | null }[]; data: { content: string }[] };
  withheld: number;
}

describe('13.1 household subjects in meeting notes, plan goals and plan actions', () => {
  it('13.1 the access answer for parent Alfa holds Alfa\'s and the household\'s notes, goals and actions, never child Beta\'s; the audit names Alfa', async () => {
    const h = await household();
    const pd = await s.login('procesregisseur@noord-limburg');
    const woonwenz = s.partnerId(NL, 'woonwenz');
    const record = (subjectsOfBetaGoal: string[]) => ({
      version: 1,
      date: s.deps.now().toISOString(),
      status: 'held',
      reason: 'Huurachterstand van het gezin',
      present: [s.userId('woonwenz@noord-limburg')],
      notes: [
        { text: 'Alfa wil een budgetcursus volgen.', subjects: [h.alfa] },
        { text: 'Beta spijbelt sinds oktober; leerplicht is ingelicht.', subjects: [h.beta] },
      ],
      plan: {
        goals: [
          { domain: 'housing', goal: 'Het gezin blijft in de woning.' },
          { domain: 'work_education', goal: 'Beta gaat weer elke dag naar school.', subjects: subjectsOfBetaGoal },
          { domain: 'income_debts', goal: 'Alfa heeft een betalingsregeling.', subjects: [h.alfa] },
        ],
        actions: [
          { description: 'Betalingsregeling huur met Alfa treffen', ownerPartnerId: woonwenz, dueAt: '2026-12-20', subjects: [h.alfa] },
          { description: 'Gesprek met Beta en de mentor op school', ownerPartnerId: woonwenz, dueAt: '2026-12-21', subjects: [h.beta] },
        ],
      },
    });
    // A subject of another case is refused, naming the field.
    const wrong = await s.request('PUT', `/api/cases/${h.id}/meetings/${h.meetingId}/record`, pd, record(['00000000-0000-4000-8000-000000000000']));
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(wrong.body).toContain('plan.goals.1.subjects');
    const saved = await s.request('PUT', `/api/cases/${h.id}/meetings/${h.meetingId}/record`, pd, record([h.beta]));
    expect(saved.statusCode, saved.body).toBe(200);
    const rows = await s.deps.database.db.selectFrom('plan_actions').select('subject_ids').where('case_id', '=', h.id).orderBy('due_at').execute();
    expect(rows.map((r) => r.subject_ids)).toEqual([[h.alfa], [h.beta]]);

    const po = await s.login('privacy@noord-limburg');
    const req = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: h.id, subjectId: h.alfa, requester: 'A. Hendriks' });
    expect(req.statusCode, req.body).toBe(201);
    const preview = await s.request('GET', `/api/rights-requests/${req.json<{ id: string }>().id}/access-answer`, po);
    expect(preview.statusCode, preview.body).toBe(200);
    const o = preview.json<Overview>();
    expect(o.answer.meetingData.map((m) => `${m.kind}: ${m.text}`).sort()).toEqual([
      'meeting_note: Alfa wil een budgetcursus volgen.',
      'meeting_reason: Huurachterstand van het gezin',
      'plan_action: Betalingsregeling huur met Alfa treffen',
      'plan_goal: Alfa heeft een betalingsregeling.',
      'plan_goal: Het gezin blijft in de woning.',
    ]);
    expect(preview.body).not.toContain('Beta gaat');
    expect(preview.body).not.toContain('spijbelt');
    expect(preview.body).not.toContain('mentor');
    // The meeting read within Alfa's request is audited under Alfa.
    const reads = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['subject_id', 'purpose'])
      .where('case_id', '=', h.id)
      .where('action', '=', 'meeting.read')
      .where('user_id', '=', s.userId('privacy@noord-limburg'))
      .execute();
    expect(reads).toEqual([{ subject_id: h.alfa, purpose: 'rights_request' }]);

    // Beta's request holds Beta's goal, note and action and the household's, never Alfa's.
    const reqBeta = await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: h.id, subjectId: h.beta, requester: 'Wettelijk vertegenwoordiger' });
    const previewBeta = await s.request('GET', `/api/rights-requests/${reqBeta.json<{ id: string }>().id}/access-answer`, po);
    expect(previewBeta.statusCode, previewBeta.body).toBe(200);
    expect(previewBeta.json<Overview>().answer.meetingData.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Beta gaat weer elke dag naar school.', 'Gesprek met Beta en de mentor op school', 'Het gezin blijft in de woning.']),
    );
    expect(previewBeta.body).not.toContain('budgetcursus');
    expect(previewBeta.body).not.toContain('betalingsregeling');
  });

  it('13.1 the privacy officer does not open the meeting record itself, even within a request', async () => {
    const h = await household();
    const po = await s.login('privacy@noord-limburg');
    expect((await s.request('POST', '/api/rights-requests', po, { kind: 'access', caseId: h.id, subjectId: h.alfa, requester: 'A. Hendriks' })).statusCode).toBe(201);
    const direct = await s.request('GET', `/api/cases/${h.id}/meetings/${h.meetingId}`, po);
    expect(direct.statusCode).toBe(403);
  });
});

describe('13.1 erasure and restriction act on meeting notes, plan goals and plan actions per subject', () => {
  async function withRecord(): Promise<{ h: Awaited<ReturnType<typeof household>>; pd: string }> {
    const h = await household();
    const pd = await s.login('procesregisseur@noord-limburg');
    const woonwenz = s.partnerId(NL, 'woonwenz');
    const saved = await s.request('PUT', `/api/cases/${h.id}/meetings/${h.meetingId}/record`, pd, {
      version: 1,
      date: s.deps.now().toISOString(),
      status: 'held',
      reason: 'Huurachterstand van het gezin',
      present: [s.userId('woonwenz@noord-limburg')],
      notes: [
        { text: 'Alfa wil een budgetcursus volgen.', subjects: [h.alfa] },
        { text: 'Beta spijbelt sinds oktober.', subjects: [h.beta] },
        { text: 'Alfa en Beta praten weer met elkaar.', subjects: [h.alfa, h.beta] },
      ],
      plan: {
        goals: [
          { domain: 'housing', goal: 'Het gezin blijft in de woning.', subjects: [] },
          { domain: 'work_education', goal: 'Beta gaat weer elke dag naar school.', subjects: [h.beta] },
          { domain: 'income_debts', goal: 'Alfa heeft een betalingsregeling.', subjects: [h.alfa] },
        ],
        actions: [
          { description: 'Betalingsregeling huur met Alfa treffen', ownerPartnerId: woonwenz, dueAt: '2026-12-20', subjects: [h.alfa] },
          { description: 'Gesprek met Beta en de mentor op school', ownerPartnerId: woonwenz, dueAt: '2026-12-21', subjects: [h.beta] },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    return { h, pd };
  }
  const texts = async (h: { id: string; meetingId: string }, pd: string): Promise<string> => {
    const meeting = await s.request('GET', `/api/cases/${h.id}/meetings/${h.meetingId}`, pd);
    expect(meeting.statusCode, meeting.body).toBe(200);
    const list = await s.request('GET', `/api/cases/${h.id}/meetings/${h.meetingId}/action-list`, pd);
    expect(list.statusCode, list.body).toBe(200);
    return meeting.body + list.body;
  };
  const request = async (kind: string, caseId: string, subjectId: string): Promise<{ id: string; routedTo: string[] }> => {
    const po = await s.login('privacy@noord-limburg');
    const r = await s.request('POST', '/api/rights-requests', po, { kind, caseId, subjectId, requester: 'Per brief' });
    expect(r.statusCode, r.body).toBe(201);
    return r.json<{ id: string; routedTo: string[] }>();
  };
  const execute = async (id: string, user: string, body: unknown) => {
    const r = await s.request('POST', `/api/rights-requests/${id}/execute`, await s.login(user), body);
    expect(r.statusCode, r.body).toBe(201);
    return r.json<{ meetingEffects: { itemKind: string; effect: string }[] }>();
  };
  const accessAnswer = async (caseId: string, subjectId: string): Promise<{ answer: { meetingData: { kind: string; text: string; restriction?: string }[] } }> => {
    const po = await s.login('privacy@noord-limburg');
    const req = await request('access', caseId, subjectId);
    const preview = await s.request('GET', `/api/rights-requests/${req.id}/access-answer`, po);
    expect(preview.statusCode, preview.body).toBe(200);
    return preview.json();
  };

  it("13.1 restriction of Alfa: Alfa's note, goal and action are no longer processed (gone from the meeting, the action list), shown marked in Alfa's access answer; shared and Beta's items stay; after lifting they are back", async () => {
    const { h, pd } = await withRecord();
    expect(await texts(h, pd)).toContain('budgetcursus');
    const req = await request('restriction', h.id, h.alfa);
    // The lead partner (for the record) and the action's owner are routed.
    expect(req.routedTo.sort()).toEqual([s.partnerId(NL, 'reclassering-nederland'), s.partnerId(NL, 'woonwenz')].sort());
    const byLead = await execute(req.id, 'reclassering-nederland@noord-limburg', { kind: 'restriction' });
    expect(byLead.meetingEffects.map((e) => `${e.itemKind} ${e.effect}`).sort()).toEqual(['meeting_note left_shared', 'meeting_note restricted', 'plan_goal left_shared', 'plan_goal restricted']);
    const byOwner = await execute(req.id, 'woonwenz@noord-limburg', { kind: 'restriction' });
    expect(byOwner.meetingEffects.map((e) => `${e.itemKind} ${e.effect}`)).toEqual(['plan_action restricted']);
    const after = await texts(h, pd);
    for (const gone of ['budgetcursus', 'Alfa heeft een betalingsregeling', 'Betalingsregeling huur']) expect(after).not.toContain(gone);
    for (const kept of ['Beta spijbelt', 'Alfa en Beta praten', 'Het gezin blijft', 'Beta gaat weer', 'mentor op school']) expect(after).toContain(kept);
    const stored = await s.deps.database.db.selectFrom('restricted_meeting_items').select(['kind', 'item_enc']).where('restricted_by_request', '=', req.id).execute();
    expect(stored.map((r) => r.kind).sort()).toEqual(['meeting_note', 'plan_action', 'plan_goal']);
    expect(stored.map((r) => r.item_enc.toString('utf8')).join('')).not.toContain('budgetcursus');
    // Within Alfa's access request they are shown, marked restricted.
    const answer = await accessAnswer(h.id, h.alfa);
    const marked = answer.answer.meetingData.filter((m) => m.restriction === 'restriction').map((m) => m.text).sort();
    expect(marked).toEqual(['Alfa heeft een betalingsregeling.', 'Alfa wil een budgetcursus volgen.', 'Betalingsregeling huur met Alfa treffen']);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'subject_id']).where('case_id', '=', h.id).where('action', 'in', ['meeting.note.restrict', 'plan.goal.restrict', 'plan_action.restrict']).execute();
    expect(audit.map((a) => `${a.action} ${a.subject_id === h.alfa}`).sort()).toEqual(['meeting.note.restrict true', 'plan.goal.restrict true', 'plan_action.restrict true']);

    const po = await s.login('privacy@noord-limburg');
    const lifted = await s.request('POST', `/api/rights-requests/${req.id}/lift-restriction`, po, { reason: 'Juistheid vastgesteld.', subjectInformedAt: s.deps.now().toISOString() });
    expect(lifted.statusCode, lifted.body).toBe(201);
    const back = await texts(h, pd);
    for (const again of ['budgetcursus', 'Alfa heeft een betalingsregeling', 'Betalingsregeling huur']) expect(back).toContain(again);
    expect(await s.deps.database.db.selectFrom('restricted_meeting_items').select('id').where('restricted_by_request', '=', req.id).execute()).toEqual([]);
  });

  it("13.1 rectification of Alfa's meeting note, plan goal and plan action: the corrected text replaces the old, which is no longer served; Beta's and the shared items are untouched; audited under Alfa; Beta's item is refused", async () => {
    const { h, pd } = await withRecord();
    const req = await request('rectification', h.id, h.alfa);
    expect(req.routedTo.sort()).toEqual([s.partnerId(NL, 'reclassering-nederland'), s.partnerId(NL, 'woonwenz')].sort());
    // Beta's note is not Alfa's data: refused naming P15, nothing changes.
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const betas = await s.request('POST', `/api/rights-requests/${req.id}/execute`, rn, {
      kind: 'rectification',
      corrections: [],
      meetingItems: [
        { meetingId: h.meetingId, kind: 'meeting_note', text: 'Alfa wil een budgetcursus volgen.', content: 'Alfa volgt al een budgetcursus.' },
        { meetingId: h.meetingId, kind: 'meeting_note', text: 'Beta spijbelt sinds oktober.', content: 'Beta gaat elke dag.' },
      ],
    });
    expect(betas.statusCode, betas.body).toBe(403);
    expect(betas.json<{ error: { rule: string } }>().error.rule).toBe('P15');
    expect(await texts(h, pd)).toContain('budgetcursus volgen');
    // The lead partner corrects the note and the goal; the owner its action (not the lead: refused for the action).
    const byLead = await execute(req.id, 'reclassering-nederland@noord-limburg', {
      kind: 'rectification',
      corrections: [],
      meetingItems: [
        { meetingId: h.meetingId, kind: 'meeting_note', text: 'Alfa wil een budgetcursus volgen.', content: 'Alfa volgt al een budgetcursus bij de gemeente.' },
        { meetingId: h.meetingId, kind: 'plan_goal', text: 'Alfa heeft een betalingsregeling.', content: 'Alfa houdt zich aan de betalingsregeling.' },
      ],
    });
    expect(byLead.meetingEffects.map((e) => `${e.itemKind} ${e.effect}`)).toEqual(['meeting_note rectified', 'plan_goal rectified']);
    const byOwner = await execute(req.id, 'woonwenz@noord-limburg', {
      kind: 'rectification',
      corrections: [],
      meetingItems: [{ meetingId: h.meetingId, kind: 'plan_action', text: 'Betalingsregeling huur met Alfa treffen', content: 'Betalingsregeling huur met Alfa bewaken' }],
    });
    expect(byOwner.meetingEffects.map((e) => `${e.itemKind} ${e.effect}`)).toEqual(['plan_action rectified']);
    const after = await texts(h, pd);
    for (const gone of ['budgetcursus volgen', 'Alfa heeft een betalingsregeling', 'Betalingsregeling huur met Alfa treffen']) expect(after).not.toContain(gone);
    for (const now of ['budgetcursus bij de gemeente', 'Alfa houdt zich aan de betalingsregeling', 'Betalingsregeling huur met Alfa bewaken']) expect(after).toContain(now);
    for (const kept of ['Beta spijbelt sinds oktober.', 'Alfa en Beta praten weer met elkaar.', 'Het gezin blijft in de woning.', 'Beta gaat weer elke dag naar school.', 'Gesprek met Beta en de mentor op school']) expect(after).toContain(kept);
    const answer = JSON.stringify(await accessAnswer(h.id, h.alfa));
    expect(answer).not.toContain('budgetcursus volgen');
    expect(answer).toContain('Betalingsregeling huur met Alfa bewaken');
    const audit = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'meeting_id', 'outcome'])
      .where('case_id', '=', h.id)
      .where('action', 'in', ['meeting.note.rectify', 'plan.goal.rectify', 'plan_action.rectify'])
      .execute();
    expect(audit.map((a) => `${a.action} ${a.subject_id === h.alfa} ${a.meeting_id === h.meetingId} ${a.outcome}`).sort()).toEqual([
      'meeting.note.rectify true true allow',
      'plan.goal.rectify true true allow',
      'plan_action.rectify true true allow',
    ]);
    const effects = await s.deps.database.db.selectFrom('rights_request_effects').select(['effect', 'item_kind']).where('request_id', '=', req.id).execute();
    expect(effects.map((e) => `${e.item_kind} ${e.effect}`).sort()).toEqual(['meeting_note rectified', 'plan_action rectified', 'plan_goal rectified']);
  });

  it("13.1 lifting a restriction tells the partners that received the data in their inbox (AVG art. 19) and records the letter to the subject; the partner that holds the item and partners that received nothing are not told", async () => {
    const { h } = await withRecord();
    // A contribution about Alfa that the police received (shared with it), besides the meeting items woonwenz received at the meeting.
    const db = s.deps.database.db;
    const registration = await db.selectFrom('contributions').select('id').where('case_id', '=', h.id).executeTakeFirstOrThrow();
    await db.updateTable('contributions').set({ subject_ids: JSON.stringify([h.alfa]), shared_with: JSON.stringify([s.partnerId(NL, 'politie-limburg')]) }).where('id', '=', registration.id).execute();
    const req = await request('restriction', h.id, h.alfa);
    await execute(req.id, 'reclassering-nederland@noord-limburg', { kind: 'restriction' });
    await execute(req.id, 'woonwenz@noord-limburg', { kind: 'restriction' });
    const told = () =>
      db
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .select(['users.partner_id', 'notifications.link', 'notifications.ref_id'])
        .where('notifications.kind', '=', 'restriction_lifted')
        .where('notifications.case_id', '=', h.id)
        .execute();
    expect(await told()).toEqual([]);
    const po = await s.login('privacy@noord-limburg');
    const informed = s.deps.now().toISOString().slice(0, 10);
    const lifted = await s.request('POST', `/api/rights-requests/${req.id}/lift-restriction`, po, { reason: 'Juistheid vastgesteld.', subjectInformedAt: informed });
    expect(lifted.statusCode, lifted.body).toBe(201);
    const politie = s.partnerId(NL, 'politie-limburg');
    const woonwenz = s.partnerId(NL, 'woonwenz');
    expect(lifted.json<{ partnersTold: string[]; letter: { topic: string; informedAt: string } }>()).toMatchObject({ partnersTold: [politie, woonwenz].sort(), letter: { topic: 'restriction_lifted' } });
    const rows = await told();
    expect([...new Set(rows.map((r) => r.partner_id))].sort()).toEqual([politie, woonwenz].sort());
    expect(rows.every((r) => r.ref_id === req.id && r.link === '/inbox')).toBe(true);
    // The woonwenz professional sees it in the inbox, with no name or text of the subject.
    const inbox = await s.request('GET', '/api/inbox', await s.login('woonwenz@noord-limburg'));
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.body).toContain('restriction_lifted');
    expect(inbox.body).not.toContain('Hendriks');
    expect(inbox.body).not.toContain('budgetcursus');
    // The holder of the items is not told of its own data.
    expect(rows.some((r) => r.partner_id === s.partnerId(NL, 'reclassering-nederland'))).toBe(false);
    const letters = await db.selectFrom('rights_request_letters').select(['topic', 'subject_id', 'informed_at', 'recorded_by']).where('request_id', '=', req.id).execute();
    expect(letters.map((l) => ({ ...l, informed_at: l.informed_at.toISOString().slice(0, 10) }))).toEqual([
      { topic: 'restriction_lifted', subject_id: h.alfa, informed_at: informed, recorded_by: s.userId('privacy@noord-limburg') },
    ]);
  });

  it("13.1 a restricted plan action is only stored (AVG art. 18.2): its owner and the process director are refused naming P15 and art. 18 in plain Dutch, audited; after lifting it is updated again", async () => {
    const { h, pd } = await withRecord();
    const db = s.deps.database.db;
    const action = await db.selectFrom('plan_actions').select(['id']).where('case_id', '=', h.id).where('due_at', '=', new Date('2026-12-20')).executeTakeFirstOrThrow();
    const req = await request('restriction', h.id, h.alfa);
    await execute(req.id, 'woonwenz@noord-limburg', { kind: 'restriction' });
    const woon = await s.login('woonwenz@noord-limburg');
    const patch = async (cookie: string) => {
      const { version } = await db.selectFrom('plan_actions').select('version').where('id', '=', action.id).executeTakeFirstOrThrow();
      return s.request('PATCH', `/api/cases/${h.id}/plan/actions/${action.id}`, cookie, { version, status: 'done' });
    };
    for (const cookie of [woon, pd]) {
      const refused = await patch(cookie);
      expect(refused.statusCode, refused.body).toBe(403);
      const error = refused.json<{ error: { rule: string; reason: string; message: string } }>().error;
      expect(error).toMatchObject({ rule: 'P15', reason: 'plan_action_restricted' });
      expect(refused.body).toContain('art. 18 AVG');
      expect(refused.body).toContain('alleen bewaard');
    }
    const denied = await db.selectFrom('audit_log').select(['outcome', 'rule']).where('case_id', '=', h.id).where('action', '=', 'plan_action.update').execute();
    expect(denied).toEqual([
      { outcome: 'deny', rule: 'P15' },
      { outcome: 'deny', rule: 'P15' },
    ]);
    const po = await s.login('privacy@noord-limburg');
    expect((await s.request('POST', `/api/rights-requests/${req.id}/lift-restriction`, po, { reason: 'Juistheid vastgesteld.', subjectInformedAt: s.deps.now().toISOString().slice(0, 10) })).statusCode).toBe(201);
    const done = await patch(woon);
    expect(done.statusCode, done.body).toBe(200);
  });

  it("13.1 erasure for Beta: Beta's note, goal and action are erased from the meeting, the action list and Beta's access answer; Alfa's and the shared items stay", async () => {
    const { h, pd } = await withRecord();
    const req = await request('erasure', h.id, h.beta);
    await execute(req.id, 'reclassering-nederland@noord-limburg', { kind: 'erasure' });
    const byOwner = await execute(req.id, 'woonwenz@noord-limburg', { kind: 'erasure' });
    expect(byOwner.meetingEffects.map((e) => `${e.itemKind} ${e.effect}`)).toEqual(['plan_action erased']);
    const after = await texts(h, pd);
    for (const gone of ['Beta spijbelt', 'Beta gaat weer', 'mentor op school']) expect(after).not.toContain(gone);
    for (const kept of ['budgetcursus', 'Alfa en Beta praten', 'Het gezin blijft', 'Betalingsregeling huur']) expect(after).toContain(kept);
    const answer = await accessAnswer(h.id, h.beta);
    const body = JSON.stringify(answer);
    for (const gone of ['spijbelt', 'Beta gaat weer', 'mentor']) expect(body).not.toContain(gone);
    const action = await s.deps.database.db.selectFrom('plan_actions').select(['erased_at']).where('case_id', '=', h.id).where('due_at', '=', new Date('2026-12-21')).executeTakeFirstOrThrow();
    expect(action.erased_at).not.toBeNull();
  });
});
