/**
 * Seed 003 Bijlage 3 fase 2, "Casus gaat door naar het RTO": the subject is told the outcome of
 * the triage, the goal, themes and participants of the RTO, and its rights, by the registrant or
 * by the process director on its behalf. Walked on Noord-Limburg's SHIPPED configuration; one
 * installed copy turns `informSubject.processDirectorMayInformOnBehalf` off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, NL, prepareRto, preparation, step, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Told {
  topic: string;
  onBehalfOf: string | null;
  informedBy: string | null;
  told: { meetingId: string; goal: string; themes: string[]; participants: { partnerId: string; role: string }[]; rightsExplained: boolean } | null;
}

describe('informing the subject of the triage outcome and of the RTO (seed 003 fase 2)', () => {
  it('003-84 the registrant records that the subject was told the triage outcome, the RTO goal, themes and participants and its rights; it shows in the case and is audited; not before an RTO is prepared, not by a party the covenant does not make responsible', async () => {
    const { c, pd } = await toTriage(s);
    const subjectId = c.subjectIds[0] ?? '';
    const registrant = await s.login('reclassering-nederland@noord-limburg');
    const body = { subjectId, topic: 'triage_outcome', informedAt: s.deps.now().toISOString(), method: 'in_person', rightsExplained: true };

    // Nothing to tell about yet: no RTO prepared.
    const early = await s.request('POST', `/api/cases/${c.id}/informing`, registrant, body);
    expect(early.statusCode, early.body).toBe(403);
    expect(errorOf(early.body)).toMatchObject({ rule: 'P10', reason: 'informing_rto_not_prepared' });

    const meetingId = await prepareRto(s, c.id, pd);

    // The rights are part of what is told.
    const noRights = await s.request('POST', `/api/cases/${c.id}/informing`, registrant, { ...body, rightsExplained: undefined });
    expect(noRights.statusCode).toBe(400);
    expect(errorOf(noRights.body).fields?.map((f) => f.field)).toEqual(['rightsExplained']);

    // The police, invited but not responsible for informing in Noord-Limburg, may not record it.
    const police = await s.login('politie-limburg@noord-limburg');
    const byPolice = await s.request('POST', `/api/cases/${c.id}/informing`, police, body);
    expect(byPolice.statusCode).toBe(403);
    expect(errorOf(byPolice.body)).toMatchObject({ rule: 'P10', reason: 'informing_partner_not_responsible' });

    const ok = await s.request('POST', `/api/cases/${c.id}/informing`, registrant, body);
    expect(ok.statusCode, ok.body).toBe(201);

    // Visible in the case, with what was told, also after the case moved on to the RTO.
    expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
    const list = await s.request('GET', `/api/cases/${c.id}/informing`, pd);
    expect(list.statusCode, list.body).toBe(200);
    const told = list.json<Told[]>().find((r) => r.topic === 'triage_outcome');
    expect(told).toMatchObject({
      onBehalfOf: s.partnerId(NL, 'reclassering-nederland'),
      informedBy: s.userId('reclassering-nederland@noord-limburg'),
      told: {
        meetingId,
        goal: preparation.preparation.goal,
        themes: preparation.preparation.themes,
        participants: expect.arrayContaining([
          { partnerId: s.partnerId(NL, 'politie-limburg'), role: 'informant' },
          { partnerId: s.partnerId(NL, 'vincent-van-gogh'), role: 'intended_executor' },
        ]) as unknown,
        rightsExplained: true,
      },
    });

    expect(told?.told?.participants).toHaveLength(2);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome', 'user_id']).where('case_id', '=', c.id).where('action', 'in', ['informing.record', 'informing.list']).orderBy('id').execute();
    expect(audit.filter((a) => a.action === 'informing.record').map((a) => a.outcome)).toEqual(['deny', 'deny', 'allow']);
    expect(audit.some((a) => a.action === 'informing.list' && a.user_id === s.userId('procesregisseur@noord-limburg'))).toBe(true);
  });

  it('003-84 processDirectorMayInformOnBehalf: the process director records it on the registrant\'s behalf in Noord-Limburg; in a copy where it may not, it is refused and nothing is stored', async () => {
    const field = configField('informSubject.processDirectorMayInformOnBehalf');
    const { c, pd } = await toTriage(s);
    const created = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
    expect(created.statusCode, created.body).toBe(201);
    const body = { subjectId: c.subjectIds[0], topic: 'triage_outcome', informedAt: s.deps.now().toISOString(), method: 'letter', rightsExplained: true, onBehalfOf: s.partnerId(NL, 'reclassering-nederland') };
    const stored = () => s.deps.database.db.selectFrom('informing_records').select('id').where('case_id', '=', c.id).where('topic', '=', 'triage_outcome').execute();

    await withChangedField(s, NL, field, false, async () => {
      const refused = await s.request('POST', `/api/cases/${c.id}/informing`, pd, body);
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P10', reason: 'informing_by_director_not_allowed' });
      expect(await stored()).toEqual([]);
    });

    const allowed = await s.request('POST', `/api/cases/${c.id}/informing`, pd, body);
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(await stored()).toHaveLength(1);
  });
});
