/**
 * How a Maastricht table follows its cases (seed 000 Bijlage 2), on the SHIPPED configuration:
 * sessions at each table's stated frequency with an agenda (000-R62), changes to the plan kept and
 * assigned to a worker of the owning partner (000-R68), and at the Netwerkoverleg risicojeugd one
 * party picking up the case, followed until the stagnation is resolved (000-R72).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { configField, withChangedField } from '../support/config-field.js';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { preparation } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const login = signInOnce(() => s);
const M = 'veiligheidshuis-maastricht-heuvelland';
const PD = 'procesregisseur@maastricht';
const NWO = 'netwerkoverleg-risicojeugd';
const MDO = 'mdo-integrale-aanpak';
const PICKED_UP = 'één partij de casus oppakt';
const FOLLOWED = 'De casus wordt gevolgd tot de stagnatie is opgelost en er voortgang is';
type ErrorBody = { error: { rule?: string; reason?: string; message?: string; fields?: { field: string; message: string }[] } };
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

interface InRto {
  readonly id: string;
  readonly meetingId: string;
  readonly worker: string;
  readonly workerPartner: string;
}

/**
 * A case of `tableId` in the RTO, its meeting prepared with one professional of `workerSlug` invited.
 * Registration, screening and triage are the phase tests' and the table tests' business; here the
 * case is put in the RTO directly.
 */
async function inRto(tableId: string, workerSlug: string, birthDate: string): Promise<InRto> {
  const reg = await s.request('POST', '/api/cases', await login('gemeente-maastricht@maastricht'), {
    tableId,
    subjects: [{ name: 'Lars Hermans', birthDate }],
    registration: { content: 'Zorgen over gedrag en opvoeding; hulp stagneert.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
    processDirectorId: s.userId(PD),
  });
  expect(reg.statusCode, reg.body).toBe(201);
  const id = reg.json<{ id: string }>().id;
  await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', id).execute();
  const pd = await login(PD);
  const created = await s.request('POST', `/api/cases/${id}/meetings`, pd, preparation);
  expect(created.statusCode, created.body).toBe(201);
  const meetingId = created.json<{ id: string }>().id;
  const worker = s.userId(`${workerSlug}@maastricht`);
  const invited = await s.request('POST', `/api/cases/${id}/meetings/${meetingId}/invitations`, pd, { userId: worker, role: 'intended_executor' });
  expect(invited.statusCode, invited.body).toBe(201);
  await s.deps.database.db.updateTable('cases').set({ phase: 'rto' }).where('id', '=', id).execute();
  return { id, meetingId, worker, workerPartner: s.partnerId(M, workerSlug) };
}

async function record(c: InRto, actions: readonly object[]) {
  const pd = await login(PD);
  const meeting = (await s.request('GET', `/api/cases/${c.id}/meetings/${c.meetingId}`, pd)).json<{ version: number }>();
  return s.request('PUT', `/api/cases/${c.id}/meetings/${c.meetingId}/record`, pd, {
    version: meeting.version,
    date: '2026-06-10T14:00:00Z',
    status: 'held',
    reason: 'Stagnerende hulp bij opvoeding en gedrag',
    present: [c.worker],
    outcomeInformant: { userId: c.worker },
    plan: { goals: [{ domain: 'social_relations', goal: 'Opvoedondersteuning die aanslaat' }], actions },
  });
}

const step = async (caseId: string, event: string) => s.request('POST', `/api/cases/${caseId}/transitions`, await login(PD), { event });

describe('000-R62 each table meets at its stated frequency, with an agenda', () => {
  it('000-R62 a year of sessions planned for every shipped Maastricht table stays within its meetingsPerYear; a case put on a session is on its agenda', async () => {
    const pd = await login(PD);
    let from = Date.parse('2029-01-01T00:00:00Z');
    for (const table of MAASTRICHT_TABLES) {
      const perYear = table.frequency.meetingsPerYear;
      if (perYear === null) continue;
      const planned = await s.request('POST', '/api/sessions/plan', pd, { bodyKind: 'table', bodyId: table.id, from: new Date(from).toISOString().slice(0, 10), days: 364 });
      expect(planned.statusCode, planned.body).toBe(200);
      const count = planned.json<{ sessions: unknown[] }>().sessions.length;
      expect(count >= perYear.min - 1 && count <= perYear.max, `${table.id}: ${String(count)} sessions, stated ${String(perYear.min)}–${String(perYear.max)}`).toBe(true);
      from += 366 * 86_400_000;
    }
    // The agenda: a running case of the youth network on one of its sessions.
    const c = await inRto(NWO, 'bureau-jeugdzorg-limburg', '2011-04-05');
    const planned = await s.request('POST', '/api/sessions/plan', pd, { bodyKind: 'table', bodyId: NWO, from: '2026-06-01', days: 28 });
    const session = planned.json<{ sessions: { id: string }[] }>().sessions[0];
    if (session === undefined) throw new Error('no session');
    const added = await s.request('POST', `/api/sessions/${session.id}/items`, pd, { caseId: c.id });
    expect(added.statusCode, added.body).toBe(201);
    const agenda = (await s.request('GET', `/api/sessions/${session.id}`, pd)).json<{ items: { caseId?: string }[] }>();
    expect(agenda.items.map((i) => i.caseId)).toContain(c.id);
  }, 120_000);
});

describe('000-R68 changes to the plan are recorded and assigned to the responsible worker', () => {
  it('000-R68 an action names a worker of its own partner (another is refused naming the field); a changed plan keeps the left-out action as cancelled, bumps the changed one, and is audited', async () => {
    const c = await inRto(MDO, 'mondriaan', '1979-02-03');
    const action = { description: 'Behandeling hervatten', ownerPartnerId: c.workerPartner, dueAt: '2026-07-01' };
    // A worker of another organisation is not the responsible worker of this action.
    const wrong = await record(c, [{ ...action, ownerUserId: s.userId('politie-limburg@maastricht') }]);
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(errorOf(wrong.body).fields?.map((f) => f.field)).toEqual(['plan.actions.0.ownerUserId']);
    expect(errorOf(wrong.body).fields?.[0]?.message).toMatch(/^geen actieve medewerker van de organisatie/);
    const first = await record(c, [{ ...action, ownerUserId: c.worker }, { description: 'Huisbezoek', ownerPartnerId: c.workerPartner, dueAt: '2026-07-15' }]);
    expect(first.statusCode, first.body).toBe(200);
    const [kept, dropped] = first.json<{ actionIds: string[] }>().actionIds;
    // The plan changes: the first action gets a new due date, the second is left out.
    const second = await record(c, [{ ...action, id: kept, dueAt: '2026-08-01', ownerUserId: c.worker }]);
    expect(second.statusCode, second.body).toBe(200);
    const rows = await s.deps.database.db.selectFrom('plan_actions').select(['id', 'status', 'version', 'owner_user_id', 'due_at']).where('case_id', '=', c.id).orderBy('created_at').execute();
    expect(rows.find((r) => r.id === kept)).toMatchObject({ status: 'open', version: 2, owner_user_id: c.worker, due_at: new Date('2026-08-01') });
    expect(rows.find((r) => r.id === dropped)).toMatchObject({ status: 'cancelled', version: 2 });
    const audited = await s.deps.database.db.selectFrom('audit_log').select(['action', 'user_id']).where('case_id', '=', c.id).where('action', '=', 'meeting.record').where('outcome', '=', 'allow').execute();
    expect(audited).toHaveLength(2);
    // The responsible worker finds the action among its own.
    const mine = await s.request('GET', '/api/my-actions', await login('mondriaan@maastricht'));
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<{ id: string; mine: boolean }[]>().find((a) => a.id === kept)?.mine).toBe(true);
  }, 60_000);
});

describe('000-R72 Netwerkoverleg risicojeugd: one party picks up the case; it is followed until the stagnation is resolved', () => {
  async function inMonitoring(): Promise<{ c: InRto; actionId: string }> {
    const c = await inRto(NWO, 'bureau-jeugdzorg-limburg', '2010-02-03');
    const saved = await record(c, [{ description: 'Gezinscoach inzetten', ownerPartnerId: c.workerPartner, ownerUserId: c.worker, dueAt: '2026-07-01' }]);
    expect(saved.statusCode, saved.body).toBe(200);
    const appointed = await s.request('POST', `/api/cases/${c.id}/case-director`, await login(PD), { userId: c.worker, meetingId: c.meetingId });
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect((await step(c.id, 'adopt_plan')).statusCode).toBe(200);
    return { c, actionId: saved.json<{ actionIds: string[] }>().actionIds[0] ?? '' };
  }

  it('000-R72 without one party picking it up the plan is not adopted (the table\'s words); the case director\'s partner leads', async () => {
    const c = await inRto(NWO, 'bureau-jeugdzorg-limburg', '2010-02-03');
    expect((await record(c, [{ description: 'Gezinscoach inzetten', ownerPartnerId: c.workerPartner, dueAt: '2026-07-01' }])).statusCode).toBe(200);
    const refused = await step(c.id, 'adopt_plan');
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(errorOf(refused.body).message).toContain(PICKED_UP);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, await login(PD), { userId: c.worker, meetingId: c.meetingId })).statusCode).toBe(200);
    expect((await step(c.id, 'adopt_plan')).statusCode).toBe(200);
    const row = await s.deps.database.db.selectFrom('cases').select(['phase', 'lead_partner_id']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ phase: 'monitoring', lead_partner_id: c.workerPartner });
  }, 60_000);

  it('000-R72 de-escalation waits until there is progress: refused with an open action (the table\'s words), allowed once it is done', async () => {
    const { c, actionId } = await inMonitoring();
    const refused = await step(c.id, 'deescalate');
    expect(refused.statusCode, refused.body).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'table', reason: 'precondition_unmet' });
    expect(errorOf(refused.body).message).toContain(FOLLOWED);
    const done = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${actionId}`, await login('bureau-jeugdzorg-limburg@maastricht'), { version: 1, status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    const deescalated = await step(c.id, 'deescalate');
    expect(deescalated.statusCode, deescalated.body).toBe(200);
    expect(deescalated.json<{ phase: string }>().phase).toBe('deescalation1');
  }, 60_000);

  it('000-R72 preconditions[progress_made].before: when progress guards archiving instead, de-escalation with an open action goes ahead', async () => {
    await withChangedField(s, M, configField(`tables[${NWO}].preconditions[progress_made].before`), 'archive', async () => {
      const { c } = await inMonitoring();
      const deescalated = await step(c.id, 'deescalate');
      expect(deescalated.statusCode, deescalated.body).toBe(200);
    });
  }, 60_000);
});

describe('000-R70 the MDO follows each case at the interval set for it', () => {
  it('000-R70 frequency.meetingsPerYear: with the MDO meeting at most 6 times a year, a monthly follow-up is refused', async () => {
    await withChangedField(s, M, configField(`tables[${MDO}].frequency.meetingsPerYear.max`), 6, async () => {
      const c = await inRto(MDO, 'mondriaan', '1979-02-03');
      const pd = await login(PD);
      const meeting = (await s.request('GET', `/api/cases/${c.id}/meetings/${c.meetingId}`, pd)).json<{ version: number }>();
      const res = await s.request('PUT', `/api/cases/${c.id}/meetings/${c.meetingId}/record`, pd, {
        version: meeting.version, date: '2026-06-10T14:00:00Z', status: 'held', reason: 'Vervolg afgesproken', present: [c.worker],
        outcomeInformant: { userId: c.worker }, plan: { goals: [], actions: [] }, followUpInDays: 30,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res.body).fields?.[0]?.message).toMatch(/^kies een termijn tussen 60 en 92 dagen/);
    });
  }, 60_000);

  it('000-R70 the meeting sets the follow-up within the table\'s frequency (30–92 days at the MDO); once it passes without a new discussion the process director is reminded', async () => {
    const was = s.deps.now();
    try {
      const c = await inRto(MDO, 'mondriaan', '1979-02-03');
      const save = async (followUpInDays: number) => {
        const pd = await s.login(PD);
        const meeting = (await s.request('GET', `/api/cases/${c.id}/meetings/${c.meetingId}`, pd)).json<{ version: number }>();
        return s.request('PUT', `/api/cases/${c.id}/meetings/${c.meetingId}/record`, pd, {
          version: meeting.version, date: '2026-06-10T14:00:00Z', status: 'held', reason: 'Vervolg afgesproken', present: [c.worker],
          outcomeInformant: { userId: c.worker }, plan: { goals: [], actions: [] }, followUpInDays,
        });
      };
      const weekly = await save(7);
      expect(weekly.statusCode, weekly.body).toBe(400);
      expect(errorOf(weekly.body).fields?.[0]).toMatchObject({ field: 'followUpInDays', message: expect.stringMatching(/^kies een termijn tussen 30 en 92 dagen/) });
      expect((await save(60)).statusCode).toBe(200);
      const due = async (at: string) => {
        s.setNow(new Date(at));
        // A fresh sign-in: the clock moved past the cached session's lifetime.
        const res = await s.request('GET', '/api/session-reminders', await s.login(PD));
        expect(res.statusCode, res.body).toBe(200);
        return res.json<{ kind: string; caseId: string; dueAt: string }[]>().filter((r) => r.caseId === c.id && r.kind === 'evaluation_due');
      };
      expect(await due('2026-07-20T09:00:00Z')).toEqual([]);
      expect((await due('2026-08-10T09:00:00Z')).map((r) => r.dueAt)).toEqual(['2026-08-09T14:00:00.000Z']);
      // Set at a month instead, the reminder comes a month after the meeting.
      expect((await save(30)).statusCode).toBe(200);
      expect((await due('2026-07-11T09:00:00Z')).map((r) => r.dueAt)).toEqual(['2026-07-10T14:00:00.000Z']);
    } finally {
      s.setNow(was);
    }
  }, 60_000);
  // Last in the file: it moves the clock.
});
