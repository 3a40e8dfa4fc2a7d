/**
 * The meetings of one case (§3.3): who may list them, follow-up RTOs in monitoring, and the
 * subject or a representative at the table in Venlo (seed 002 Bijlage B: consent signed,
 * the representative identified at the meeting).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, NL, preparation, recordBody, register, step, toMonitoring, toRto, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface ErrorBody {
  error: { code: string; rule: string; reason: string; fields?: { field: string }[] };
}
interface Item {
  id: string;
  status: string;
  followUp: boolean;
  heldAt: string | null;
  invitations: number;
  actions: number;
}

const DAY = 24 * 60 * 60 * 1000;

describe('the meetings of a case (HTTP)', () => {
  it('an invited participant lists the meetings of the case; an outsider is refused and the refusal is not a list', async () => {
    const { c, pd, meetingId } = await toMonitoring(s);
    const pol = await s.login('politie-limburg@noord-limburg');
    const listed = await s.request('GET', `/api/cases/${c.id}/meetings`, pol);
    expect(listed.statusCode, listed.body).toBe(200);
    const items = listed.json<Item[]>();
    expect(items.map((m) => [m.id, m.status, m.followUp, m.invitations, m.actions])).toEqual([[meetingId, 'held', false, 2, 1]]);
    expect(listed.body).not.toContain('Jan de Vries');

    const woon = await s.login('woonwenz@noord-limburg');
    const outsider = await s.request('GET', `/api/cases/${c.id}/meetings`, woon);
    expect([403, 404]).toContain(outsider.statusCode);
    expect(Array.isArray(outsider.json<unknown>())).toBe(false);
    const otherCollaboration = await s.request('GET', `/api/cases/${c.id}/meetings`, await s.login('procesregisseur@venlo'));
    expect([403, 404]).toContain(otherCollaboration.statusCode);

    const audited = await s.deps.database.db.selectFrom('audit_log').select('action').where('case_id', '=', c.id).where('action', '=', 'meeting.list').execute();
    expect(audited.length).toBeGreaterThanOrEqual(1);
    expect((await s.request('GET', `/api/cases/${c.id}/meetings`, pd)).statusCode).toBe(200);
  });

  it('the registrant sees the prepared meeting in triage; a partner not in the case is refused', async () => {
    const { c, pd } = await toTriage(s);
    expect((await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation)).statusCode).toBe(201);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const mine = await s.request('GET', `/api/cases/${c.id}/meetings`, rn);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<Item[]>()).toHaveLength(1);
    const pol = await s.login('politie-limburg@noord-limburg');
    expect([403, 404]).toContain((await s.request('GET', `/api/cases/${c.id}/meetings`, pol)).statusCode);
  });

  it('follow-up RTO: in monitoring the process director prepares a next meeting; it is listed as a follow-up and the case returns to the RTO', async () => {
    const { c, meetingId } = await toMonitoring(s);
    s.advance(30 * DAY);
    const pd = await s.login('procesregisseur@noord-limburg');
    const next = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, { ...preparation, scheduledAt: '2026-09-10T14:00:00Z' });
    expect(next.statusCode, next.body).toBe(201);
    const nextId = next.json<{ id: string }>().id;
    const noInvitations = await step(s, pd, c.id, { event: 'follow_up_rto' });
    expect(noInvitations.statusCode).toBe(403);
    expect(noInvitations.json().error?.reason).toBe('rto_not_prepared');
    const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${nextId}/invitations`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), role: 'intended_executor' });
    expect(inv.statusCode, inv.body).toBe(201);
    const moved = await step(s, pd, c.id, { event: 'follow_up_rto' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().phase).toBe('rto');

    const ggz = await s.login('vincent-van-gogh@noord-limburg');
    const items = (await s.request('GET', `/api/cases/${c.id}/meetings`, ggz)).json<Item[]>();
    expect(items.map((m) => [m.id, m.followUp])).toEqual([
      [meetingId, false],
      [nextId, true],
    ]);
  });

  it('attendance is recorded apart from the record, only for invited participants, and only by the staff', async () => {
    const { c, pd, meetingId } = await toMonitoring(s);
    const pol = s.userId('politie-limburg@noord-limburg');
    const absent = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/attendance`, pd, { participantId: pol, present: false });
    expect(absent.statusCode, absent.body).toBe(200);
    const view = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ attendance: { userId: string; present: boolean }[] }>();
    expect(view.attendance).toContainEqual({ userId: pol, present: false });
    const notInvited = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/attendance`, pd, { participantId: s.userId('woonwenz@noord-limburg'), present: true });
    expect(notInvited.statusCode).toBe(400);
    expect(notInvited.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['participantId']);
    const ggz = await s.login('vincent-van-gogh@noord-limburg');
    const notStaff = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/attendance`, ggz, { participantId: pol, present: true });
    expect(notStaff.statusCode).toBe(403);
  });
});

describe('Venlo: the subject or a representative at the table (seed 002 Bijlage B)', () => {
  async function venloRto(): Promise<{ caseId: string; subjectId: string; pd: string; meetingId: string }> {
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
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, { ...preparation, preparation: { ...preparation.preparation, subjectInvolvement: 'invited' } });
    expect(created.statusCode, created.body).toBe(201);
    return { caseId: c.id, subjectId: c.subjectIds[0] ?? '', pd, meetingId: created.json<{ id: string }>().id };
  }

  it('without signed consent the subject and a representative are refused (P2); with it the representative is invited, once per subject', async () => {
    const { caseId, subjectId, pd, meetingId } = await venloRto();
    const url = `/api/cases/${caseId}/meetings/${meetingId}/invitations`;
    const refused = await s.request('POST', url, pd, { subjectId, role: 'representative', representativeName: 'M. Jansen (zus)' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error).toMatchObject({ rule: 'P2', reason: 'attendee_without_consent' });
    const consent = await s.request('POST', `/api/cases/${caseId}/consents`, pd, { subjectId, partners: [s.partnerId('zorgnetwerk-venlo', 'gemeente-venlo')], scope: 'Deelname aan het overleg', givenAt: s.deps.now().toISOString() });
    expect(consent.statusCode, consent.body).toBe(201);
    const ok = await s.request('POST', url, pd, { subjectId, role: 'representative', representativeName: 'M. Jansen (zus)' });
    expect(ok.statusCode, ok.body).toBe(201);
    const view = (await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd)).json<{ subjectMayAttend: boolean; preparation: { representatives: { name: string }[] } }>();
    expect(view.preparation.representatives.map((r) => r.name)).toEqual(['M. Jansen (zus)']);
    expect(view.subjectMayAttend).toBe(true);

    const subjectToo = await s.request('POST', url, pd, { subjectId, role: 'subject' });
    expect(subjectToo.statusCode).toBe(409);
  });

  it('a representative is recorded present only once identified at the meeting, also through the record', async () => {
    const { caseId, subjectId, pd, meetingId } = await venloRto();
    await s.request('POST', `/api/cases/${caseId}/consents`, pd, { subjectId, partners: [s.partnerId('zorgnetwerk-venlo', 'gemeente-venlo')], scope: 'Deelname aan het overleg', givenAt: s.deps.now().toISOString() });
    expect((await s.request('POST', `/api/cases/${caseId}/meetings/${meetingId}/invitations`, pd, { subjectId, role: 'representative', representativeName: 'M. Jansen (zus)' })).statusCode).toBe(201);
    const url = `/api/cases/${caseId}/meetings/${meetingId}/attendance`;

    const unidentified = await s.request('POST', url, pd, { participantId: subjectId, present: true });
    expect(unidentified.statusCode).toBe(403);
    expect(unidentified.json<ErrorBody>().error).toMatchObject({ rule: 'P2', reason: 'representative_not_identified' });
    const viaRecord = await s.request('PUT', `/api/cases/${caseId}/meetings/${meetingId}/record`, pd, { ...recordBody(s, 1, [{ description: 'Gesprek', ownerPartnerId: s.partnerId('zorgnetwerk-venlo', 'gemeente-venlo'), dueAt: '2026-07-01' }]), present: [subjectId] });
    expect(viaRecord.statusCode).toBe(403);
    expect(viaRecord.json<ErrorBody>().error.reason).toBe('representative_not_identified');

    const identified = await s.request('POST', url, pd, { participantId: subjectId, present: true, identified: true });
    expect(identified.statusCode, identified.body).toBe(200);
    const view = (await s.request('GET', `/api/cases/${caseId}/meetings/${meetingId}`, pd)).json<{ attendance: { userId: string; present: boolean }[]; preparation: { representatives: { identifiedAt: string | null }[] } }>();
    expect(view.attendance).toContainEqual({ userId: subjectId, present: true });
    expect(view.preparation.representatives[0]?.identifiedAt).not.toBeNull();
  });
});

describe('inviting several professionals at once (HTTP)', () => {
  it('one form for all chosen partners: each invitation is checked as a single one, all are invited or none, and a refusal names its row', async () => {
    const { c, pd } = await toTriage(s);
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
    expect(created.statusCode, created.body).toBe(201);
    const meetingId = created.json<{ id: string }>().id;
    const url = `/api/cases/${c.id}/meetings/${meetingId}/invitations/batch`;
    const invited = async (): Promise<string[]> => (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ invitations: { userId: string }[] }>().invitations.map((i) => i.userId).sort();

    // A second row naming nobody of this collaboration: refused with its row, and the first row is not invited either.
    const refused = await s.request('POST', url, pd, {
      invitations: [
        { userId: s.userId('politie-limburg@noord-limburg'), role: 'informant' },
        { userId: s.userId('procesregisseur@venlo'), role: 'expert' },
      ],
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['invitations.1.userId']);
    expect(await invited()).toEqual([]);

    // Nobody chosen: refused.
    expect((await s.request('POST', url, pd, { invitations: [] })).statusCode).toBe(400);

    const ok = await s.request('POST', url, pd, {
      invitations: [
        { userId: s.userId('politie-limburg@noord-limburg'), role: 'informant' },
        { userId: s.userId('vincent-van-gogh@noord-limburg'), role: 'expert' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<{ role: string }[]>().map((i) => i.role)).toEqual(['informant', 'expert']);
    expect(await invited()).toEqual([s.userId('politie-limburg@noord-limburg'), s.userId('vincent-van-gogh@noord-limburg')].sort());
    const audited = await s.deps.database.db.selectFrom('audit_log').select('action').where('case_id', '=', c.id).where('action', '=', 'meeting.invite').where('outcome', '=', 'allow').execute();
    expect(audited).toHaveLength(2);

    // Inviting someone again in a batch is refused as a single invitation is, and the new row is not kept.
    const again = await s.request('POST', url, pd, {
      invitations: [
        { userId: s.userId('woonwenz@noord-limburg'), role: 'informant' },
        { userId: s.userId('politie-limburg@noord-limburg'), role: 'informant' },
      ],
    });
    expect(again.statusCode).toBe(409);
    expect(await invited()).toHaveLength(2);

    // Only staff invite (P2): the police cannot invite in a batch either.
    const pol = await s.login('politie-limburg@noord-limburg');
    expect([403, 404]).toContain((await s.request('POST', url, pol, { invitations: [{ userId: s.userId('woonwenz@noord-limburg'), role: 'informant' }] })).statusCode);
  });
});

describe('my actions across the cases (HTTP)', () => {
  it("lists my organisation's open actions of the cases it may read, overdue first, audited; another partner sees only its own", async () => {
    const { c, pd, meetingId } = await toRto(s);
    const ggz = s.partnerId(NL, 'vincent-van-gogh');
    const police = s.partnerId(NL, 'politie-limburg');
    const saved = await s.request(
      'PUT',
      `/api/cases/${c.id}/meetings/${meetingId}/record`,
      pd,
      recordBody(s, 1, [
        { description: 'Later: behandeling starten', ownerPartnerId: ggz, dueAt: '2026-09-01' },
        { description: 'Eerst: huisbezoek', ownerPartnerId: ggz, dueAt: '2026-06-05' },
        { description: 'Gesprek met de wijkagent', ownerPartnerId: police, dueAt: '2026-07-01' },
      ]),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    s.advance(10 * DAY);
    interface Mine {
      caseId: string;
      caseNumber: string;
      description: string;
      overdue: boolean;
    }
    const vvg = await s.login('vincent-van-gogh@noord-limburg');
    const mine = (await s.request('GET', '/api/my-actions', vvg)).json<Mine[]>().filter((a) => a.caseId === c.id);
    expect(mine.map((a) => [a.description, a.overdue])).toEqual([
      ['Eerst: huisbezoek', true],
      ['Later: behandeling starten', false],
    ]);
    expect(mine[0]?.caseNumber).toMatch(/^\d{4}-\d{4}$/);
    const pol = (await s.request('GET', '/api/my-actions', await s.login('politie-limburg@noord-limburg'))).json<Mine[]>().filter((a) => a.caseId === c.id);
    expect(pol.map((a) => a.description)).toEqual(['Gesprek met de wijkagent']);
    // A partner with no action in the case, and one that may not read it, see nothing of it.
    const woon = (await s.request('GET', '/api/my-actions', await s.login('woonwenz@noord-limburg'))).json<Mine[]>();
    expect(woon.filter((a) => a.caseId === c.id)).toEqual([]);
    const audited = await s.deps.database.db.selectFrom('audit_log').select('user_id').where('case_id', '=', c.id).where('action', '=', 'plan_action.mine.read').execute();
    expect(audited.map((a) => a.user_id).sort()).toEqual([s.userId('vincent-van-gogh@noord-limburg'), s.userId('politie-limburg@noord-limburg')].sort());
  });
});

describe('handover by the case director (HTTP)', () => {
  it('the case director hands the case to a colleague of the same partner, audited; nobody else can, and never to another partner', async () => {
    const { c, pd, meetingId } = await toRto(s);
    const police = s.userId('politie-limburg@noord-limburg');
    const colleague = s.userId('politie-limburg-2@noord-limburg');
    const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: police, meetingId });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const url = `/api/cases/${c.id}/case-director/handover`;
    const director = async (): Promise<string | null> => (await s.deps.database.db.selectFrom('case_director_appointments').select('user_id').where('case_id', '=', c.id).where('ended_at', 'is', null).executeTakeFirst())?.user_id ?? null;

    // The process director is no case director: refused, nothing moves.
    const byPd = await s.request('POST', url, pd, { toUserId: colleague });
    expect(byPd.statusCode).toBe(403);
    expect(byPd.json<ErrorBody>().error.reason).toBe('not_case_director');
    const pol = await s.login('politie-limburg@noord-limburg');
    // Another partner's professional: refused as a field, nothing moves.
    const other = await s.request('POST', url, pol, { toUserId: s.userId('vincent-van-gogh@noord-limburg') });
    expect(other.statusCode).toBe(400);
    expect(other.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['toUserId']);
    expect(await director()).toBe(police);

    const handed = await s.request('POST', url, pol, { toUserId: colleague });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(await director()).toBe(colleague);
    const lead = await s.deps.database.db.selectFrom('cases').select('lead_partner_id').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(lead.lead_partner_id).toBe(s.partnerId(NL, 'politie-limburg'));
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'outcome']).where('case_id', '=', c.id).where('action', '=', 'case.case_director.handover').orderBy('id').execute();
    expect(audited.map((a) => [a.user_id, a.outcome])).toEqual([
      [s.userId('procesregisseur@noord-limburg'), 'deny'],
      [police, 'allow'],
    ]);
    // The former director is no longer the one who hands over.
    expect((await s.request('POST', url, pol, { toUserId: colleague })).statusCode).toBe(403);
    const viewed = await s.request('GET', `/api/cases/${c.id}`, await s.login('politie-limburg-2@noord-limburg'));
    expect(viewed.json<{ direction?: { caseDirectorId: string | null } }>().direction?.caseDirectorId).toBe(colleague);
  });
});
