import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, preparation, register, screenAtTable, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const MH = 'veiligheidshuis-maastricht-heuvelland';
const THIRD = 'veilig-thuis-zuid-limburg@maastricht';
const basis = { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' };

interface Listed {
  id: string;
  userId: string;
  displayName: string;
  partnerId: string;
  basis: unknown;
  motivation: string | null;
  declarationSignedAt: string | null;
  subjectInformedAt: string | null;
  consentsFrom: string[];
  awaiting: string[];
  meetsP11: boolean;
  mayConsent: boolean;
}

/** A Maastricht case in the RTO phase, registered by the municipality, with the municipality and the police invited to the RTO. */
async function caseInRto(): Promise<string> {
  const c = await register(s, 'gemeente-maastricht@maastricht', {
    tableId: 'mdo-integrale-aanpak', subjects: [{ name: 'Rob Peters' }],
    registration: { content: 'Zorgen over vereenzaming.', basis },
  });
  await informSubjects(s, c, MH, 'gemeente-maastricht', 'procesregisseur@maastricht');
  await screenAtTable(s, c.id, 'procesregisseur@maastricht');
  const pd = await s.login('procesregisseur@maastricht');
  expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
  const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
  expect(meeting.statusCode, meeting.body).toBe(201);
  for (const who of ['gemeente-maastricht@maastricht', 'politie-limburg@maastricht']) {
    const inv = await s.request('POST', `/api/cases/${c.id}/meetings/${meeting.json<{ id: string }>().id}/invitations`, pd, { userId: s.userId(who), role: 'informant' });
    expect(inv.statusCode, inv.body).toBe(201);
  }
  // The MDO meets with a consent on record, or a documented weighing (seed 000 Bijlage 2 "Randvoorwaarden").
  const partners = ['gemeente-maastricht', 'politie-limburg'].map((p) => s.partnerId(MH, p));
  const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners, scope: 'Delen in het MDO', givenAt: s.deps.now().toISOString() });
  expect(consent.statusCode, consent.body).toBe(201);
  const scheduled = await step(s, pd, c.id, { event: 'schedule_rto' });
  expect(scheduled.statusCode, scheduled.body).toBe(200);
  return c.id;
}

describe('listing third parties (P11, HTTP)', () => {
  it('P11 000-R13c third parties: the case lists its third party with its motivation, declaration date and the partners awaited; a partner in the case may consent, once; then every condition holds', async () => {
    const id = await caseInRto();
    const pd = await s.login('procesregisseur@maastricht');
    expect((await s.request('GET', `/api/cases/${id}/third-parties`, pd)).json()).toEqual([]);
    const added = await s.request('POST', `/api/cases/${id}/third-parties`, pd, {
      userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: 'Veilig Thuis is nodig voor het veiligheidsplan.', declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
    });
    expect(added.statusCode, added.body).toBe(201);
    const gemPartner = s.partnerId(MH, 'gemeente-maastricht');
    const polPartner = s.partnerId(MH, 'politie-limburg');

    const byDirector = await s.request('GET', `/api/cases/${id}/third-parties`, pd);
    expect(byDirector.statusCode, byDirector.body).toBe(200);
    const [listed] = byDirector.json<Listed[]>();
    expect(listed).toMatchObject({
      id: added.json<{ id: string }>().id,
      userId: s.userId(THIRD),
      partnerId: s.partnerId(MH, 'veilig-thuis-zuid-limburg'),
      basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' },
      motivation: 'Veilig Thuis is nodig voor het veiligheidsplan.',
      declarationSignedAt: '2026-06-01T08:00:00.000Z',
      consentsFrom: [],
      meetsP11: false,
      mayConsent: false,
    });
    expect(listed?.displayName).toContain('Veilig Thuis');
    expect([...(listed?.awaiting ?? [])].sort()).toEqual([gemPartner, polPartner].sort());

    const gem = await s.login('gemeente-maastricht@maastricht');
    expect((await s.request('GET', `/api/cases/${id}/third-parties`, gem)).json<Listed[]>()[0]).toMatchObject({ mayConsent: true });
    const consent = await s.request('POST', `/api/cases/${id}/third-parties/${listed?.id ?? ''}/consents`, gem);
    expect(consent.statusCode, consent.body).toBe(200);
    expect((await s.request('GET', `/api/cases/${id}/third-parties`, gem)).json<Listed[]>()[0]).toMatchObject({ mayConsent: false, consentsFrom: [gemPartner], awaiting: [polPartner], meetsP11: false });
    expect((await s.request('POST', `/api/cases/${id}/third-parties/${listed?.id ?? ''}/consents`, gem)).statusCode).toBe(409);
    const pol = await s.login('politie-limburg@maastricht');
    expect((await s.request('POST', `/api/cases/${id}/third-parties/${listed?.id ?? ''}/consents`, pol)).json()).toMatchObject({ meetsP11: true });
    expect((await s.request('GET', `/api/cases/${id}/third-parties`, pol)).json<Listed[]>()[0]).toMatchObject({ awaiting: [], meetsP11: true, mayConsent: false });

    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('case_id', '=', id).where('action', '=', 'third_party.list').execute();
    expect(audit.length).toBe(5);
    expect(audit.every((a) => a.outcome === 'allow')).toBe(true);
  });

  it('P2/P11: an uninvolved partner sees no third parties; the third party itself only once every condition holds', async () => {
    const id = await caseInRto();
    const pd = await s.login('procesregisseur@maastricht');
    const added = await s.request('POST', `/api/cases/${id}/third-parties`, pd, {
      userId: s.userId(THIRD), basis: { kind: 'public_task', law: 'Wmo 2015 art. 4.1.1' }, motivation: 'Veilig Thuis is nodig voor het veiligheidsplan.', declarationSignedAt: '2026-06-01T08:00:00Z', subjectInformedAt: '2026-06-01T08:30:00Z',
    });
    expect(added.statusCode, added.body).toBe(201);
    const other = await s.login('woonpunt@maastricht');
    expect((await s.request('GET', `/api/cases/${id}/third-parties`, other)).statusCode).toBe(404);
    const vt = await s.login(THIRD);
    const before = await s.request('GET', `/api/cases/${id}/third-parties`, vt);
    expect(before.statusCode).toBe(403);
    expect((JSON.parse(before.body) as { error: { rule: string } }).error.rule).toBe('P11');
    for (const who of ['gemeente-maastricht@maastricht', 'politie-limburg@maastricht']) {
      const consent = await s.request('POST', `/api/cases/${id}/third-parties/${added.json<{ id: string }>().id}/consents`, await s.login(who));
      expect(consent.statusCode, consent.body).toBe(200);
    }
    const after = await s.request('GET', `/api/cases/${id}/third-parties`, vt);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json<Listed[]>()[0]).toMatchObject({ meetsP11: true, mayConsent: false });
  });
});
