import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseKey } from '../../src/crypto/case-keys.js';
import { transition } from '../../src/domain/process/phase-machine.js';
import { loadCaseState } from '../../src/store/repositories/case-state.repository.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

async function registered(): Promise<{ id: string; subjectId: string }> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const reg = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: 'Tom Bakker' }],
    registration: { content: 'Overlast.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  const { id, subjectIds } = reg.json<{ id: string; subjectIds: string[] }>();
  return { id, subjectId: subjectIds[0]! };
}

/** What the phase machine says about accepting the case into triage, from the stored records. */
async function accept(caseId: string) {
  const db = s.deps.database.db;
  const config = await s.deps.collaborationConfig(db, s.collaborationId(NL));
  const key = await loadCaseKey(db, s.deps.keys, caseId);
  const state = await loadCaseState(db, caseId, config, { key });
  return transition(state, { kind: 'accept', by: { userId: s.userId('procesregisseur@noord-limburg'), role: 'process_director' } }, config.process, s.deps.now().getTime());
}

describe('informing the subject (P10)', () => {
  it('P10 informing: the case cannot enter triage until the registrant records that the subject was informed', async () => {
    const c = await registered();
    expect(await accept(c.id)).toMatchObject({ ok: false, rule: 'P10', reason: 'subject_not_informed' });
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/informing`, rn, { subjectId: c.subjectId, informedAt: '2026-06-01T08:00:00Z', method: 'phone' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await accept(c.id)).toMatchObject({ ok: true, phase: 'triage' });
  });

  it('P10 informing: a professional may not inform on behalf of another organisation; the process director may, stating on whose behalf', async () => {
    const c = await registered();
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const other = await s.request('POST', `/api/cases/${c.id}/informing`, rn, { subjectId: c.subjectId, informedAt: '2026-06-01T08:00:00Z', method: 'letter', onBehalfOf: s.partnerId(NL, 'gemeente-venlo') });
    expect(other.statusCode).toBe(403);
    expect(errorOf(other.body)).toMatchObject({ rule: 'P10', reason: 'informing_on_behalf_of_other' });
    const pd = await s.login('procesregisseur@noord-limburg');
    const ok = await s.request('POST', `/api/cases/${c.id}/informing`, pd, { subjectId: c.subjectId, informedAt: '2026-06-01T08:00:00Z', method: 'letter', onBehalfOf: s.partnerId(NL, 'reclassering-nederland') });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await accept(c.id)).ok).toBe(true);
  });

  it('P10 informing: a postponement with reason and planned date lets the case on, until the date has passed', async () => {
    const c = await registered();
    const pd = await s.login('procesregisseur@noord-limburg');
    const noReason = await s.request('POST', `/api/cases/${c.id}/informing/postponements`, pd, { subjectId: c.subjectId, reason: '', plannedAt: '2026-06-15T09:00:00Z' });
    expect(noReason.statusCode).toBe(400);
    const res = await s.request('POST', `/api/cases/${c.id}/informing/postponements`, pd, { subjectId: c.subjectId, reason: 'Lopend politieonderzoek.', plannedAt: '2026-06-15T09:00:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await accept(c.id)).ok).toBe(true);
    s.advance(20 * 24 * 3600 * 1000);
    expect(await accept(c.id)).toMatchObject({ ok: false, rule: 'P10', reason: 'postponement_overdue' });
  });

  it('P2: a partner not involved in the case cannot record informing', async () => {
    const c = await registered();
    const pol = await s.login('politie-limburg@noord-limburg');
    const res = await s.request('POST', `/api/cases/${c.id}/informing`, pol, { subjectId: c.subjectId, informedAt: '2026-06-01T08:00:00Z', method: 'phone' });
    expect(res.statusCode).toBe(404);
    expect(await s.deps.database.db.selectFrom('informing_records').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
  });
});
