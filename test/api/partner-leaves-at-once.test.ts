/**
 * Maastricht (seed 000 art. 13.2): a partner leaves after two months' notice, "tenzij alle
 * convenantpartners gezamenlijk en unaniem instemmen met directe opzegging. Lopende trajecten
 * dienen wel eerst te worden afgerond." Over HTTP on the shipped configuration as its demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';
const ADMIN = 'beheerder@maastricht';
const JUNE_FIRST = new Date('2026-06-01T09:00:00Z');

interface ErrorBody {
  readonly error: { readonly code: string; readonly rule?: string; readonly reason?: string; readonly fields?: readonly { readonly field: string }[] };
}
interface Notice {
  endsAt: string;
  unanimousConsent: { immediate: boolean; consents: string[]; missing: string[] } | null;
  source: string;
}

/** The ids of the active members other than `slug`: whose consent an immediate termination needs. */
async function othersThan(slug: string): Promise<string[]> {
  const partners = (await s.request('GET', '/api/partners', await s.login(ADMIN))).json<{ id: string; slug: string; active: boolean }[]>();
  return partners.filter((p) => p.active && p.slug !== slug).map((p) => p.id);
}

async function notice(slug: string, body: object, admin = ADMIN, collaboration = M) {
  return s.request('POST', `/api/partners/${s.partnerId(collaboration, slug)}/notice`, await s.login(admin), body);
}

const mdoCase = (name: string) => ({
  tableId: 'mdo-integrale-aanpak',
  subjects: [{ name, birthDate: '1980-02-02' }],
  registration: { content: 'Overlast in de wijk; de hulp stagneert.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
  processDirectorId: s.userId('procesregisseur@maastricht'),
});

describe('leaving at once with the unanimous consent of all partners (seed 000 art. 13.2)', () => {
  it('000-R45 with every other partner’s consent the membership ends at once and running cases are still finished; one consent missing, the two months apply', async () => {
    s.setNow(JUNE_FIRST);
    const running = await s.request('POST', '/api/cases', await s.login('gemeente-vaals@maastricht'), mdoCase('Jo Pinckaers'));
    expect(running.statusCode, running.body).toBe(201);
    const caseId = running.json<{ id: string }>().id;

    // One consent missing: the ordinary two months, and the answer names whose consent is missing.
    const meerssen = await othersThan('gemeente-meerssen');
    const [absent, ...present] = meerssen;
    const partial = await notice('gemeente-meerssen', { unanimousConsents: present.map((partnerId) => ({ partnerId })) });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json<Notice>().endsAt).toBe('2026-08-01T09:00:00.000Z');
    expect(partial.json<Notice>().unanimousConsent).toMatchObject({ immediate: false, missing: [absent] });

    // Every other active member consents: Vaals leaves now.
    const all = await othersThan('gemeente-vaals');
    const res = await notice('gemeente-vaals', { unanimousConsents: all.map((partnerId) => ({ partnerId })) });
    expect(res.statusCode, res.body).toBe(200);
    const given = res.json<Notice>();
    expect(given.endsAt).toBe(JUNE_FIRST.toISOString());
    expect(given.unanimousConsent).toMatchObject({ immediate: true, missing: [] });
    expect(given.unanimousConsent?.consents).toHaveLength(all.length);
    expect(given.source).toContain('seed 000 art. 13.2');
    const row = await s.deps.database.db.selectFrom('membership_decisions').selectAll().where('partner_id', '=', s.partnerId(M, 'gemeente-vaals')).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'immediate_termination', recorded_by: s.userId(ADMIN) });

    s.setNow(new Date(JUNE_FIRST.getTime() + 60_000));
    try {
      const vaals = await s.login('gemeente-vaals@maastricht');
      // It finishes the case it was in, and starts none.
      expect((await s.request('GET', `/api/cases/${caseId}`, vaals)).statusCode).toBe(200);
      const refused = await s.request('POST', '/api/cases', vaals, mdoCase('Ria Wetzels'));
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json<ErrorBody>().error.rule).toBe('P1');
      // Meerssen, with its two months running, still registers.
      expect((await s.request('POST', '/api/cases', await s.login('gemeente-meerssen@maastricht'), mdoCase('Ria Wetzels'))).statusCode).toBe(201);
    } finally {
      s.setNow(JUNE_FIRST);
    }
  });

  it('000-R45 a consent naming no partner of the collaboration is refused, naming the field; a covenant without this exit (Venlo) refuses the consents', async () => {
    s.setNow(JUNE_FIRST);
    const unknown = await notice('gemeente-gulpen-wittem', { unanimousConsents: [{ partnerId: s.partnerId('zorgnetwerk-venlo', 'antares') }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['unanimousConsents.0.partnerId']);
    const venlo = await notice('antares', { unanimousConsents: [{ partnerId: s.partnerId('zorgnetwerk-venlo', 'woonwenz') }] }, 'beheerder@venlo', 'zorgnetwerk-venlo');
    expect(venlo.statusCode).toBe(409);
    expect(venlo.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'immediate_termination_not_in_covenant' });
  });

  it('P1 immediateTerminationWithUnanimousConsent.source: the answer cites the article that allows leaving at once', async () => {
    s.setNow(JUNE_FIRST);
    const all = await othersThan('humanitas');
    await withChangedField(s, M, configField('immediateTerminationWithUnanimousConsent.source'), 'Convenant art. 42: directe opzegging bij unanimiteit', async () => {
      const res = await notice('humanitas', { unanimousConsents: all.map((partnerId) => ({ partnerId })) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<Notice>()).toMatchObject({ unanimousConsent: { immediate: true }, source: 'Convenant art. 42: directe opzegging bij unanimiteit' });
    });
  });
});
