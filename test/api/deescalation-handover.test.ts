/**
 * Seed 003 Bijlage 3 fase 4, doel 2: at de-escalation the participants are handed, if that was
 * not done yet, the data they still need, with the consent of the partner that provided it
 * (row 003-109). Walked on Noord-Limburg's SHIPPED configuration over HTTP: after the decision to
 * de-escalate the contributor grants the case director take-along of its item for a plan action
 * (P4: by the contributor alone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, step, toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('handing over at de-escalation (seed 003 fase 4)', () => {
  it('003-109 after the decision to de-escalate the contributor hands the case director its item for a plan action (take-along grant); nobody else can', async () => {
    const { c, pd } = await toMonitoring(s);
    const police = await s.login('politie-limburg@noord-limburg');
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, police, { content: 'Contactpersoon wijkagent voor de nazorg.', category: 'police_justice', purposes: ['monitoring', 'plan_execution'], basis: { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' } });
    expect(added.statusCode, added.body).toBe(201);
    const item = added.json<{ id: string }>().id;
    expect((await step(s, pd, c.id, { event: 'deescalate' })).json().phase).toBe('deescalation1');

    const to = s.userId('vincent-van-gogh@noord-limburg');
    const grant = (cookie: string) => s.request('POST', `/api/cases/${c.id}/contributions/${item}/grants`, cookie, { toUserId: to, planAction: 'Nazorg na afschaling' });
    const byOther = await grant(await s.login('reclassering-nederland@noord-limburg'));
    expect(byOther.statusCode, byOther.body).toBe(403);
    expect(errorOf(byOther.body)).toMatchObject({ rule: 'P4', reason: 'not_contributor' });
    const handed = await grant(police);
    expect(handed.statusCode, handed.body).toBe(201);
    const rows = await s.deps.database.db.selectFrom('take_along_grants').select(['to_user_id', 'granted_by']).where('contribution_id', '=', item).execute();
    expect(rows).toEqual([{ to_user_id: to, granted_by: s.userId('politie-limburg@noord-limburg') }]);

  });
});
