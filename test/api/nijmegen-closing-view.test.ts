/**
 * Nijmegen step 7 (seed 004 Bijlage 3): the case is closed into monitoring with its reason and the
 * agreements made with the agencies to keep things stable, and the case page shows them; step 8
 * adds the closing criterion in the regieteam's words. Walked over HTTP on the shipped configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { nijmegenInRto, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';
interface Closing {
  closing: { criterionId: string | null; criterionLabel: string | null; note: string; decidedAt: string } | null;
}

describe('004-W20 004-W21 closing into monitoring with the agreements made', () => {
  it('004-W20 004-W21 step 7 records the reason and the agreements with the agencies, shown on the case page; step 8 records its criterion', async () => {
    const reg = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden Wijnbergen' }],
      lifeDomains: ['income_debts'],
      registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
      processDirectorId: s.userId('procesregisseur@nijmegen'),
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const c = reg.json<Registered>();
    const { pd, meetingId } = await nijmegenInRto(s, c, ['sterker-sociaal-werk@nijmegen']);
    const saved = await s.request('PUT', `/api/cases/${c.id}/meetings/${meetingId}/record`, pd, {
      version: 1, date: '2026-06-10T14:00:00Z', status: 'held', reason: 'Schulden', present: [s.userId('sterker-sociaal-werk@nijmegen')],
      plan: { goals: [{ domain: 'income_debts', goal: 'Schulden in beeld' }], actions: [{ description: 'Schuldhulp', ownerPartnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen'), dueAt: '2026-07-01' }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/case-director`, pd, { userId: s.userId('sterker-sociaal-werk@nijmegen'), meetingId })).statusCode).toBe(200);
    expect((await step(s, pd, c.id, { event: 'adopt_plan' })).statusCode).toBe(200);
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).json<Closing>().closing).toBeNull();

    const agreements = 'Stabiel; monitoring een half jaar. Afspraak: Sterker legt maandelijks een huisbezoek af, Talis meldt huurachterstand direct.';
    expect((await step(s, pd, c.id, { event: 'deescalate', note: agreements })).statusCode).toBe(200);
    const step7 = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<Closing>().closing;
    expect(step7).toMatchObject({ note: agreements, criterionId: null, decidedAt: s.deps.now().toISOString() });

    s.advance(180 * 86_400_000);
    const pdLater = await s.login('procesregisseur@nijmegen');
    expect((await step(s, pdLater, c.id, { event: 'archive', criterionId: 'doelen-behaald', note: 'Doelen behaald na een half jaar monitoring.' })).statusCode).toBe(200);
    // Archived, the case page is closed to the staff (only the administrative set stays); the record holds the criterion,
    // and the note is sealed under the case key, not in plaintext in the record (migration 390).
    const stored = await s.deps.database.db.selectFrom('cases').select(['closing_criteria', 'closing_note_enc']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(stored.closing_criteria).toMatchObject({ closing: { criterionId: 'doelen-behaald', note: '' } });
    expect(stored.closing_note_enc).not.toBeNull();
    expect(Buffer.from(stored.closing_note_enc ?? []).toString('latin1')).not.toContain('Doelen behaald');
  });
});
