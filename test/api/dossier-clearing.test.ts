/**
 * Seed 003 Bijlage 3 fase 4: "In deze fase schoont de procesregisseur het dossier ... van alle niet
 * langer noodzakelijke informatie" (row 003-107, ADR 0107). Walked on Noord-Limburg's SHIPPED
 * configuration over HTTP: the police contribute in monitoring, the case is de-escalated, and the
 * process director removes the police contribution from the dossier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { errorOf, NL, step, toMonitoring } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const policeBasis = { kind: 'wpg20', decision: 'Art. 20 Wpg-besluit ZVH Noord-Limburg' };

describe('clearing the dossier at de-escalation (seed 003 fase 4)', () => {
  it('003-107 the process director removes contributions of other partners no longer needed after the decision to de-escalate; audited on behalf of the contributor, who is told; refused before de-escalation and for anyone but the process director; all or nothing', async () => {
    const { c, pd } = await toMonitoring(s);
    const police = await s.login('politie-limburg@noord-limburg');
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, police, { content: 'Twee meldingen van overlast in mei.', category: 'police_justice', purposes: ['monitoring'], basis: policeBasis });
    expect(added.statusCode, added.body).toBe(201);
    const policeItem = added.json<{ id: string }>().id;
    const clear = (cookie: string, ids: string[]) => s.request('POST', `/api/cases/${c.id}/deescalation/clearing`, cookie, { contributionIds: ids, reason: 'Niet langer nodig voor de procesregie.' });
    const stillThere = async () => (await s.deps.database.db.selectFrom('contributions').select('id').where('case_id', '=', c.id).execute()).map((r) => r.id).sort();

    // Not before the decision to de-escalate.
    const early = await clear(pd, [policeItem]);
    expect(early.statusCode).toBe(403);
    expect(errorOf(early.body)).toMatchObject({ rule: 'P13', reason: 'clearing_only_at_deescalation' });

    expect((await step(s, pd, c.id, { event: 'deescalate' })).json().phase).toBe('deescalation1');
    const before = await stillThere();
    expect(before).toEqual([c.registrationId, policeItem].sort());

    // Not by a partner, not even by the contributor or the registrant: the process director cleans up.
    for (const who of ['politie-limburg@noord-limburg', 'reclassering-nederland@noord-limburg', 'vincent-van-gogh@noord-limburg']) {
      const refused = await clear(await s.login(who), [policeItem]);
      expect(refused.statusCode, who).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P13', reason: 'clearing_only_by_process_director' });
    }
    // One id that is not in this dossier: nothing is removed.
    const unknown = await clear(pd, [policeItem, '00000000-0000-4000-8000-000000000000']);
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).fields?.map((f) => f.field)).toEqual(['contributionIds']);
    expect(await stillThere()).toEqual(before);

    const done = await clear(pd, [policeItem]);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<{ cleared: number }>().cleared).toBe(1);
    expect(await stillThere()).toEqual([c.registrationId]);
    const read = await s.request('GET', `/api/cases/${c.id}/contributions/${policeItem}?purpose=monitoring`, pd);
    expect(read.statusCode, read.body).toBe(403);
    expect(errorOf(read.body).reason).toBe('not_in_case');

    // What remains: who contributed what kind, when it was removed and by whom; no content.
    const record = await s.deps.database.db.selectFrom('dossier_clearings').selectAll().where('case_id', '=', c.id).execute();
    expect(record).toHaveLength(1);
    expect(record[0]).toMatchObject({ contribution_id: policeItem, contributed_by_partner_id: s.partnerId(NL, 'politie-limburg'), category: 'police_justice', police: true, cleared_by: s.userId('procesregisseur@noord-limburg') });
    expect(record[0]?.reason_enc?.toString('latin1')).not.toContain('procesregie');
    expect(record[0]?.cause).toBe('deescalation_clearing');

    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome', 'user_id', 'on_behalf_of_partner_id', 'contribution_id']).where('case_id', '=', c.id).where('action', 'in', ['dossier.clear', 'contribution.clear']).orderBy('id').execute();
    expect(audit.filter((a) => a.action === 'dossier.clear').map((a) => a.outcome)).toEqual(['deny', 'deny', 'deny', 'deny']);
    expect(audit.filter((a) => a.action === 'contribution.clear')).toEqual([
      { action: 'contribution.clear', outcome: 'allow', user_id: s.userId('procesregisseur@noord-limburg'), on_behalf_of_partner_id: s.partnerId(NL, 'politie-limburg'), contribution_id: policeItem },
    ]);

    // The contributor's professional is told in the inbox.
    const inbox = (await s.request('GET', '/api/inbox', police)).json<{ notifications: { kind: string; caseId: string | null; message: string | null }[] }>();
    expect(inbox.notifications.filter((n) => n.caseId === c.id && n.kind === 'contribution_cleared')).toHaveLength(1);
  });
  it('003-107 the screen is offered to the process director in step 1 only; what was removed is listed for the staff with whose, which kind, when, by whom and why, never the content; others are refused; every read is audited', async () => {
    const { c, pd } = await toMonitoring(s);
    const police = await s.login('politie-limburg@noord-limburg');
    const added = await s.request('POST', `/api/cases/${c.id}/contributions`, police, { content: 'Drie meldingen van geluidsoverlast.', category: 'police_justice', purposes: ['monitoring'], basis: policeBasis });
    expect(added.statusCode, added.body).toBe(201);
    const policeItem = added.json<{ id: string }>().id;
    const abilities = async (cookie: string) => (await s.request('GET', `/api/cases/${c.id}`, cookie)).json<{ abilities: { clearDossier: boolean; viewClearings: boolean } }>().abilities;
    expect(await abilities(pd)).toMatchObject({ clearDossier: false, viewClearings: true });
    expect((await step(s, pd, c.id, { event: 'deescalate' })).json().phase).toBe('deescalation1');
    expect(await abilities(pd)).toMatchObject({ clearDossier: true, viewClearings: true });
    expect(await abilities(police)).toMatchObject({ clearDossier: false, viewClearings: false });

    const list = (cookie: string) => s.request('GET', `/api/cases/${c.id}/deescalation/clearings`, cookie);
    expect((await list(pd)).json()).toEqual([]);
    const done = await s.request('POST', `/api/cases/${c.id}/deescalation/clearing`, pd, { contributionIds: [policeItem], reason: 'Niet langer nodig na de afschaling.' });
    expect(done.statusCode, done.body).toBe(200);
    const listed = await list(pd);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json()).toEqual([
      {
        id: expect.any(String) as unknown,
        contributionId: policeItem,
        contributedByPartnerId: s.partnerId(NL, 'politie-limburg'),
        category: 'police_justice',
        police: true,
        contributedAt: expect.any(String) as unknown,
        cause: 'deescalation_clearing',
        clearedBy: s.userId('procesregisseur@noord-limburg'),
        clearedByName: expect.any(String) as unknown,
        clearedAt: s.deps.now().toISOString(),
        reason: 'Niet langer nodig na de afschaling.',
      },
    ]);
    expect(listed.body).not.toContain('geluidsoverlast');

    // The contributor, the registrant and the case's executor are not its staff.
    for (const who of ['politie-limburg@noord-limburg', 'reclassering-nederland@noord-limburg', 'vincent-van-gogh@noord-limburg']) {
      const refused = await list(await s.login(who));
      expect(refused.statusCode, who).toBe(403);
      expect(errorOf(refused.body)).toMatchObject({ rule: 'P2', reason: 'not_acting_in_case' });
    }
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['outcome', 'user_id']).where('case_id', '=', c.id).where('action', '=', 'dossier.clearings.list').orderBy('id').execute();
    expect(audit.map((a) => a.outcome)).toEqual(['allow', 'allow', 'deny', 'deny', 'deny']);
    expect(audit[0]?.user_id).toBe(s.userId('procesregisseur@noord-limburg'));
  });
});
