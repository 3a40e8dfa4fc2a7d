/**
 * Police data keeps a retention of its own (seed 002 Bijlage A art. 12.2; Wpg art. 8(6) and 14(1);
 * ADR 0108), enforced by the retention job on the test server's fake clock. Venlo's SHIPPED
 * configuration removes police data 60 months after it was provided in the case, also while the
 * case itself still runs; an installed copy with a longer term keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/time/date-math.js';
import { runJob } from '../../src/jobs/job-runner.js';
import { retentionJob } from '../../src/jobs/retention.job.js';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { register } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const VENLO = 'zorgnetwerk-venlo';
const START = new Date('2026-06-01T09:00:00Z');
const venloCase = (police: boolean) => ({
  tableId: 'zorgnetwerk-overleg',
  workArea: 'blerick',
  subjects: [{ name: police ? 'Piet Tegelen' : 'Karel Peeters' }],
  complexCriteria: ['multi_problem'],
  lifeDomains: ['housing'],
  registration: police
    ? { content: 'Drie meldingen van overlast.', police: true, basis: { kind: 'wpg20', decision: 'Art. 20-beslissing Zorgnetwerk Venlo' } }
    : { content: 'Ernstige overlast in en rond de woning.', basis: { kind: 'legitimate_interest', motivation: 'Overlast in en rond de woning' } },
});

describe('police data keeps its own retention (seed 002 Bijlage A art. 12.2)', () => {
  it('002-A33 retention.policeData.deleteAfterMonths: in Venlo the retention job removes police data 60 months after its provision although the case still runs; other data stays; a copy with 120 months keeps it', async () => {
    const field = configField('retention.policeData.deleteAfterMonths');
    s.setNow(START);
    const byPolice = await register(s, 'politie-limburg@venlo', venloCase(true));
    const byHousing = await register(s, 'woonwenz@venlo', venloCase(false));
    const db = s.deps.database.db;
    const contributions = async (caseId: string) => (await db.selectFrom('contributions').select(['id', 'police']).where('case_id', '=', caseId).execute()).map((r) => r.id);
    expect((await db.selectFrom('contributions').select('police').where('id', '=', byPolice.registrationId).executeTakeFirstOrThrow()).police).toBe(true);

    s.setNow(new Date(addMonths(START.getTime(), 59)));
    await runJob(s.deps, retentionJob);
    expect(await contributions(byPolice.id)).toEqual([byPolice.registrationId]);

    s.setNow(new Date(addMonths(START.getTime(), 61)));
    await withChangedField(s, VENLO, field, 120, async () => {
      await runJob(s.deps, retentionJob);
      expect(await contributions(byPolice.id)).toEqual([byPolice.registrationId]);
    });

    await runJob(s.deps, retentionJob);
    expect(await contributions(byPolice.id)).toEqual([]);
    expect(await contributions(byHousing.id)).toEqual([byHousing.registrationId]);
    // The case itself runs on: its subject and phase are untouched.
    const c = await db.selectFrom('cases').select('phase').where('id', '=', byPolice.id).executeTakeFirstOrThrow();
    expect(c.phase).toBe('screening');
    expect(await db.selectFrom('subjects').select('id').where('case_id', '=', byPolice.id).execute()).toHaveLength(1);
    // What remains: that police data was removed by the retention, whose and when; no content.
    const record = await db.selectFrom('dossier_clearings').selectAll().where('case_id', '=', byPolice.id).execute();
    expect(record).toMatchObject([{ contribution_id: byPolice.registrationId, contributed_by_partner_id: s.partnerId(VENLO, 'politie-limburg'), police: true, cause: 'police_data_retention', cleared_by: null, reason_enc: null }]);
    const audit = await db.selectFrom('audit_log').select(['action', 'rule', 'on_behalf_of_partner_id']).where('contribution_id', '=', byPolice.registrationId).where('action', '=', 'retention.police_data').execute();
    expect(audit).toEqual([{ action: 'retention.police_data', rule: 'P13', on_behalf_of_partner_id: s.partnerId(VENLO, 'politie-limburg') }]);
  }, 120_000);
});

describe('police data in partner files is destroyed when its purpose is reached (seed 002 Bijlage A art. 10.3)', () => {
  it('002-A22: when the retention removes the police data, the Wpg art. 32 log shows each provision of it as destroyed, the police reading it and in the CSV; a provision of data still there is not', async () => {
    s.setNow(START);
    const c = await register(s, 'politie-limburg@venlo', { ...venloCase(true), subjects: [{ name: 'Jo Geurts' }] });
    // The process director reads each registration: each read is a provision, logged. The second
    // case is registered 30 months later, so its police data is not yet due.
    const read = async (r: { id: string; registrationId: string }) =>
      (await s.request('GET', `/api/cases/${r.id}/contributions/${r.registrationId}?purpose=screening`, await s.login('procesregisseur@venlo'))).statusCode;
    s.setNow(new Date(addMonths(START.getTime(), 1)));
    expect(await read(c)).toBe(200);
    s.setNow(new Date(addMonths(START.getTime(), 30)));
    const kept = await register(s, 'politie-limburg@venlo', { ...venloCase(true), subjects: [{ name: 'Lies Geurts' }] });
    expect(await read(kept)).toBe(200);
    const numberOf = async (id: string) => (await s.deps.database.db.selectFrom('cases').select('number').where('id', '=', id).executeTakeFirstOrThrow()).number;
    const [number, keptNumber] = [await numberOf(c.id), await numberOf(kept.id)];
    const log = async (caseNumber: string) =>
      (await s.request('GET', `/api/provisions?caseNumber=${caseNumber}`, await s.login('politie-limburg@venlo'))).json<{ destroyedAt: string | null; description: string }[]>();
    expect(await log(number)).toMatchObject([{ destroyedAt: null }]);

    // 60 months after the first provision its police data goes; the later one stays.
    const destroyedAt = new Date(addMonths(START.getTime(), 61));
    s.setNow(destroyedAt);
    await runJob(s.deps, retentionJob);
    expect(await s.deps.database.db.selectFrom('contributions').select('id').where('id', '=', c.registrationId).execute()).toEqual([]);
    expect(await log(number)).toMatchObject([{ destroyedAt: destroyedAt.toISOString(), description: expect.stringContaining('politiegegevens') as unknown }]);
    expect(await log(keptNumber)).toMatchObject([{ destroyedAt: null }]);
    const csv = await s.request('GET', `/api/provisions/export?caseNumber=${number}`, await s.login('politie-limburg@venlo'));
    expect(csv.body.trim().split('\r\n')[1]).toContain(destroyedAt.toISOString());
  }, 120_000);
});
