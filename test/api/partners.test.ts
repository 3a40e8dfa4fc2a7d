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

type ErrorBody = { error: { code: string; rule?: string; reason?: string; fields?: { field: string }[] } };
interface Outcome {
  partnerId: string;
  member: boolean;
  pending: string | null;
  partners: string[];
}

const candidate = (slug: string) => ({
  slug,
  name: `Stichting ${slug}`,
  type: 'welzijn',
  publicAuthority: false,
  maySeeSpecial: false,
  mayUseBsn: false,
  professionalSecrecy: false,
  legalRegimes: ['AVG'],
  legalBasisCatalogue: [{ kind: 'public_task', law: 'Wmo 2015 art. 2.3.2' }],
});

const registration = (basis: unknown) => ({
  tableId: 'rto-complexe-casuistiek',
  subjects: [{ name: 'Piet Jansen' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing'],
  registration: { content: 'Zorgen over de woonsituatie.', basis },
});

describe('P1 membership over HTTP', () => {
  it('001-50 / 003-9 every member partner is told of an intended accession beforehand, in the words of its covenant; only the admin records the request', async () => {
    type Note = { kind: string; message: string | null };
    const inbox = async (user: string): Promise<Note[]> => (await s.request('GET', '/api/inbox', await s.login(user))).json<{ notifications: Note[] }>().notifications.filter((n) => n.kind === 'accession_intended');
    const professional = await s.request('POST', '/api/partners', await s.login('politie-limburg@midden-limburg'), candidate('buurtwerk-roermond'));
    expect(professional.statusCode).toBe(403);
    expect(professional.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'role_not_allowed' });
    expect(await inbox('politie-limburg@midden-limburg')).toEqual([]);

    const ml = await s.request('POST', '/api/partners', await s.login('beheerder@midden-limburg'), candidate('buurtwerk-roermond'));
    expect(ml.statusCode, ml.body).toBe(201);
    expect(ml.json<{ member: boolean; partnersUntold: string[] }>()).toMatchObject({ member: false, partnersUntold: [] });
    expect(ml.json<{ partnersTold: number }>().partnersTold).toBeGreaterThan(10);
    const [told] = await inbox('politie-limburg@midden-limburg');
    expect(told?.message).toContain('Voorgenomen toetreding tot het convenant: Stichting buurtwerk-roermond.');
    expect(told?.message).toContain('De Stuurgroep beslist na akkoord van alle partijen');
    // The other house's partners are not told.
    expect(await inbox('politie-limburg@noord-limburg')).toEqual([]);

    const nl = await s.request('POST', '/api/partners', await s.login('beheerder@noord-limburg'), candidate('buurtwerk-venlo'));
    expect(nl.statusCode, nl.body).toBe(201);
    const [toldNl] = await inbox('politie-limburg@noord-limburg');
    expect(toldNl?.message).toContain('Stichting buurtwerk-venlo');
    expect(toldNl?.message).toContain('beargumenteerd bezwaar aantekenen bij de Stuurgroep');
  });

  it('P1: the admin lists the partners with their membership; a process director is refused, naming P1', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const res = await s.request('GET', '/api/partners', admin);
    expect(res.statusCode, res.body).toBe(200);
    const partners = res.json<{ slug: string; active: boolean }[]>();
    expect(partners.find((p) => p.slug === 'reclassering-nederland')?.active).toBe(true);

    const pd = await s.login('procesregisseur@noord-limburg');
    const refused = await s.request('GET', '/api/partners', pd);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.rule).toBe('P1');
    const refusedJoin = await s.request('POST', '/api/partners', pd, candidate('sneaky'));
    expect(refusedJoin.statusCode).toBe(403);
  });

  it('P1 joining (Noord-Limburg, steering group): a member only after the approval and the signed declaration; only then may its professional register', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const requested = await s.request('POST', '/api/partners', admin, candidate('buurtwerk-venray'));
    expect(requested.statusCode, requested.body).toBe(201);
    const { partnerId } = requested.json<{ partnerId: string; member: boolean }>();
    expect(requested.json<{ member: boolean }>().member).toBe(false);

    const user = await s.request('POST', '/api/users', admin, { partnerId, username: 'buurtwerker@noord-limburg', displayName: 'Buurtwerker', role: 'professional', password: 'een-lang-wachtwoord' });
    expect(user.statusCode, user.body).toBe(201);
    const userId = user.json<{ id: string }>().id;
    expect((await s.request('PUT', `/api/users/${userId}/checks`, admin, { confidentialityDeclaredAt: '2026-05-01', vogCheckedAt: '2026-05-01' })).statusCode).toBe(200);
    const worker = await s.login('buurtwerker@noord-limburg', 'een-lang-wachtwoord');
    const basis = { kind: 'public_task', law: 'Wmo 2015 art. 2.3.2' };
    const before = await s.request('POST', '/api/cases', worker, registration(basis));
    expect(before.statusCode).toBe(403);
    expect(before.json<ErrorBody>().error.rule).toBe('P1');

    const approved = await s.request('POST', `/api/partners/${partnerId}/accession/decisions`, admin, { by: { kind: 'steering_group' }, approved: true });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Outcome>()).toMatchObject({ member: false, pending: 'declaration_not_signed' });

    const signed = await s.request('POST', `/api/partners/${partnerId}/accession/declaration`, admin, {});
    expect(signed.json<Outcome>()).toMatchObject({ member: true, pending: null });
    const after = await s.request('POST', '/api/cases', worker, registration(basis));
    expect(after.statusCode, after.body).toBe(201);
  });

  it('P1 joining (Venlo, all partners): one missing approval keeps the candidate out; the last one lets it in', async () => {
    const admin = await s.login('beheerder@venlo');
    const { partnerId } = (await s.request('POST', '/api/partners', admin, candidate('buurtzorg-venlo'))).json<{ partnerId: string }>();
    const voters = ['gemeente-venlo', 'politie-limburg', 'includio', 'woonwenz', 'antares', 'vincent-van-gogh'].map((p) => s.partnerId('zorgnetwerk-venlo', p));
    for (const voter of voters.slice(0, -1)) {
      const r = await s.request('POST', `/api/partners/${partnerId}/accession/decisions`, admin, { by: { kind: 'partner', partnerId: voter }, approved: true });
      expect(r.statusCode, r.body).toBe(200);
    }
    const signed = (await s.request('POST', `/api/partners/${partnerId}/accession/declaration`, admin, {})).json<Outcome>();
    expect(signed).toMatchObject({ member: false, pending: 'partner_approval_missing', partners: [voters.at(-1)] });
    const last = (await s.request('POST', `/api/partners/${partnerId}/accession/decisions`, admin, { by: { kind: 'partner', partnerId: voters.at(-1) }, approved: true })).json<Outcome>();
    expect(last).toMatchObject({ member: true });
    const listed = (await s.request('GET', '/api/partners', admin)).json<{ id: string; active: boolean }[]>();
    expect(listed.find((p) => p.id === partnerId)?.active).toBe(true);
  });

  it("P1 notice (Venlo, 3 months): after ends_at the partner's professionals start no case; they only finish running ones (13.2)", async () => {
    const admin = await s.login('beheerder@venlo');
    const woonwenz = s.partnerId('zorgnetwerk-venlo', 'woonwenz');
    const notice = await s.request('POST', `/api/partners/${woonwenz}/notice`, admin, { givenAt: '2026-06-01T09:00:00Z' });
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.json<{ endsAt: string }>().endsAt).toBe('2026-09-01T09:00:00.000Z');
    const again = await s.request('POST', `/api/partners/${woonwenz}/notice`, admin, {});
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.rule).toBe('P1');

    const pro = await s.login('woonwenz@venlo');
    expect((await s.request('GET', '/api/cases', pro)).statusCode).toBe(200);
    s.setNow(new Date('2026-09-01T09:00:01Z'));
    const later = await s.login('woonwenz@venlo');
    // Seed 000 art. 13.2: running trajectories are finished first, so the professional is let in
    // and each case decides (src/domain/access/privacy-rules.test.ts, 13.2); it registers no case.
    expect((await s.request('GET', '/api/cases', later)).statusCode).toBe(200);
    const refused = await s.request('POST', '/api/cases', later, { ...registration({ kind: 'legitimate_interest', motivation: 'Belangenafweging vastgelegd' }), tableId: 'zorgnetwerk-overleg' });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json<ErrorBody>().error).toMatchObject({ rule: 'P1' });
    const stillMember = await s.login('antares@venlo');
    expect((await s.request('GET', '/api/cases', stillMember)).statusCode).toBe(200);
  });
});
