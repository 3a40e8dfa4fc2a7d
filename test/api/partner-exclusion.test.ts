/**
 * The steering group excludes a partner that does not keep the covenant (P1; seed 003 art. 21.2,
 * seed 001 art. 20.2): by majority, after a notice of default, with immediate effect. Walked over
 * HTTP on the shipped configurations as their demo users; the `exclusion` fields are each changed
 * in a copy of a shipped configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register, registration } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const ML = 'zvh-midden-limburg';
const DAY = 86_400_000;

interface ErrorBody {
  readonly error: { readonly code: string; readonly rule?: string; readonly reason?: string; readonly message?: string; readonly fields?: readonly { readonly field: string }[] };
}
interface Exclusion {
  decidedAt: string;
  effectiveAt: string;
  immediate: boolean;
  reason: string;
  noticeOfDefault: { givenAt: string; reference: string | null } | null;
  votes: { for: number; against: number };
  recordedBy: string;
  source: string;
}
interface PartnerView {
  slug: string;
  active: boolean;
  endsAt: string | null;
  inactiveReason: string | null;
}

const daysAgo = (n: number): string => new Date(s.deps.now().getTime() - n * DAY).toISOString();

async function exclude(admin: string, collaboration: string, slug: string, body: object) {
  return s.request('POST', `/api/partners/${s.partnerId(collaboration, slug)}/exclusion`, await s.login(admin), body);
}

async function partner(admin: string, slug: string): Promise<PartnerView | undefined> {
  return (await s.request('GET', '/api/partners', await s.login(admin))).json<PartnerView[]>().find((p) => p.slug === slug);
}

const mlRegistration = { ...registration, tableId: 'rto-complexe-multiproblematiek', registration: { ...registration.registration, basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } } };

describe('the steering group excludes a partner (P1)', () => {
  it('003-36 Noord-Limburg: after a notice of default and by majority the partner is excluded at once; its professional is cut off in the session it had, registers nothing, and the others work on', async () => {
    const c = await register(s);
    const probation = await s.login('reclassering-nederland@noord-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}`, probation)).statusCode).toBe(200);
    const admin = 'beheerder@noord-limburg';
    const body = { reason: 'Houdt zich niet aan de geheimhoudingsafspraken (art. 11).', noticeOfDefault: { givenAt: daysAgo(14), reference: 'Brief Stuurgroep 2026-17' }, votes: { for: 9, against: 2 } };

    // Only the one who manages the partners records it.
    const byProfessional = await s.request('POST', `/api/partners/${s.partnerId(NL, 'reclassering-nederland')}/exclusion`, await s.login('politie-limburg@noord-limburg'), body);
    expect(byProfessional.statusCode).toBe(403);
    expect(byProfessional.json<ErrorBody>().error.rule).toBe('P1');
    // Seed 003 art. 21.2: not without a notice of default, not without a majority.
    const withoutNotice = await exclude(admin, NL, 'reclassering-nederland', { reason: body.reason, votes: body.votes });
    expect(withoutNotice.statusCode).toBe(403);
    expect(withoutNotice.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'notice_of_default_missing' });
    expect(withoutNotice.body).toContain('ingebrekestelling');
    const tie = await exclude(admin, NL, 'reclassering-nederland', { ...body, votes: { for: 5, against: 5 } });
    expect(tie.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'no_majority' });
    expect((await s.request('GET', `/api/cases/${c.id}`, probation)).statusCode).toBe(200);

    const res = await exclude(admin, NL, 'reclassering-nederland', body);
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json<Exclusion>();
    expect(recorded).toMatchObject({ immediate: true, reason: body.reason, votes: body.votes, recordedBy: s.userId(admin), noticeOfDefault: { reference: 'Brief Stuurgroep 2026-17' } });
    expect(recorded.effectiveAt).toBe(recorded.decidedAt);
    expect(recorded.source).toContain('seed 003 art. 21.2');
    expect(await partner(admin, 'reclassering-nederland')).toMatchObject({ active: false, endsAt: recorded.effectiveAt, inactiveReason: 'membership_ended' });

    // Its professional, in the session it already had, reaches no case (not even to finish it) and registers none.
    const read = await s.request('GET', `/api/cases/${c.id}`, probation);
    expect(read.statusCode).toBe(403);
    expect(read.json<ErrorBody>().error.rule).toBe('P1');
    const registered = await s.request('POST', '/api/cases', await s.login('reclassering-nederland@noord-limburg'), { ...registration, processDirectorId: s.userId('procesregisseur@noord-limburg') });
    expect(registered.statusCode).toBe(403);
    expect(registered.json<ErrorBody>().error.rule).toBe('P1');
    // What it contributed stays with the case for the others; the other partners work on.
    const pdView = await s.request('GET', `/api/cases/${c.id}`, await s.login('procesregisseur@noord-limburg'));
    expect(pdView.statusCode, pdView.body).toBe(200);
    expect(pdView.json<{ contributions: unknown[] }>().contributions.length).toBeGreaterThan(0);
    expect((await s.request('GET', '/api/cases', await s.login('politie-limburg@noord-limburg'))).statusCode).toBe(200);
    // Once is enough.
    const again = await exclude(admin, NL, 'reclassering-nederland', body);
    expect(again.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'already_excluded' });
  });

  it('001-56 Midden-Limburg: the exclusion records the notice of default that preceded it, the majority, the reason and who recorded it; a notice of default after the decision is refused', async () => {
    const c = await register(s, '3ro@midden-limburg', mlRegistration);
    const probation = await s.login('3ro@midden-limburg');
    expect((await s.request('GET', `/api/cases/${c.id}`, probation)).statusCode).toBe(200);
    const admin = 'beheerder@midden-limburg';
    const decidedAt = daysAgo(1);
    const late = await exclude(admin, ML, '3ro', { decidedAt, reason: 'Afspraken art. 9 niet nagekomen.', noticeOfDefault: { givenAt: s.deps.now().toISOString() }, votes: { for: 10, against: 3 } });
    expect(late.statusCode).toBe(403);
    expect(late.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'notice_of_default_after_decision' });
    const res = await exclude(admin, ML, '3ro', { decidedAt, reason: 'Afspraken art. 9 niet nagekomen.', noticeOfDefault: { givenAt: daysAgo(30), reference: 'Ingebrekestelling 12-2026' }, votes: { for: 10, against: 3 } });
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json<Exclusion>();
    expect(recorded).toMatchObject({ immediate: true, decidedAt, effectiveAt: decidedAt, votes: { for: 10, against: 3 }, recordedBy: s.userId(admin), noticeOfDefault: { givenAt: daysAgo(30), reference: 'Ingebrekestelling 12-2026' } });
    expect(recorded.source).toContain('seed 001 art. 20.2');
    const row = await s.deps.database.db.selectFrom('membership_decisions').selectAll().where('partner_id', '=', s.partnerId(ML, '3ro')).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'exclusion', reason: 'Afspraken art. 9 niet nagekomen.', recorded_by: s.userId(admin) });
    expect((await s.request('GET', `/api/cases/${c.id}`, probation)).statusCode).toBe(403);
    expect((await s.request('POST', '/api/cases', await s.login('3ro@midden-limburg'), { ...mlRegistration, processDirectorId: s.userId('procesregisseur@midden-limburg') })).statusCode).toBe(403);
  });

  it('P1 a covenant without an exclusion article (Venlo) knows no exclusion; a decision still to be taken is not recorded', async () => {
    const refused = await exclude('beheerder@venlo', 'zorgnetwerk-venlo', 'woonwenz', { reason: 'Niet nagekomen.', noticeOfDefault: { givenAt: daysAgo(10) }, votes: { for: 4, against: 1 } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'exclusion_not_in_covenant' });
    const future = await exclude('beheerder@noord-limburg', NL, 'antares', { decidedAt: new Date(s.deps.now().getTime() + DAY).toISOString(), reason: 'Niet nagekomen.', noticeOfDefault: { givenAt: daysAgo(10) }, votes: { for: 4, against: 1 } });
    expect(future.statusCode).toBe(400);
    expect(future.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['decidedAt']);
  });

  it('P1 exclusion.noticeOfDefaultRequired: with the field off, the steering group excludes without a notice of default', async () => {
    const body = { reason: 'Niet nagekomen.', votes: { for: 7, against: 1 } };
    const shipped = await exclude('beheerder@noord-limburg', NL, 'antares', body);
    expect(shipped.json<ErrorBody>().error.reason).toBe('notice_of_default_missing');
    await withChangedField(s, NL, configField('exclusion.noticeOfDefaultRequired'), false, async () => {
      const res = await exclude('beheerder@noord-limburg', NL, 'antares', body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Exclusion>().noticeOfDefault).toBeNull();
    });
  });

  it('P1 exclusion.effect: with effect after the notice period, the partner stays a member until its membership ends as after a notice, and works on until then', async () => {
    const body = { reason: 'Niet nagekomen.', noticeOfDefault: { givenAt: daysAgo(20) }, votes: { for: 7, against: 1 } };
    await withChangedField(s, ML, configField('exclusion.effect'), 'after_notice_period', async () => {
      const res = await exclude('beheerder@midden-limburg', ML, 'amw-midden-limburg', body);
      expect(res.statusCode, res.body).toBe(201);
      const recorded = res.json<Exclusion>();
      expect(recorded.immediate).toBe(false);
      // Seed 001 art. 20.1: at the end of the running yearly term, the next 1 January.
      expect(recorded.effectiveAt.slice(0, 10)).toBe(`${s.deps.now().getUTCFullYear() + 1}-01-01`);
      expect(Date.parse(recorded.effectiveAt)).toBeGreaterThan(s.deps.now().getTime());
      expect(await partner('beheerder@midden-limburg', 'amw-midden-limburg')).toMatchObject({ active: true, endsAt: recorded.effectiveAt });
      expect((await s.request('GET', '/api/cases', await s.login('amw-midden-limburg@midden-limburg'))).statusCode).toBe(200);
    });
  });

  it('P1 exclusion.source: the answer cites where the covenant lays the exclusion down', async () => {
    const body = { reason: 'Niet nagekomen.', noticeOfDefault: { givenAt: daysAgo(20) }, votes: { for: 7, against: 1 } };
    await withChangedField(s, ML, configField('exclusion.source'), 'Convenant art. 99: uitsluiting door de Stuurgroep', async () => {
      const res = await exclude('beheerder@midden-limburg', ML, 'veilig-thuis', body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Exclusion>().source).toBe('Convenant art. 99: uitsluiting door de Stuurgroep');
    });
  });
});
