/**
 * The history of membership decisions (P1; ADR 0200, 0201, seed 000 art. 13.2): what the
 * administrator recorded (an exclusion with its votes and notice of default, a withdrawal on an
 * amendment, an immediate termination with every partner's consent) is read back by the
 * administrator and the manager of the collaboration, and by no other role. Over HTTP on the
 * shipped configurations as their demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  s.setNow(new Date('2026-06-01T09:00:00Z'));
});
afterAll(async () => {
  await s.close();
});

const M = 'veiligheidshuis-maastricht-heuvelland';

interface Decision {
  partnerId: string;
  partnerName: string;
  kind: string;
  decidedAt: string;
  effectiveAt: string;
  reason: string;
  votes: { for: number; against: number } | null;
  noticeOfDefault: { givenAt: string; reference: string | null } | null;
  amendment: { title: string; takesEffectAt: string } | null;
  consents: string[];
  recordedByName: string;
}

async function history(user: string) {
  return s.request('GET', '/api/membership-decisions', await s.login(user));
}

describe('P1 the history of membership decisions', () => {
  it('003-36 an exclusion and a withdrawal on an amendment are read back by the admin and the manager, with the votes, the notice of default and the amendment', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const excluded = await s.request('POST', `/api/partners/${s.partnerId(NL, 'destion')}/exclusion`, admin, {
      reason: 'Houdt zich niet aan de geheimhoudingsafspraken.',
      noticeOfDefault: { givenAt: '2026-05-01', reference: 'Brief Stuurgroep 2026-20' },
      votes: { for: 8, against: 1 },
    });
    expect(excluded.statusCode, excluded.body).toBe(201);
    const withdrawn = await s.request('POST', `/api/partners/${s.partnerId(NL, 'nester')}/notice`, admin, { onAmendment: { title: 'Toetreding Stichting X', takesEffectAt: '2026-09-01', reason: 'Onaanvaardbaar voor onze huurders.' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);

    for (const reader of ['beheerder@noord-limburg', 'manager@noord-limburg']) {
      const res = await history(reader);
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json<Decision[]>();
      expect(list.map((d) => d.kind).sort()).toEqual(['exclusion', 'withdrawal_on_amendment']);
      const exclusion = list.find((d) => d.kind === 'exclusion');
      const withdrawal = list.find((d) => d.kind === 'withdrawal_on_amendment');
      expect(exclusion).toMatchObject({
        partnerId: s.partnerId(NL, 'destion'),
        partnerName: 'Destion',
        reason: 'Houdt zich niet aan de geheimhoudingsafspraken.',
        votes: { for: 8, against: 1 },
        noticeOfDefault: { reference: 'Brief Stuurgroep 2026-20' },
        amendment: null,
      });
      expect(exclusion?.recordedByName).not.toBe('');
      expect(withdrawal).toMatchObject({ partnerName: 'Nester', amendment: { title: 'Toetreding Stichting X' }, votes: null, effectiveAt: '2026-09-01T00:00:00.000Z' });
    }
    // Another collaboration's manager sees none of it.
    expect((await history('manager@midden-limburg')).json<Decision[]>()).toEqual([]);
  });

  it('000-R45 an immediate termination lists the partners that consented', async () => {
    const admin = await s.login('beheerder@maastricht');
    const partners = (await s.request('GET', '/api/partners', admin)).json<{ id: string; slug: string; active: boolean }[]>();
    const others = partners.filter((p) => p.active && p.slug !== 'gemeente-vaals').map((p) => ({ partnerId: p.id }));
    const res = await s.request('POST', `/api/partners/${s.partnerId(M, 'gemeente-vaals')}/notice`, admin, { unanimousConsents: others });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await history('manager@maastricht')).json<Decision[]>();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'immediate_termination', partnerId: s.partnerId(M, 'gemeente-vaals') });
    expect([...(list[0]?.consents ?? [])].sort()).toEqual(others.map((o) => o.partnerId).sort());
  });

  it('P1 no other role reads the history: the professional, the process director and the privacy officer are refused', async () => {
    for (const user of ['politie-limburg@noord-limburg', 'procesregisseur@noord-limburg', 'privacy@midden-limburg']) {
      const res = await history(user);
      expect(res.statusCode, user).toBe(403);
      expect(res.json<{ error: { rule: string } }>().error.rule).toBe('P1');
    }
  });
});
