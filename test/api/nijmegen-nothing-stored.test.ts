/**
 * 004-W06 (seed 004 Bijlage 3 stap 2, 3 and the closing paragraph): a signal that does not belong
 * with the regieteam, is escalated or de-escalated elsewhere ("op- of afschalen"), or is not picked
 * up leaves nothing in the work system ("er worden geen gegevens vastgelegd in het werksysteem",
 * "niet opgeslagen in VIS2"). The minimal set before pickup, rejection and the deadline for a signal
 * nobody picks up are walked in nijmegen-process.test.ts (004-W03, 004-W09, 004-W11); here the step
 * Nijmegen lacked: op- of afschalen, walked over HTTP on the shipped configuration as its demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { informSubjects, screenAtTable, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NIJMEGEN = 'regieteams-nijmegen';

async function registerSignal(name: string): Promise<Registered> {
  const res = await s.request('POST', '/api/cases', await s.login('gemeente-nijmegen@nijmegen'), {
    tableId: 'regieteam',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['income_debts', 'housing'],
    registration: { basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' } },
    processDirectorId: s.userId('procesregisseur@nijmegen'),
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<Registered>();
  await informSubjects(s, c, NIJMEGEN, 'gemeente-nijmegen', 'gemeente-nijmegen@nijmegen');
  return c;
}

/** What the work system still holds of the case, table by table. */
async function heldOf(caseId: string): Promise<Record<string, number>> {
  const db = s.deps.database.db;
  const count = async (table: 'subjects' | 'contributions' | 'informing_records' | 'triage_questions' | 'consents'): Promise<number> =>
    (await db.selectFrom(table).select('case_id').where('case_id', '=', caseId).execute()).length;
  return { subjects: await count('subjects'), contributions: await count('contributions'), informing_records: await count('informing_records'), triage_questions: await count('triage_questions'), consents: await count('consents') };
}

const NOTHING = { subjects: 0, contributions: 0, informing_records: 0, triage_questions: 0, consents: 0 };

async function told(caseId: string): Promise<{ kind: string; message: string | null }[]> {
  const inbox = (await s.request('GET', '/api/inbox', await s.login('gemeente-nijmegen@nijmegen'))).json<{ notifications: { kind: string; caseId: string | null; message: string | null }[] }>();
  return inbox.notifications.filter((n) => n.caseId === caseId).map((n) => ({ kind: n.kind, message: n.message }));
}

describe('004-W06 a signal escalated or de-escalated elsewhere leaves nothing in the work system', () => {
  it('004-W06 op- of afschalen in step 2 (to Veilig Thuis): nothing stays, and the registrant is told where to register it', async () => {
    const c = await registerSignal('Huishouden Pietersen-W06');
    const pd = await s.login('procesregisseur@nijmegen');
    const res = await step(s, pd, c.id, { event: 'refer', toTable: 'veilig-thuis' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().phase).toBe('referred');
    expect(await heldOf(c.id)).toEqual(NOTHING);
    expect(await told(c.id)).toEqual([expect.objectContaining({ kind: 'signal_not_picked_up', message: expect.stringContaining('Veilig Thuis') as unknown as string })]);
    expect((await s.request('GET', `/api/cases/${c.id}`, pd)).body).not.toContain('Pietersen');
  });

  it('004-W06 004-C04 op- of afschalen in step 3, after the signal was judged to belong (to the Zorg- en Veiligheidshuis): nothing stays', async () => {
    const c = await registerSignal('Huishouden Willems-W06');
    const pd = await s.login('procesregisseur@nijmegen');
    await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    const res = await step(s, pd, c.id, { event: 'refer', toTable: 'zorg-en-veiligheidshuis' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await heldOf(c.id)).toEqual(NOTHING);
  });
});

describe('004-W06 personal data is recorded from pickup on: the subject\'s details are completed after it', () => {
  it('004-W06 before pickup birth date, address and BSN are refused under P12 and nothing is stored; after pickup the registrant completes them and the case shows them', async () => {
    const c = await registerSignal('Huishouden Janssen-W06');
    const subjectId = c.subjectIds[0] ?? '';
    const registrant = await s.login('gemeente-nijmegen@nijmegen');
    const details = { birthDate: '1979-03-14', address: 'Molenstraat 12, Nijmegen', bsn: '111222333' };
    const before = await s.request('PATCH', `/api/cases/${c.id}/subjects/${subjectId}`, registrant, details);
    expect(before.statusCode, before.body).toBe(403);
    expect(before.json<{ error: { rule: string; reason: string } }>().error).toMatchObject({ rule: 'P12', reason: 'stored_before_pickup' });
    const row = await s.deps.database.db.selectFrom('subjects').select(['birth_date_enc', 'address_enc', 'bsn_enc', 'bsn_hash']).where('id', '=', subjectId).executeTakeFirstOrThrow();
    expect(row).toEqual({ birth_date_enc: null, address_enc: null, bsn_enc: null, bsn_hash: null });

    const pd = await s.login('procesregisseur@nijmegen');
    await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    const pickup = await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen') });
    expect(pickup.statusCode, pickup.body).toBe(200);
    const after = await s.request('PATCH', `/api/cases/${c.id}/subjects/${subjectId}`, registrant, details);
    expect(after.statusCode, after.body).toBe(200);
    const view = await s.request('GET', `/api/cases/${c.id}`, registrant);
    expect(view.json<{ subjects: { id: string; birthDate: string | null; address: string | null; bsn?: string | null }[] }>().subjects.find((x) => x.id === subjectId)).toMatchObject(details);
  });

  it('004-W06 a wrong BSN names the field, and a request that completes nothing names what to fill in', async () => {
    const c = await registerSignal('Huishouden Peters-W06');
    const subjectId = c.subjectIds[0] ?? '';
    const pd = await s.login('procesregisseur@nijmegen');
    await screenAtTable(s, c.id, 'procesregisseur@nijmegen', pd);
    expect((await step(s, pd, c.id, { event: 'accept' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/cases/${c.id}/pickup`, pd, { partnerId: s.partnerId(NIJMEGEN, 'gemeente-nijmegen') })).statusCode).toBe(200);
    const wrong = await s.request('PATCH', `/api/cases/${c.id}/subjects/${subjectId}`, await s.login('gemeente-nijmegen@nijmegen'), { bsn: '123456789' });
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(wrong.body).toContain('bsn');
    const empty = await s.request('PATCH', `/api/cases/${c.id}/subjects/${subjectId}`, await s.login('gemeente-nijmegen@nijmegen'), {});
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.body).toContain('geboortedatum');
  });
});
