/**
 * Regieteams Nijmegen runs its eight steps as its covenant says (seed 004 Bijlage 3), walked over
 * HTTP on the shipped configuration as its demo users: a signal with the minimal set only, judged,
 * picked up, a case team and case manager, a plan, a case review, closing into monitoring (step 7)
 * and closing the case manager's assignment (step 8), after which retention runs fifteen years from
 * closing (Bijlage 2). A signal nobody picks up is deleted after the configured days with a reminder
 * before, and the registrant is told the outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bsnHash } from '../../src/crypto/bsn-hash.js';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { systemContext } from '../../src/store/acting-context.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, nijmegenInRto, screenAtTable, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';
const DAY = 86_400_000;
const signal = (name: string): object => ({
  tableId: 'regieteam',
  subjects: [{ name }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['income_debts', 'housing'],
  registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
});

interface Inbox {
  notifications: { kind: string; caseId: string | null; message: string | null }[];
}

async function registerSignal(name: string): Promise<Registered> {
  const res = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), { ...signal(name), processDirectorId: s.userId('procesregisseur@nijmegen') });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Registered>();
}

async function caseRow(id: string): Promise<{ phase: string; closed_at: Date | null }> {
  return s.deps.database.db.selectFrom('cases').select(['phase', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();
}

async function inboxOf(user: string): Promise<Inbox['notifications']> {
  return (await s.request('GET', '/api/inbox', await s.login(user))).json<Inbox>().notifications;
}

describe('004-W03 step 1: a signal carries the minimal set only (name and "dat"-gegevens)', () => {
  it('birth date, address, BSN, free text, special categories and police data are refused, each naming its field', async () => {
    const gem = await s.login('gemeente-nijmegen@nijmegen');
    const res = await s.request('POST', '/api/cases', gem, {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Bakker', birthDate: '1980-01-01', address: 'Molenstraat 1, Nijmegen', bsn: '123456782' }],
      lifeDomains: ['income_debts'],
      registration: { content: 'Vader drinkt, moeder in behandeling bij de GGZ.', special: true, police: true, basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    expect(res.statusCode).toBe(400);
    for (const field of ['subjects.0.birthDate', 'subjects.0.address', 'registration.content', 'registration.special', 'registration.police']) expect(res.body).toContain(field);
    expect(res.body).toContain('naam en dat-gegevens');
    const cases = (await s.request('GET', '/api/cases', await s.login('procesregisseur@nijmegen'))).body;
    expect(cases).not.toContain('Bakker');
  });

  it('a signal with the name and the life domains is registered; elsewhere the registration text stays required', async () => {
    const c = await registerSignal('Huishouden de Groot');
    expect(c.subjectIds).toHaveLength(1);
    const nl = await s.request('POST', '/api/cases', await s.login('reclassering-nederland@noord-limburg'), {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Jan de Vries' }],
      registration: { basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    expect(nl.statusCode).toBe(400);
    expect(nl.body).toContain('registration.content');
  });
});

describe('Nijmegen runs its eight steps to the end (seed 004 Bijlage 3, Bijlage 2)', () => {
  it('004-X02 004-W20 004-W22 004-W23 004-P23 004-W19 004-C16 004-W24 steps 1-8 on the shipped configuration in the regieteam\'s words; retention fifteen years from closing, deleted then', async () => {
    const c = await registerSignal('Huishouden Jansen');
    await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
    let pd = await s.login('procesregisseur@nijmegen');
    const labels = async (): Promise<string[]> =>
      (await s.request('GET', `/api/cases/${c.id}/transitions`, pd)).json<{ events: { label: string }[] }>().events.map((e) => e.label);
    expect(await labels()).toContain('2 Signaal beoordeeld: hoort bij het regieteam, door naar stap 3');
    await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    const pickup = await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen') });
    expect(pickup.statusCode, pickup.body).toBe(200);
    expect((await inboxOf('gemeente-nijmegen@nijmegen')).filter((n) => n.caseId === c.id).map((n) => n.kind)).toEqual(['signal_picked_up']);

    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: '2026-06-10T14:00:00Z',
      preparation: { goal: 'Opdracht en casusteam', themes: ['schulden'], decisionsToTake: ['wie wordt casemanager'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in VIS2.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), role: 'intended_executor' });
    expect(inv.statusCode, inv.body).toBe(201);
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version: 1,
      date: '2026-06-10T14:00:00Z',
      status: 'held',
      reason: 'Schulden en overlast',
      present: [s.userId('sterker-sociaal-werk@nijmegen')],
      plan: { goals: [{ domain: 'income_debts', goal: 'Schulden in beeld' }], actions: [{ description: 'Aanmelden schuldhulp', ownerPartnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen'), dueAt: '2026-07-01' }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const cm = await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), meetingId });
    expect(cm.statusCode, cm.body).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    expect(await labels()).toEqual(['6 Casusbespreking regieteam', '7 Afsluiten casus en in gaan monitoringsfase']);

    const step7 = await step(s, pd, c.id, { event: 'deescalate', note: 'Stabiel; monitoring een half jaar; afspraken met Sterker over huisbezoeken' });
    expect(step7.statusCode, step7.body).toBe(200);
    expect(step7.json().phase).toBe('deescalation1');
    expect(await labels()).toEqual(['7 Monitoring niet stabiel: terug naar de aanpak', '8 Afsluiten prestatieopdracht casemanager']);
    // Step 7 does not archive: monitoring goes on (004-W23, no automatic archive at closing).
    s.advance(200 * DAY);
    await runJob(s.deps, retentionJob);
    expect((await caseRow(c.id)).phase).toBe('deescalation1');
    pd = await s.login('procesregisseur@nijmegen');

    const noCriterion = await step(s, pd, c.id, { event: 'archive' });
    expect(noCriterion.statusCode).toBe(403);
    expect(noCriterion.json().error).toMatchObject({ reason: 'closing_criterion_missing' });
    const step8 = await step(s, pd, c.id, { event: 'archive', criterionId: 'doelen-behaald' });
    expect(step8.statusCode, step8.body).toBe(200);
    expect(step8.json().phase).toBe('archived');
    const closedAt = (await caseRow(c.id)).closed_at;
    expect(closedAt?.toISOString()).toBe(s.deps.now().toISOString());

    const status = (await s.request('GET', `/api/cases/${c.id}/retention`, pd)).json<{ deleteAt: string }>();
    const fifteen = new Date(closedAt!);
    fifteen.setUTCFullYear(fifteen.getUTCFullYear() + 15);
    expect(status.deleteAt).toBe(fifteen.toISOString());
    s.setNow(new Date(fifteen.getTime() - DAY));
    await runJob(s.deps, retentionJob);
    expect((await caseRow(c.id)).phase).toBe('archived');
    s.setNow(new Date(fifteen.getTime() + 1000));
    await runJob(s.deps, retentionJob);
    expect((await caseRow(c.id)).phase).toBe('deleted');
    expect(await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    s.setNow(new Date('2026-06-01T09:00:00Z'));
  });
});

describe('004-W09 004-W11 a signal nobody picks up', () => {
  it('is deleted like a rejection after the configured days, with a reminder before; the registrant is told', async () => {
    const start = s.deps.now();
    const c = await registerSignal('Huishouden Visser');
    s.setNow(new Date(start.getTime() + 48 * DAY));
    await runJob(s.deps, retentionJob);
    const early = await s.deps.database.db.selectFrom('reminders').selectAll().where('case_id', '=', c.id).execute();
    expect(early).toEqual([]);
    s.setNow(new Date(start.getTime() + 50 * DAY));
    await runJob(s.deps, retentionJob);
    expect((await caseRow(c.id)).phase).toBe('screening');
    const reminders = await s.deps.database.db.selectFrom('reminders').selectAll().where('case_id', '=', c.id).execute();
    expect(reminders.length).toBeGreaterThan(0);

    s.setNow(new Date(start.getTime() + 56 * DAY + 1000));
    await runJob(s.deps, retentionJob);
    const row = await caseRow(c.id);
    expect(row.phase).toBe('rejected');
    expect(await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect((await inboxOf('gemeente-nijmegen@nijmegen')).filter((n) => n.caseId === c.id).map((n) => n.kind)).toEqual(['signal_not_picked_up']);
    s.setNow(start);
  });

  it('rejected in the regieteam: the registrant gets the outcome and the advice, the case keeps nothing', async () => {
    const c = await registerSignal('Huishouden Mulder');
    await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
    const pd = await s.login('procesregisseur@nijmegen');
    const res = await step(s, pd, c.id, { event: 'reject', advice: 'Past bij het sociaal wijkteam; bespreek het met het huishouden.' });
    expect(res.statusCode, res.body).toBe(200);
    const told = (await inboxOf('gemeente-nijmegen@nijmegen')).filter((n) => n.caseId === c.id);
    expect(told).toEqual([expect.objectContaining({ kind: 'signal_not_picked_up', message: 'Past bij het sociaal wijkteam; bespreek het met het huishouden.' })]);
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).body).not.toContain('Mulder');
  });

  it('004-W10 a presence lookup does not reveal a signal that is not picked up', async () => {
    const c = await registerSignal('Huishouden Smit');
    const collaborationId = s.collaborationId(NIJMEGEN);
    // A match key on the signal (as data from before the minimal set would have): still not revealed.
    await s.deps.database.withTransaction(systemContext(), (trx) =>
      trx.updateTable('subjects').set({ bsn_hash: bsnHash(s.deps.bsnKey, collaborationId, '123456782') }).where('case_id', '=', c.id).execute(),
    );
    const screened = await s.request('POST', '/api/cases', await s.login('reclassering-nederland@noord-limburg'), {
      tableId: 'rto-complexe-casuistiek',
      subjects: [{ name: 'Nieuwe Aanmelding' }],
      registration: { content: 'x', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      processDirectorId: s.userId('procesregisseur@noord-limburg'),
    });
    const forCaseId = screened.json<{ id: string }>().id;
    const ask = async (): Promise<{ known: boolean }> =>
      (await s.request('POST', '/api/presence-lookups', await s.login('procesregisseur@noord-limburg'), { bsn: '123456782', forCaseId })).json();
    expect((await ask()).known).toBe(false);
    await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
    const pd = await s.login('procesregisseur@nijmegen');
    expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen') })).statusCode).toBe(200);
    expect((await ask()).known).toBe(true);
  });
});

/** A picked-up signal in step 4: the RTO held with Sterker and Talis present and a plan with an action for each of Talis and the municipality. */
async function inStep4(name: string): Promise<{ id: string; meetingId: string; pd: string }> {
  const c = await registerSignal(name);
  const { pd, meetingId } = await nijmegenInRto(s, c, ['sterker-sociaal-werk@nijmegen', 'talis@nijmegen']);
  const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
    version: 1,
    date: '2026-06-10T14:00:00Z',
    status: 'held',
    reason: 'Schulden en overlast',
    present: [s.userId('sterker-sociaal-werk@nijmegen'), s.userId('talis@nijmegen')],
    plan: {
      goals: [{ domain: 'housing', goal: 'Woning behouden' }],
      actions: [
        { description: 'Betalingsregeling huur', ownerPartnerId: s.partnerId(NIJMEGEN, 'talis'), ownerUserId: s.userId('talis@nijmegen'), dueAt: '2026-07-01' },
        { description: 'Aanmelden schuldhulp', ownerPartnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen'), dueAt: '2026-07-01' },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { id: c.id, meetingId, pd };
}

interface Brief {
  caseManagerId: string;
  history: { brief: string; performanceBrief: string; reason: string | null; by: string }[];
}

describe('004-W14 step 4: the case manager\'s brief and performance brief, adjusted during the process', () => {
  it('004-W14 given with the appointment, adjusted with a reason, the history kept; read by the staff and the case manager only; closed in step 8', async () => {
    const c = await inStep4('Huishouden Brouwer');
    const pd = c.pd;
    const url = `/api/cases/${c.id}/case-director/brief`;
    const first = { brief: 'Schulden stabiliseren en overlast terugdringen', performanceBrief: 'Binnen drie maanden een betalingsregeling en een schuldhulptraject; verslag in elke casusbespreking' };

    const early = await s.request('PUT', url, pd, first);
    expect(early.statusCode).toBe(403);
    expect(early.json().error).toMatchObject({ reason: 'case_manager_brief_without_case_manager' });
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), meetingId: c.meetingId })).statusCode).toBe(200);

    const given = await s.request('PUT', url, pd, first);
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json<Brief>().history).toEqual([expect.objectContaining({ ...first, reason: null, by: s.userId('procesregisseur@nijmegen') })]);

    const noReason = await s.request('PUT', url, pd, { brief: first.brief, performanceBrief: 'Binnen zes maanden' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('reason');
    const adjusted = await s.request('PUT', url, pd, { brief: first.brief, performanceBrief: 'Binnen zes maanden een schuldhulptraject', reason: 'Schuldeisers reageren traag' });
    expect(adjusted.statusCode, adjusted.body).toBe(200);

    const cm = await s.request('GET', url, await s.login('sterker-sociaal-werk@nijmegen'));
    expect(cm.statusCode, cm.body).toBe(200);
    expect(cm.json<Brief>()).toMatchObject({ caseManagerId: s.userId('sterker-sociaal-werk@nijmegen') });
    expect(cm.json<Brief>().history.map((v) => [v.performanceBrief, v.reason])).toEqual([
      [first.performanceBrief, null],
      ['Binnen zes maanden een schuldhulptraject', 'Schuldeisers reageren traag'],
    ]);
    const talis = await s.login('talis@nijmegen');
    expect((await s.request('GET', url, talis)).statusCode).toBe(403);
    expect((await s.request('PUT', url, talis, { ...first, reason: 'x' })).statusCode).toBe(403);
    expect((await s.request('PUT', url, await s.login('sterker-sociaal-werk@nijmegen'), { ...first, reason: 'x' })).statusCode).toBe(403);
    // Stored under the case key, not in the clear.
    const row = await s.deps.database.db.selectFrom('case_director_appointments').select('brief_enc').where('case_id', '=', c.id).where('ended_at', 'is', null).executeTakeFirstOrThrow();
    expect(row.brief_enc?.toString('latin1')).not.toContain('schuldhulptraject');

    // Step 8 closes the performance brief: it is no longer changed.
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'deescalate', note: 'Stabiel' })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'archive', criterionId: 'doelen-behaald' })).statusCode).toBe(200);
    const closed = await s.request('PUT', url, await s.login('procesregisseur@nijmegen'), { ...first, reason: 'Na afsluiten' });
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error).toMatchObject({ reason: 'transition_not_allowed' });
  });
});

describe('004-R06 004-C17 the partners directly involved change their own part and report back on it', () => {
  it('004-R06 004-C17 the owner of a plan action reports it done itself and sees it among its open actions, overdue after its date; another partner\'s action it cannot change; an uninvolved corporation cannot even read the case', async () => {
    const c = await inStep4('Huishouden Kok');
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, c.pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), meetingId: c.meetingId })).statusCode).toBe(200);
    expect((await step(s, c.pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    const actions = await s.deps.database.db.selectFrom('plan_actions').select(['id', 'owner_partner_id']).where('case_id', '=', c.id).execute();
    const own = actions.find((a) => a.owner_partner_id === s.partnerId(NIJMEGEN, 'talis'));
    const other = actions.find((a) => a.owner_partner_id === s.partnerId(NIJMEGEN, 'gemeente-nijmegen'));
    const start = s.deps.now();
    try {
      s.setNow(new Date('2026-07-02T09:00:00Z'));
      const talis = await s.login('talis@nijmegen');
      const mine = (await s.request('GET', '/api/my-actions', talis)).json<{ id: string; caseId: string; overdue: boolean }[]>().filter((a) => a.caseId === c.id);
      expect(mine).toEqual([expect.objectContaining({ id: own?.id, overdue: true })]);
      const refused = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${other?.id ?? ''}`, talis, { version: 1, status: 'done' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ reason: 'plan_action_not_case_director' });
      const done = await s.request('PATCH', `/api/cases/${c.id}/plan/actions/${own?.id ?? ''}`, talis, { version: 1, status: 'done' });
      expect(done.statusCode, done.body).toBe(200);
      expect((await s.request('GET', '/api/my-actions', talis)).json<{ caseId: string }[]>().filter((a) => a.caseId === c.id)).toEqual([]);
      expect((await s.request('GET', `/api/cases/${c.id}`, await s.login('mooiland@nijmegen'))).statusCode).toBe(404);
    } finally {
      s.setNow(start);
    }
  });
});

describe('004-W15 step 4: data whose consent the household refused is not processed', () => {
  it('004-W15 a refusal naming the product order stops Talis recording one, whatever basis it claims; other data and other partners go on; a later consent lifts it', async () => {
    const c = await inStep4('Huishouden Vos');
    const pd = c.pd;
    const subjectId = (await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', c.id).executeTakeFirstOrThrow()).id;
    const talis = s.partnerId(NIJMEGEN, 'talis');
    const gemeente = s.partnerId(NIJMEGEN, 'gemeente-nijmegen');
    const consent = (body: object) => s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners: [gemeente, talis], givenAt: s.deps.now().toISOString(), ...body });
    expect((await consent({ scope: 'Domeinoverstijgend werken', kind: 'household_domain_crossing' })).statusCode).toBe(201);
    const unknown = await consent({ scope: 'Gegevens', categories: ['medisch-dossier'], refused: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('categories.0');
    const refusal = await consent({ scope: 'Productbestelling bij de corporatie', categories: ['productbestelling'], refused: true });
    expect(refusal.statusCode, refusal.body).toBe(201);

    const woon = await s.login('talis@nijmegen');
    const add = (category: string, who = woon) =>
      s.request('POST', `/api/cases/${c.id}/contributions`, who, { content: 'Aanvraag woonbegeleiding.', category, purposes: ['rto'], basis: { kind: 'legitimate_interest', motivation: 'Woonbehoud weegt zwaarder.' } });
    const refused = await add('productbestelling');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ rule: 'P6', reason: 'consent_refused_for_data' });
    expect((await add('voortgang')).statusCode).toBe(201);
    const sterker = await s.request('POST', `/api/cases/${c.id}/contributions`, await s.login('sterker-sociaal-werk@nijmegen'), { content: 'Aanvraag schuldhulp.', category: 'productbestelling', purposes: ['rto'], basis: { kind: 'consent', consentId: refusal.json<{ id: string }>().id } });
    expect(sterker.json().error?.reason).not.toBe('consent_refused_for_data');

    s.advance(60_000);
    expect((await consent({ scope: 'Alsnog toestemming voor de productbestelling', categories: ['productbestelling'] })).statusCode).toBe(201);
    expect((await add('productbestelling')).statusCode).toBe(201);
  });
});
