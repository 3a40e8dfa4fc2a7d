import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, preparation, recordBody, step, toMonitoring, toRto, toTriage } from './phases.flow.js';

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

describe('RTO meetings (HTTP)', () => {
  it('P2 invitations: the process director invites a police professional, who is designated and then sees the meeting; the registrant may not invite', async () => {
    const { c, pd } = await toTriage(s);
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
    expect(created.statusCode, created.body).toBe(201);
    const meetingId = created.json<{ id: string }>().id;
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const refused = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, rn, { userId: s.userId('politie-limburg@noord-limburg'), role: 'informant' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P2');

    const ok = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('politie-limburg@noord-limburg'), role: 'informant' });
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('politie-limburg@noord-limburg'), role: 'expert' });
    expect(again.statusCode).toBe(409);
    const designated = await s.deps.database.db.selectFrom('involvement').select('partner_id').where('case_id', '=', c.id).where('user_id', '=', s.userId('politie-limburg@noord-limburg')).execute();
    expect(designated).toEqual([{ partner_id: s.partnerId(NL, 'politie-limburg') }]);

    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
    const pol = await s.login('politie-limburg@noord-limburg');
    const view = await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pol);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<{ preparation: { goal: string } }>().preparation.goal).toBe(preparation.preparation.goal);
    const woon = await s.login('woonwenz@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, woon)).statusCode).toBe(404);
  });

  it('001-35 / 003-24 / 003-72 / 001-23 / 003-16 an invitation carries the contribution asked of the party and its information need for the plan; the invited party reads both, the database holds them sealed', async () => {
    const { c, pd } = await toTriage(s);
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
    expect(created.statusCode, created.body).toBe(201);
    const meetingId = created.json<{ id: string }>().id;
    const asked = 'Toelichten welke meldingen er zijn en of een gebiedsverbod mogelijk is';
    const need = 'Wil weten welke zorg loopt, om de aanpak af te stemmen';
    const ok = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('politie-limburg@noord-limburg'), role: 'informant', requestedContribution: asked, informationNeed: need });
    expect(ok.statusCode, ok.body).toBe(201);
    const plain = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), role: 'intended_executor' });
    expect(plain.statusCode, plain.body).toBe(201);
    const tooLong = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('woonwenz@noord-limburg'), role: 'expert', requestedContribution: 'x'.repeat(2001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['requestedContribution']);
    type Invitation = { userId: string; requestedContribution: string | null; informationNeed: string | null };
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
    const pol = await s.login('politie-limburg@noord-limburg');
    const view = await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pol);
    expect(view.statusCode, view.body).toBe(200);
    const invitations = view.json<{ invitations: Invitation[] }>().invitations;
    expect(invitations.find((i) => i.userId === s.userId('politie-limburg@noord-limburg'))).toMatchObject({ requestedContribution: asked, informationNeed: need });
    expect(invitations.find((i) => i.userId === s.userId('vincent-van-gogh@noord-limburg'))).toMatchObject({ requestedContribution: null, informationNeed: null });
    const row = await s.deps.database.db.selectFrom('meeting_invitations').select(['requested_contribution_enc', 'information_need_enc']).where('meeting_id', '=', meetingId).where('user_id', '=', s.userId('politie-limburg@noord-limburg')).executeTakeFirstOrThrow();
    expect(row.requested_contribution_enc).not.toBeNull();
    expect(Buffer.from(row.requested_contribution_enc ?? []).toString('utf8')).not.toContain('gebiedsverbod');
    expect(Buffer.from(row.information_need_enc ?? []).toString('utf8')).not.toContain('zorg loopt');
  });

  it('P2: the subject attends an RTO only with signed consent', async () => {
    const { c, pd, meetingId } = await toRto(s);
    const res = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { subjectId: c.subjectIds[0], role: 'subject' });
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error.reason).toBe('attendee_without_consent');
    expect(res.json<ErrorBody>().error.rule).toBe('P2');
  });

  it('the meeting record uses optimistic locking: a stale version is 409 and the first record stays', async () => {
    const { c, pd, meetingId } = await toRto(s);
    const first = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, recordBody(s, 1));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ version: number }>().version).toBe(2);
    const stale2 = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, { ...recordBody(s, 1), reason: 'Overschreven?' });
    expect(stale2.statusCode).toBe(409);
    expect(stale2.json<ErrorBody>().error.code).toBe('stale_version');
    const view = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ version: number; record: { reason: string } }>();
    expect(view.version).toBe(2);
    expect(view.record.reason).toBe('Zorgen over wonen en schulden');
  });

  it('validation: a plan action owned by an unknown partner and a present participant not invited are named field by field', async () => {
    const { c, pd, meetingId } = await toRto(s);
    const body = recordBody(s, 1, [{ description: 'x', ownerPartnerId: s.partnerId('zorgnetwerk-venlo', 'gemeente-venlo'), dueAt: '2026-07-01' }]) as { present: string[] };
    const res = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, { ...body, present: [s.userId('woonwenz@noord-limburg')] });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['present.0', 'plan.actions.0.ownerPartnerId']);
  });

  it('process: the plan is adopted only with a case director; the action list is read by participants and sent within a week', async () => {
    const { c, pd, meetingId } = await toRto(s);
    expect((await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, recordBody(s, 1))).statusCode).toBe(200);
    const early = await step(s, pd, c.id, { event: 'adopt_plan' });
    expect(early.statusCode).toBe(403);
    expect(JSON.parse(early.body)).toMatchObject({ error: { reason: 'no_case_director' } });

    const rn = await s.login('reclassering-nederland@noord-limburg');
    const notStaff = await s.request('POST', `/api/cases/${c.id}/case-director`, rn, { userId: s.userId('vincent-van-gogh@noord-limburg') });
    expect(notStaff.statusCode).toBe(403);
    const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('vincent-van-gogh@noord-limburg'), meetingId });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const lead = await s.deps.database.db.selectFrom('cases').select('lead_partner_id').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(lead.lead_partner_id).toBe(s.partnerId(NL, 'vincent-van-gogh'));
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);

    const pol = await s.login('politie-limburg@noord-limburg');
    const list = await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}/action-list`, pol);
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json<{ sendBy: string; sentAt: string | null; actions: { description: string; ownerPartnerName: string }[] }>();
    expect(body.actions.map((a) => a.description)).toEqual(['Huurachterstand regelen met de verhuurder']);
    expect(body.sendBy).toBe('2026-06-17T14:00:00.000Z');
    expect(body.sentAt).toBeNull();

    const notSender = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/action-list/sent`, pol);
    expect(notSender.statusCode).toBe(403);
    s.setNow(new Date('2026-06-12T09:00:00Z'));
    const sent = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/action-list/sent`, await s.login('procesregisseur@noord-limburg'));
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json<{ withinWeek: boolean }>().withinWeek).toBe(true);
  });

  it('agenda: meetings in a period by case number only; a partner not in the case sees none of them', async () => {
    const { c, pd } = await toMonitoring(s);
    const agenda = await s.request('GET', '/api/meetings?from=2026-06-01&to=2026-06-30', pd);
    expect(agenda.statusCode, agenda.body).toBe(200);
    const items = agenda.json<{ caseId: string; caseNumber: string; mayOpen: boolean }[]>();
    const mine = items.find((i) => i.caseId === c.id);
    expect(mine?.mayOpen).toBe(true);
    expect(agenda.body).not.toContain('Jan de Vries');
    const woon = await s.login('woonwenz@noord-limburg');
    const theirs = (await s.request('GET', '/api/meetings?from=2026-06-01&to=2026-06-30', woon)).json<{ caseId: string }[]>();
    expect(theirs.some((i) => i.caseId === c.id)).toBe(false);
    const bad = await s.request('GET', '/api/meetings?from=2026-06-30&to=2026-06-01', pd);
    expect(bad.statusCode).toBe(400);
  });
});
