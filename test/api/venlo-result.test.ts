/**
 * Zorgnetwerk Venlo's other ends of the work process (seed 002 Bijlage B §1, §3), walked over HTTP
 * on the shipped configuration as its demo users: the meeting's result recorded as a jointly
 * supported proposal (no case director, no plan) and the case closed on it through Venlo's closing
 * path; and the handover after the enrichment to the neighbourhood team or the "voorliggend veld",
 * recorded (party, why, when, by whom) as a closing end, the receiving partner told and nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField, withChangedFields } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';
import { acceptedVenloCase, VENLO } from './venlo.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const EVICTION = 'Toch een huisuitzetting: betrokkene wil niets en is op geen enkele manier bereikbaar.';

interface Inbox {
  notifications: { kind: string; caseId: string | null; message: string | null }[];
}

function venloCase(name: string): Promise<{ c: Registered; pd: string }> {
  return acceptedVenloCase(s, name);
}

/** In the monthly meeting of the work area: a meeting with an agenda and an invitation, the RTO step taken. */
async function inMeeting(c: Registered, pd: string): Promise<string> {
  const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
    scheduledAt: '2026-06-10T14:00:00Z',
    preparation: { goal: 'Bespreken in het maandelijks overleg', themes: ['overlast'], decisionsToTake: ['voorstel of plan'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const meetingId = created.json<{ id: string }>().id;
  for (const user of ['woonwenz@venlo', 'politie-limburg@venlo']) {
    const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId(user), role: 'informant' });
    expect(inv.statusCode, inv.body).toBe(201);
  }
  const res = await step(s, pd, c.id, { event: 'schedule_rto' });
  expect(res.statusCode, res.body).toBe(200);
  return meetingId;
}

/** The meeting record with a proposal as its result, saved by `cookie` on the meeting's current version. */
async function saveProposal(c: Registered, meetingId: string, cookie: string, supportedBy: readonly string[]): ReturnType<TestServer['request']> {
  const pd = await s.login('procesregisseur@venlo');
  const { version } = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ version: number }>();
  return s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, cookie, {
    version,
    date: '2026-06-10T14:00:00Z',
    status: 'held',
    reason: 'Woonoverlast',
    present: [s.userId('woonwenz@venlo'), s.userId('politie-limburg@venlo')],
    proposal: { text: EVICTION, supportedBy },
    plan: { goals: [], actions: [] },
  });
}

async function inboxOf(user: string): Promise<Inbox['notifications']> {
  return (await s.request('GET', '/api/inbox', await s.login(user))).json<Inbox>().notifications;
}

describe('002-B17 the result of the meeting is an integral plan or a jointly supported proposal (Bijlage B §3)', () => {
  it('002-B17 the process director records a proposal two partners support; the result step needs no case director; the case closes on it with a criterion and the reporter\'s own agreement', async () => {
    const { c, pd } = await venloCase('Bram Vullings');
    const meetingId = await inMeeting(c, pd);
    // Without a result nothing moves on: the generic rule asks for a case director.
    const early = await step(s, pd, c.id, { event: 'adopt_plan' });
    expect(early.statusCode).toBe(403);
    expect(early.json().error).toMatchObject({ reason: 'no_case_director' });

    const woonwenz = s.partnerId(VENLO, 'woonwenz');
    const police = s.partnerId(VENLO, 'politie-limburg');
    const saved = await saveProposal(c, meetingId, pd, [woonwenz, police]);
    expect(saved.statusCode, saved.body).toBe(200);
    const meeting = (await s.request('GET', `/api/cases/${c.id}/meetings/${meetingId}`, pd)).json<{ record: { proposal: { text: string; supportedBy: string[] } } }>();
    expect(meeting.record.proposal).toEqual({ text: EVICTION, supportedBy: [woonwenz, police] });

    const adopted = await step(s, pd, c.id, { event: 'adopt_plan' });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json().phase).toBe('monitoring');

    // Venlo's closing path: the reporter agrees itself, the director closes on a criterion.
    const early2 = await step(s, pd, c.id, { event: 'close', criterionId: 'geen-contact-geen-kinderen' });
    expect(early2.json().error).toMatchObject({ reason: 'reporter_not_agreed' });
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    const closed = await step(s, pd, c.id, { event: 'close', criterionId: 'geen-contact-geen-kinderen', note: 'Voorstel uitgevoerd' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().phase).toBe('archived');
    const row = await s.deps.database.db.selectFrom('cases').select('closed_at').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.closed_at).not.toBeNull();
  });

  it('002-B17 refusals: a proposal one partner supports is not joint; a partner\'s professional cannot record it or take the result step', async () => {
    const { c, pd } = await venloCase('Cor Hermans');
    const meetingId = await inMeeting(c, pd);
    const alone = await saveProposal(c, meetingId, pd, [s.partnerId(VENLO, 'woonwenz')]);
    expect(alone.statusCode).toBe(403);
    expect(alone.json<{ error: { reason: string } }>().error.reason).toBe('proposal_not_joint');

    const prof = await s.login('woonwenz@venlo');
    const byProfessional = await saveProposal(c, meetingId, prof, [s.partnerId(VENLO, 'woonwenz'), s.partnerId(VENLO, 'antares')]);
    expect(byProfessional.statusCode).toBe(403);
    const saved = await saveProposal(c, meetingId, pd, [s.partnerId(VENLO, 'woonwenz'), s.partnerId(VENLO, 'antares')]);
    expect(saved.statusCode, saved.body).toBe(200);
    const stepByProfessional = await step(s, prof, c.id, { event: 'adopt_plan' });
    expect([403, 404]).toContain(stepByProfessional.statusCode);
    const phase = await s.deps.database.db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(phase.phase).toBe('rto');
  });

  it('002-B17 where the configuration gives no proposal as a result (process.proposalAsResult false), recording one is refused and the result step asks for a case director', async () => {
    const { c, pd } = await venloCase('Door Linssen');
    const meetingId = await inMeeting(c, pd);
    const both = [s.partnerId(VENLO, 'woonwenz'), s.partnerId(VENLO, 'politie-limburg')];
    await withChangedField(s, VENLO, configField('process.proposalAsResult'), false, async () => {
      const refused = await saveProposal(c, meetingId, pd, both);
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ error: { reason: string } }>().error.reason).toBe('proposal_not_in_variant');
    });
    const saved = await saveProposal(c, meetingId, pd, both);
    expect(saved.statusCode, saved.body).toBe(200);
    await withChangedField(s, VENLO, configField('process.proposalAsResult'), false, async () => {
      const adopt = await step(s, pd, c.id, { event: 'adopt_plan' });
      expect(adopt.statusCode).toBe(403);
      expect(adopt.json().error).toMatchObject({ reason: 'no_case_director' });
    });
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
  });
});

describe('002-B09 after the enrichment the case is handed over: help involved → the neighbourhood team; a question for help → the best party (Bijlage B §1)', () => {
  it('002-B09 help already involved: handed over to the sociaal wijkteam, a closing end with criterion and the reporter\'s voice; the record says to whom, why, when and by whom; the wijkteam is told, no one else', async () => {
    const { c, pd } = await venloCase('Els Geurts');
    const offered = (await s.request('GET', `/api/cases/${c.id}/transitions`, pd)).json<{ events: { event: string; label: string; closes: boolean }[] }>();
    expect(offered.events.find((e) => e.event === 'hand_over')).toMatchObject({ closes: true, label: expect.stringContaining('1 Overdragen na verrijking') });

    const body = { event: 'hand_over', partyId: 'sociaal-wijkteam', reason: 'help_involved', criterionId: 'hulpverlening-opgestart' };
    const noVoice = await step(s, pd, c.id, body);
    expect(noVoice.statusCode).toBe(403);
    expect(noVoice.json().error).toMatchObject({ reason: 'reporter_not_agreed' });
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    // Only the process director takes the step.
    const byProfessional = await step(s, await s.login('woonwenz@venlo'), c.id, body);
    expect([403, 404]).toContain(byProfessional.statusCode);

    const handed = await step(s, pd, c.id, body);
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json().phase).toBe('archived');
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ number: string; handover?: object }>();
    expect(view.handover).toEqual({
      partyId: 'sociaal-wijkteam',
      partyName: 'Sociaal wijkteam plus (Gemeente Venlo)',
      partnerId: s.partnerId(VENLO, 'gemeente-venlo'),
      reason: 'help_involved',
      at: s.deps.now().toISOString(),
      by: s.userId('procesregisseur@venlo'),
      byPartnerId: s.partnerId(VENLO, 'gemeente-venlo'),
    });
    const told = (await inboxOf('gemeente-venlo@venlo')).filter((n) => n.caseId === c.id && n.kind === 'case_handed_over');
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toContain(`Melding ${view.number}`);
    expect(told[0]?.message).toContain('al hulpverlening betrokken');
    expect(told[0]?.message).not.toContain('Els Geurts');
    expect((await inboxOf('woonwenz@venlo')).filter((n) => n.caseId === c.id && n.kind === 'case_handed_over')).toEqual([]);
  });

  it('002-B09 a question for help goes to the voorliggend veld, which is told nothing through the system; help involved cannot go outside the covenant; an unknown party is refused', async () => {
    const { c, pd } = await venloCase('Fien Aarts');
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    const outside = await step(s, pd, c.id, { event: 'hand_over', partyId: 'voorliggend-veld', reason: 'help_involved', criterionId: 'hulpverlening-opgestart' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error).toMatchObject({ rule: 'P1', reason: 'handover_party_not_partner' });
    const unknown = await step(s, pd, c.id, { event: 'hand_over', partyId: 'buurtteam', reason: 'help_question', criterionId: 'hulpverlening-opgestart' });
    expect(unknown.json().error).toMatchObject({ reason: 'handover_party_unknown' });

    const handed = await step(s, pd, c.id, { event: 'hand_over', partyId: 'voorliggend-veld', reason: 'help_question', criterionId: 'hulpverlening-opgestart' });
    expect(handed.statusCode, handed.body).toBe(200);
    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ handover?: { partnerId: string | null; reason: string } }>();
    expect(view.handover).toMatchObject({ partnerId: null, reason: 'help_question' });
    const notices = await s.deps.database.db.selectFrom('notifications').select('kind').where('case_id', '=', c.id).where('kind', '=', 'case_handed_over').execute();
    expect(notices).toEqual([]);
  });

  it('002-B09 the handover parties are configuration (process.handoverParties): id, name and partner decide where a case can go and who is told', async () => {
    const { c, pd } = await venloCase('Gijs Beurskens');
    expect((await s.request('POST', `/api/cases/${c.id}/reporter-voice`, await s.login('gemeente-venlo@venlo'), { agrees: true })).statusCode).toBe(200);
    await withChangedFields(
      s,
      VENLO,
      [
        [configField('process.handoverParties[sociaal-wijkteam].name'), 'Wijkteam Blerick (Includio)'],
        [configField('process.handoverParties[sociaal-wijkteam].partnerId'), 'includio'],
        [configField('process.handoverParties[sociaal-wijkteam].id'), 'wijkteam-blerick'],
      ],
      async () => {
        const old = await step(s, pd, c.id, { event: 'hand_over', partyId: 'sociaal-wijkteam', reason: 'help_involved', criterionId: 'hulpverlening-opgestart' });
        expect(old.json().error).toMatchObject({ reason: 'handover_party_unknown' });
        const handed = await step(s, pd, c.id, { event: 'hand_over', partyId: 'wijkteam-blerick', reason: 'help_involved', criterionId: 'hulpverlening-opgestart' });
        expect(handed.statusCode, handed.body).toBe(200);
        const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ handover?: { partyName: string; partnerId: string } }>();
        expect(view.handover).toMatchObject({ partyName: 'Wijkteam Blerick (Includio)', partnerId: s.partnerId(VENLO, 'includio') });
      },
    );
    expect((await inboxOf('includio@venlo')).filter((n) => n.caseId === c.id && n.kind === 'case_handed_over')).toHaveLength(1);
    expect((await inboxOf('gemeente-venlo@venlo')).filter((n) => n.caseId === c.id && n.kind === 'case_handed_over')).toEqual([]);
  });
});
