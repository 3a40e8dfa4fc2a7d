/**
 * A partner that finds an amendment of the covenant unacceptable withdraws from the day it takes
 * effect, instead of after the ordinary notice period (P1; seed 003 art. 19.3, seed 001 art. 18.3;
 * ADR 0200). Over HTTP on the shipped configurations as their demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, registration } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const ML = 'zvh-midden-limburg';
const JUNE_FIRST = new Date('2026-06-01T09:00:00Z');

interface ErrorBody {
  readonly error: { readonly code: string; readonly rule?: string; readonly reason?: string; readonly message?: string };
}
interface Notice {
  noticeGivenAt: string;
  endsAt: string;
  onAmendment: { title: string; takesEffectAt: string; reason: string } | null;
  source: string;
}

async function notice(admin: string, collaboration: string, slug: string, body: object) {
  return s.request('POST', `/api/partners/${s.partnerId(collaboration, slug)}/notice`, await s.login(admin), body);
}

const amendment = (takesEffectAt: string) => ({ title: 'Toetreding Stichting Buurtwerk tot het Convenant', takesEffectAt, reason: 'Wij vinden de toetreding onaanvaardbaar: de stichting valt buiten de doelgroep van art. 2.' });

describe('withdrawal over an unacceptable amendment (P1)', () => {
  it('003-35 Noord-Limburg: the partner withdraws from the day the amendment takes effect instead of after two years; from then on its professional registers nothing', async () => {
    s.setNow(JUNE_FIRST);
    const admin = 'beheerder@noord-limburg';
    const listed = (await s.request('GET', '/api/partners', await s.login(admin))).json<{ slug: string; noticeWouldEndAt: string | null; endsAt: string | null }[]>();
    // The ordinary notice would end on 1 January 2029 (art. 21.4).
    expect(listed.find((p) => p.slug === 'woonwenz')?.noticeWouldEndAt?.slice(0, 10)).toBe('2029-01-01');

    // An amendment already in force is no ground for it.
    const late = await notice(admin, NL, 'woonwenz', { onAmendment: amendment('2026-05-01') });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'amendment_already_in_force' });

    const res = await notice(admin, NL, 'woonwenz', { onAmendment: amendment('2026-07-15') });
    expect(res.statusCode, res.body).toBe(200);
    const given = res.json<Notice>();
    expect(given.endsAt).toBe('2026-07-15T00:00:00.000Z');
    expect(given.onAmendment).toEqual({ ...amendment('2026-07-15'), takesEffectAt: '2026-07-15T00:00:00.000Z' });
    expect(given.source).toContain('seed 003 art. 19.3');
    const row = await s.deps.database.db.selectFrom('membership_decisions').selectAll().where('partner_id', '=', s.partnerId(NL, 'woonwenz')).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'withdrawal_on_amendment', reason: amendment('').reason, recorded_by: s.userId(admin) });
    expect((await s.request('GET', '/api/partners', await s.login(admin))).json<{ slug: string; endsAt: string | null; active: boolean }[]>().find((p) => p.slug === 'woonwenz')).toMatchObject({ endsAt: given.endsAt, active: true });

    s.setNow(new Date('2026-07-15T00:00:01Z'));
    try {
      const pro = await s.login('woonwenz@noord-limburg');
      const refused = await s.request('POST', '/api/cases', pro, {
        ...registration,
        registration: { content: 'Overlast.', basis: { kind: 'legitimate_interest', motivation: 'Belangenafweging vastgelegd.' } },
        processDirectorId: s.userId('procesregisseur@noord-limburg'),
      });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json<ErrorBody>().error.rule).toBe('P1');
    } finally {
      s.setNow(JUNE_FIRST);
    }
  });

  it('001-54 Midden-Limburg: a partner that gave the ordinary notice (to the end of the yearly term) leaves sooner when an amendment it finds unacceptable takes effect sooner; not later', async () => {
    s.setNow(JUNE_FIRST);
    const admin = 'beheerder@midden-limburg';
    const ordinary = await notice(admin, ML, 'veilig-thuis', {});
    expect(ordinary.statusCode, ordinary.body).toBe(200);
    expect(ordinary.json<Notice>().endsAt.slice(0, 10)).toBe('2027-01-01');
    const afterTerm = await notice(admin, ML, 'veilig-thuis', { onAmendment: amendment('2027-03-01') });
    expect(afterTerm.statusCode).toBe(409);
    expect(afterTerm.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'notice_already_given' });
    const sooner = await notice(admin, ML, 'veilig-thuis', { givenAt: '2026-06-01T09:00:00Z', onAmendment: amendment('2026-09-01') });
    expect(sooner.statusCode, sooner.body).toBe(200);
    expect(sooner.json<Notice>()).toMatchObject({ endsAt: '2026-09-01T00:00:00.000Z', noticeGivenAt: '2026-06-01T09:00:00.000Z' });
    expect(sooner.json<Notice>().source).toContain('seed 001 art. 18.3');
  });

  it('P1 a covenant whose amendments need every partner’s consent (Venlo) has no withdrawal on an amendment; the ordinary notice applies', async () => {
    s.setNow(JUNE_FIRST);
    const res = await notice('beheerder@venlo', 'zorgnetwerk-venlo', 'antares', { onAmendment: amendment('2026-07-01') });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error).toMatchObject({ rule: 'P1', reason: 'withdrawal_on_amendment_not_in_covenant' });
    expect(res.body).toContain('gewone opzegtermijn');
  });

  it('P1 withdrawalOnAmendment.source: the answer cites where the covenant allows the withdrawal', async () => {
    s.setNow(JUNE_FIRST);
    await withChangedField(s, NL, configField('withdrawalOnAmendment.source'), 'Convenant art. 77: opzeggen per de wijziging', async () => {
      const res = await notice('beheerder@noord-limburg', NL, 'antares', { onAmendment: amendment('2026-08-01') });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<Notice>().source).toBe('Convenant art. 77: opzeggen per de wijziging');
    });
  });
});
