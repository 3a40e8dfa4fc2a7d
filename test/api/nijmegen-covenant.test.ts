/**
 * The Nijmegen Regieteams' own rules (seed 004), over HTTP on the shipped configuration, with a
 * field changed in a copy where a test shows what it does: statistics leave out what
 * non-municipal partners entered; rights requests go to the College, which coordinates them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, withChangedField, withChangedFields } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, register, screenAtTable, step } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

/** A Nijmegen case with one stored contribution by the municipality and one by Talis. */
async function caseWithContributions(): Promise<{ id: string; subjectId: string }> {
  const c = await register(s, 'gemeente-nijmegen@nijmegen', {
    tableId: 'regieteam',
    subjects: [{ name: 'Huishouden Bakker' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['income_debts'],
    registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
  });
  // The stored rows stand for what each partner entered after pickup; only who entered them counts here.
  await s.deps.database.withTransaction(systemContext(), async (trx) => {
    for (const [slug, user] of [['gemeente-nijmegen', 'gemeente-nijmegen@nijmegen'], ['talis', 'talis@nijmegen']] as const) {
      await trx
        .insertInto('contributions')
        .values({
          case_id: c.id,
          collaboration_id: s.collaborationId(NIJMEGEN),
          by_partner_id: s.partnerId(NIJMEGEN, slug),
          author_user_id: s.userId(user),
          given_in: 'rto',
          category: 'housing',
          special: false,
          police: false,
          purposes: JSON.stringify(['rto']),
          basis: JSON.stringify({ kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' }),
          released_for_rto: JSON.stringify('none'),
          excluded: JSON.stringify([]),
          content_enc: Buffer.from('versleuteld'),
          created_at: s.deps.now(),
          updated_at: s.deps.now(),
        })
        .execute();
    }
  });
  return { id: c.id, subjectId: c.subjectIds[0] ?? '' };
}

interface Report {
  provisions: { byPartner: { partnerId: string }[] };
}

describe('Regieteams Nijmegen: statistics (seed 004 Bijlage 2 Toegang)', () => {
  it('004-R11 statisticsExcludeNonMunicipalContributions: the yearly report counts only what municipal partners entered; without the field it counts every partner', async () => {
    const field = configField('statisticsExcludeNonMunicipalContributions');
    await caseWithContributions();
    const statistician = await s.login('statisticus@nijmegen');
    const talis = s.partnerId(NIJMEGEN, 'talis');
    const gemeente = s.partnerId(NIJMEGEN, 'gemeente-nijmegen');

    const shipped = await s.request('GET', '/api/reports/accountability?year=2026', statistician);
    expect(shipped.statusCode, shipped.body).toBe(200);
    const partners = shipped.json<Report>().provisions.byPartner.map((p) => p.partnerId);
    expect(partners).toContain(gemeente);
    expect(partners).not.toContain(talis);

    await withChangedField(s, NIJMEGEN, field, false, async () => {
      const all = await s.request('GET', '/api/reports/accountability?year=2026', statistician);
      expect(all.statusCode, all.body).toBe(200);
      expect(all.json<Report>().provisions.byPartner.map((p) => p.partnerId)).toEqual(expect.arrayContaining([gemeente, talis]));
    });
  });
});

interface RightsView {
  routedTo: string[];
  routing: { to: string[]; forwardTo: string[] };
}

describe('Regieteams Nijmegen: rights requests go to the College (seed 004 Bijlage 2 Verantwoordelijke)', () => {
  const request = async (caseId: string, subjectId: string) => {
    const res = await s.request('POST', '/api/rights-requests', await s.login('privacy@nijmegen'), { kind: 'access', caseId, subjectId, requester: 'Huishouden Bakker, Molenstraat 1' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<RightsView>();
  };

  it('004-R02 rightsRequestsTo: a request is routed to the College as dossier controller, not to every partner with data; routed per partner where the covenant says so', async () => {
    const field = configField('controller.rightsRequestsTo');
    const c = await caseWithContributions();
    const gemeente = s.partnerId(NIJMEGEN, 'gemeente-nijmegen');
    const talis = s.partnerId(NIJMEGEN, 'talis');

    const shipped = await request(c.id, c.subjectId);
    expect(shipped.routedTo).toEqual([gemeente]);

    await withChangedField(s, NIJMEGEN, field, 'each_partner', async () => {
      const each = await request(c.id, c.subjectId);
      expect(each.routedTo).toEqual([gemeente, talis].sort());
    });
  });

  it('004-R02 dossierController: the request goes to whichever partner the covenant names as dossier controller', async () => {
    const c = await caseWithContributions();
    await withChangedField(s, NIJMEGEN, configField('controller.dossierController'), 'talis', async () => {
      expect((await request(c.id, c.subjectId)).routedTo).toEqual([s.partnerId(NIJMEGEN, 'talis')]);
    });
  });

  it('004-R02 jointControllers: under joint control the request goes to each joint controller the arrangement names', async () => {
    const c = await caseWithContributions();
    const gemeente = s.partnerId(NIJMEGEN, 'gemeente-nijmegen');
    const politie = s.partnerId(NIJMEGEN, 'politie-oost-nederland');
    const changes = [
      [configField('controller.model'), 'joint'],
      [configField('controller.dossierController'), null],
      [configField('controller.jointControllers'), ['gemeente-nijmegen', 'politie-oost-nederland']],
    ] as const;
    await withChangedFields(s, NIJMEGEN, changes, async () => {
      expect((await request(c.id, c.subjectId)).routedTo).toEqual([gemeente, politie].sort());
    });
    const other = [[configField('controller.model'), 'joint'], [configField('controller.dossierController'), null], [configField('controller.jointControllers'), ['gemeente-nijmegen', 'talis']]] as const;
    await withChangedFields(s, NIJMEGEN, other, async () => {
      expect((await request(c.id, c.subjectId)).routedTo).toEqual([gemeente, s.partnerId(NIJMEGEN, 'talis')].sort());
    });
  });
});

describe('Regieteams Nijmegen: the household consents to domain-crossing processing (seed 004 Bijlage 3 stap 4)', () => {
  it('004-W17 004-W16 domainCrossingNeedsConsent: only a consent of the household kind lets a partner of another domain contribute; a scope text does not; after revocation further domain-crossing contributions are refused at once', async () => {
    const field = configField('process.domainCrossingNeedsConsent');
    const c = await register(s, 'gemeente-nijmegen@nijmegen', {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Jansen' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    const subjectId = c.subjectIds[0] ?? '';
    const pd = await s.login('procesregisseur@nijmegen');
    const talis = s.partnerId(NIJMEGEN, 'talis');
    expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: talis })).statusCode).toBe(200);
    await s.deps.database.withTransaction(systemContext(), async (trx) => {
      await trx.insertInto('involvement').values({ case_id: c.id, collaboration_id: s.collaborationId(NIJMEGEN), partner_id: talis, user_id: s.userId('talis@nijmegen'), designated_by: s.userId('procesregisseur@nijmegen') }).execute();
    });
    const woon = await s.login('talis@nijmegen');
    const contribution = { content: 'Huurachterstand van drie maanden.', category: 'problematiek', purposes: ['rto'], basis: { kind: 'legitimate_interest', motivation: 'Dreigende huisuitzetting door huurachterstand' } };
    const add = () => s.request('POST', `/api/cases/${c.id}/contributions`, woon, contribution);

    const before = await add();
    expect(before.statusCode).toBe(403);
    expect(errorOf(before.body)).toMatchObject({ rule: 'P6', reason: 'domain_crossing_without_consent' });
    await withChangedField(s, NIJMEGEN, field, false, async () => {
      expect((await add()).statusCode).toBe(201);
    });

    const consent = (body: object) => s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId, partners: [s.partnerId(NIJMEGEN, 'gemeente-nijmegen'), talis], givenAt: s.deps.now().toISOString(), ...body });
    const scopeOnly = await consent({ scope: 'household_domain_crossing' });
    expect(scopeOnly.statusCode, scopeOnly.body).toBe(201);
    expect((await add()).statusCode).toBe(403);

    const household = await consent({ scope: 'Toestemming van het huishouden voor domeinoverstijgende verwerking', kind: 'household_domain_crossing' });
    expect(household.statusCode, household.body).toBe(201);
    expect((await add()).statusCode).toBe(201);
    const listed = (await s.request('GET', `/api/cases/${c.id}/consents`, pd)).json<{ id: string; kind: string }[]>();
    expect(listed.find((k) => k.id === household.json<{ id: string }>().id)?.kind).toBe('household_domain_crossing');

    expect((await s.request('POST', `/api/cases/${c.id}/consents/${household.json<{ id: string }>().id}/revoke`, pd)).statusCode).toBe(200);
    const after = await add();
    expect(after.statusCode).toBe(403);
    expect(errorOf(after.body)).toMatchObject({ rule: 'P6', reason: 'domain_crossing_without_consent' });
  });
});

describe('004-W16 domain-crossing reads stop when the household revokes its consent (seed 004 Bijlage 3 stap 4-6)', () => {
  it('004-W16 from the RTO on the municipality reads the housing corporation\'s contribution only while the household consent is in force; the corporation still reads its own', async () => {
    const field = configField('process.domainCrossingNeedsConsent');
    const c = await register(s, 'gemeente-nijmegen@nijmegen', {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Visser' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    });
    await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
    const subjectId = c.subjectIds[0] ?? '';
    const pd = await s.login('procesregisseur@nijmegen');
    const gemeente = s.partnerId(NIJMEGEN, 'gemeente-nijmegen');
    const talis = s.partnerId(NIJMEGEN, 'talis');
    await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: gemeente })).statusCode).toBe(200);
    const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, {
      scheduledAt: '2026-06-10T14:00:00Z',
      preparation: { goal: 'Opdracht en casusteam', themes: ['wonen'], decisionsToTake: ['wie wordt casemanager'], subjectInvolvement: 'informed_before', careAgreements: 'Gegevens blijven in VIS2.' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    const invited = await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), role: 'intended_executor' });
    expect(invited.statusCode, invited.body).toBe(201);
    const rto = await step(s, pd, c.id, { event: 'schedule_rto' });
    expect(rto.statusCode, rto.body).toBe(200);
    await s.deps.database.withTransaction(systemContext(), async (trx) => {
      await trx.insertInto('involvement').values({ case_id: c.id, collaboration_id: s.collaborationId(NIJMEGEN), partner_id: talis, user_id: s.userId('talis@nijmegen'), designated_by: s.userId('procesregisseur@nijmegen') }).execute();
    });
    const household = await s.request('POST', `/api/cases/${c.id}/consents`, pd, {
      subjectId,
      partners: [gemeente, talis],
      givenAt: s.deps.now().toISOString(),
      scope: 'Toestemming van het huishouden voor domeinoverstijgende verwerking',
      kind: 'household_domain_crossing',
    });
    expect(household.statusCode, household.body).toBe(201);
    const woon = await s.login('talis@nijmegen');
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, woon, {
      content: 'Huurachterstand van vier maanden; ontruiming aangezegd.',
      category: 'problematiek',
      purposes: ['rto'],
      basis: { kind: 'legitimate_interest', motivation: 'Dreigende huisuitzetting; geen lichter middel' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const contributionId = added.json<{ id: string }>().id;
    const read = (user: string) => s.request('GET', `/api/cases/${c.id}/contributions/${contributionId}?purpose=rto`, user);

    const before = await read(pd);
    expect(before.statusCode, before.body).toBe(200);
    s.advance(60_000);
    const revoked = await s.request('POST', `/api/cases/${c.id}/consents/${household.json<{ id: string }>().id}/revoke`, pd);
    expect(revoked.statusCode, revoked.body).toBe(200);
    s.advance(60_000);

    const after = await read(pd);
    expect(after.statusCode).toBe(403);
    expect(errorOf(after.body)).toMatchObject({ rule: 'P6', reason: 'domain_crossing_without_consent' });
    // Its own data is not processed across domains when the corporation reads it.
    expect((await read(woon)).statusCode).toBe(200);
    // The rule is the collaboration's: without it the municipality reads on.
    await withChangedField(s, NIJMEGEN, field, false, async () => {
      expect((await read(pd)).statusCode).toBe(200);
    });
    const denied = await s.deps.database.db.selectFrom('audit_log').select('rule').where('case_id', '=', c.id).where('outcome', '=', 'deny').where('user_id', '=', s.userId('procesregisseur@nijmegen')).execute();
    expect(denied.map((d) => d.rule)).toContain('P6');
  });
});
