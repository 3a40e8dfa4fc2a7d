/**
 * Governance fields of the configuration (issue 11 item 5), each changed in a copy of a shipped
 * configuration and its effect shown over HTTP: the answer term of rights requests, when a notice
 * takes effect, how and to whom a request to join goes, where a complaint without a case goes, and
 * the covenant text each of those answers cites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, register } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const JUNE_FIRST = new Date('2026-06-01T09:00:00Z');
const VENLO_CASE = {
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: 'Piet Tegelen', birthDate: '1975-03-03' }],
  complexCriteria: ['multi_problem', 'multiple_chains'],
  lifeDomains: ['housing'],
  registration: { content: 'Overlast in de wijk.', police: true, basis: { kind: 'wpg20', decision: 'Art. 20-beslissing Zorgnetwerk Venlo' } },
};

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

interface Requested {
  partnerId: string;
  requestTo: { partnerId: string; name: string } | null;
  source: string;
}

describe('governance fields of the configuration', () => {
  it('P15 rightsRequestDeadline.amount, rightsRequestDeadline.unit: a rights request gets the answer term the covenant sets, never longer than the AVG month', async () => {
    const deadline = async (officer: string, c: { id: string; subjectIds: readonly string[] }) => {
      s.setNow(JUNE_FIRST);
      const res = await s.request('POST', '/api/rights-requests', await s.login(officer), { kind: 'access', caseId: c.id, subjectId: c.subjectIds[0], requester: 'J. de Vries' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ deadlineAt: string }>().deadlineAt;
    };
    s.setNow(JUNE_FIRST);
    const nl = await register(s);
    const venlo = await register(s, 'politie-limburg@venlo', VENLO_CASE);
    // Shipped: Noord-Limburg one month (AVG art. 12(3)), Venlo four weeks (seed 002 art. 11.3).
    expect(await deadline('privacy@noord-limburg', nl)).toBe('2026-07-01T09:00:00.000Z');
    expect(await deadline('privacy@venlo', venlo)).toBe('2026-06-29T09:00:00.000Z');
    await withChangedField(s, VENLO, configField('rightsRequestDeadline.amount'), 2, async () => {
      expect(await deadline('privacy@venlo', venlo)).toBe('2026-06-15T09:00:00.000Z');
    });
    await withChangedField(s, NL, configField('rightsRequestDeadline.unit'), 'weeks', async () => {
      // One week instead of one month.
      expect(await deadline('privacy@noord-limburg', nl)).toBe('2026-06-08T09:00:00.000Z');
    });
  });

  it('P1 noticePeriodMonths, noticeEffect, noticeSource: when leaving takes effect follows the covenant, and the answer cites it', async () => {
    s.setNow(JUNE_FIRST);
    const admin = await s.login('beheerder@noord-limburg');
    const notice = async (slug: string) => {
      const res = await s.request('POST', `/api/partners/${s.partnerId(NL, slug)}/notice`, admin, { givenAt: '2026-06-01T09:00:00Z' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ endsAt: string; source: string }>();
    };
    // Shipped (seed 003 art. 21.4): two years, and not before 1 January of a year.
    const shipped = await notice('gemeente-gennep');
    expect(shipped.endsAt.slice(0, 10)).toBe('2029-01-01');
    expect(shipped.source).toMatch(/^seed 003 art. 21.4/);
    await withChangedField(s, NL, configField('noticePeriodMonths'), 3, async () => {
      // Three months end on 1 September 2026; the first 1 January after that is in 2027.
      expect((await notice('gemeente-bergen')).endsAt.slice(0, 10)).toBe('2027-01-01');
    });
    await withChangedField(s, NL, configField('noticeEffect'), 'after_period', async () => {
      expect((await notice('gemeente-beesel')).endsAt).toBe('2028-06-01T09:00:00.000Z');
    });
    await withChangedField(s, NL, configField('noticeSource'), 'Convenant 2027 art. 21: opzegging met een termijn van twee jaar', async () => {
      expect((await notice('gemeente-venray')).source).toBe('Convenant 2027 art. 21: opzegging met een termijn van twee jaar');
    });
  });

  it('P1 joinApproval.rule: who must approve a join follows the covenant', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const approved = async (slug: string) => {
      s.advance(1000);
      const { partnerId } = (await s.request('POST', '/api/partners', admin, candidate(slug))).json<Requested>();
      expect((await s.request('POST', `/api/partners/${partnerId}/accession/decisions`, admin, { by: { kind: 'steering_group' }, approved: true })).statusCode).toBe(200);
      const signed = await s.request('POST', `/api/partners/${partnerId}/accession/declaration`, admin, {});
      expect(signed.statusCode, signed.body).toBe(200);
      return signed.json<{ member: boolean; pending: string | null }>();
    };
    // Shipped (seed 003 art. 18): the steering group decides after an objection period.
    expect(await approved('buurtwerk-gennep')).toMatchObject({ member: true, pending: null });
    await withChangedField(s, NL, configField('joinApproval.rule'), 'steering_group_after_all_partners', async () => {
      expect(await approved('buurtwerk-bergen')).toMatchObject({ member: false, pending: 'partner_approval_missing' });
    });
  });

  it('P1 joinApproval.requestTo, joinApproval.source: a request to join is addressed to the partner the covenant names, citing the rule', async () => {
    const admin = await s.login('beheerder@venlo');
    const request = async (slug: string) => {
      s.advance(1000);
      const res = await s.request('POST', '/api/partners', admin, candidate(slug));
      expect(res.statusCode, res.body).toBe(201);
      return res.json<Requested>();
    };
    const shipped = await request('buurtwerk-blerick');
    expect(shipped.requestTo?.partnerId).toBe(s.partnerId(VENLO, 'gemeente-venlo'));
    expect(shipped.source).toMatch(/^seed 002 art. 16.3/);
    await withChangedField(s, VENLO, configField('joinApproval.requestTo'), 'includio', async () => {
      expect((await request('buurtwerk-tegelen')).requestTo).toEqual({ partnerId: s.partnerId(VENLO, 'includio'), name: 'Includio (maatschappelijk werk)' });
    });
    await withChangedField(s, VENLO, configField('joinApproval.requestTo'), null, async () => {
      expect((await request('buurtwerk-belfeld')).requestTo).toBeNull();
    });
    await withChangedField(s, VENLO, configField('joinApproval.source'), 'Convenant 2027 art. 16: toetreding met instemming van allen', async () => {
      expect((await request('buurtwerk-steyl')).source).toBe('Convenant 2027 art. 16: toetreding met instemming van allen');
    });
  });

  it('P18 controller.operator: without a dossier controller, a complaint about no case goes to the operating partner', async () => {
    const pd = await s.login('procesregisseur@venlo');
    const complain = async () => {
      const res = await s.request('POST', '/api/complaints', pd, { topic: 'processing', summary: 'Algemene vraag over de verwerking.' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ routedToPartnerId: string }>().routedToPartnerId;
    };
    expect(await complain()).toBe(s.partnerId(VENLO, 'gemeente-venlo'));
    await withChangedField(s, VENLO, configField('controller.operator'), 'includio', async () => {
      expect(await complain()).toBe(s.partnerId(VENLO, 'includio'));
    });
  });

  it('P1 partners[].note: the partner list gives the note the covenant records about a partner', async () => {
    const admin = await s.login('beheerder@venlo');
    const noteOf = async (slug: string) => (await s.request('GET', '/api/partners', admin)).json<{ slug: string; note: string | null }[]>().find((p) => p.slug === slug)?.note;
    expect(await noteOf('includio')).toBe('In de ondertekening ook "Inluzio" genoemd.');
    expect(await noteOf('woonwenz')).toBeNull();
    await withChangedField(s, VENLO, configField('partners[woonwenz].note'), 'Tekent ook namens Wonen Limburg.', async () => {
      expect(await noteOf('woonwenz')).toBe('Tekent ook namens Wonen Limburg.');
    });
  });
});
