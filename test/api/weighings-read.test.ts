/**
 * 000-R23: the weighing (seed 000 Bijlage 3, "Motiveer en documenteer … in het dossier"; art. 7.4)
 * is documented in the dossier and can be read back: by the organisation that weighed and by the
 * process director of the case, decrypted, every read audited. Walked on the shipped Maastricht
 * configuration with its demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

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

type WeighingView = { partnerId: string; partnerName: string; proportionality: string; subsidiarity: string; effectiveness: string; informAfterwardsReason: string; completedAt: string | null };

describe('000-R23 the weighing is documented in the dossier and retrievable (seed 000 Bijlage 3)', () => {
  it('000-R23 the organisation that weighed reads its own weighing back, the process director reads every weighing decrypted, another partner in the case is refused (and is offered no read: readWeighings); each read is audited', async () => {
    const gemeente = await login('gemeente-maastricht@maastricht');
    const created = await s.request('POST', '/api/cases', gemeente, {
      tableId: 'mdo-integrale-aanpak',
      subjects: [{ name: 'Frans Lemmens', birthDate: '1971-03-15' }],
      registration: { content: 'Teloorgang op meerdere leefgebieden.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string }>();
    // Screening and triage are other tests' subject: the phase is set directly.
    await s.deps.database.db.updateTable('cases').set({ phase: 'triage' }).where('id', '=', c.id).execute();
    const pd = await login(PD);
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: '2026-06-10T14:00:00Z',
      preparation: { goal: 'Een plan van aanpak', themes: ['wonen'], decisionsToTake: ['wie wordt casemanager'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in het systeem.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const invited = await s.request('POST', `/api/cases/${c.id}/meetings/${meeting.json<{ id: string }>().id}/invitations`, pd, { userId: s.userId('servatius@maastricht'), role: 'intended_executor' });
    expect(invited.statusCode, invited.body).toBe(201);

    const weighing = {
      proportionality: 'Alleen de huurachterstand en de signalen van verwaarlozing.',
      subsidiarity: 'Betrokkene weigert elk contact; toestemming vragen lukte niet.',
      effectiveness: 'Zonder deze gegevens is geen plan van aanpak mogelijk.',
      informAfterwardsReason: 'Na het overleg mondeling en per brief.',
    };
    const readWeighings = async (cookie: string) => (await s.request('GET', `/api/cases/${c.id}`, cookie)).json<{ abilities: { readWeighings: boolean } }>().abilities.readWeighings;
    // No weighing yet: the case page offers nothing to read.
    expect(await readWeighings(pd)).toBe(false);
    const recorded = await s.request('POST', `/api/cases/${c.id}/weighings`, gemeente, weighing);
    expect(recorded.statusCode, recorded.body).toBe(201);
    // The ability the case page shows the weighings by follows the same rule as the read.
    expect(await readWeighings(gemeente)).toBe(true);
    expect(await readWeighings(pd)).toBe(true);
    expect(await readWeighings(await login('servatius@maastricht'))).toBe(false);

    const own = await s.request('GET', `/api/cases/${c.id}/weighings`, gemeente);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<WeighingView[]>()).toEqual([expect.objectContaining({ partnerId: s.partnerId(M, 'gemeente-maastricht'), ...weighing })]);
    expect(own.json<WeighingView[]>()[0]?.completedAt).not.toBeNull();

    const byDirector = await s.request('GET', `/api/cases/${c.id}/weighings`, pd);
    expect(byDirector.statusCode, byDirector.body).toBe(200);
    expect(byDirector.json<WeighingView[]>().map((w) => w.proportionality)).toEqual([weighing.proportionality]);

    // Another organisation in the case does not read the municipality's reasoning.
    const servatius = await login('servatius@maastricht');
    const other = await s.request('GET', `/api/cases/${c.id}/weighings`, servatius);
    expect(other.statusCode, other.body).toBe(403);
    expect(other.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P7', reason: 'weighing_not_yours' });
    expect(other.body).not.toContain('huurachterstand');

    const audit = await s.deps.database.db.selectFrom('audit_log').select(['user_id', 'outcome', 'on_behalf_of_partner_id']).where('case_id', '=', c.id).where('action', '=', 'weighing.read').execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { user_id: s.userId('gemeente-maastricht@maastricht'), outcome: 'allow', on_behalf_of_partner_id: s.partnerId(M, 'gemeente-maastricht') },
        { user_id: s.userId(PD), outcome: 'allow', on_behalf_of_partner_id: s.partnerId(M, 'gemeente-maastricht') },
        expect.objectContaining({ user_id: s.userId('servatius@maastricht'), outcome: 'deny' }),
      ]),
    );
  });
});
