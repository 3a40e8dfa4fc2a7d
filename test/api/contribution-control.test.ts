import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { NL, toRto, toTriage } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface ControlView {
  contributionId: string;
  byPartnerId: string;
  phase: string;
  version: number;
  releasedForRto: 'all' | 'none' | string[];
  excluded: string[];
  grantsOpen: boolean;
  grants: { id: string; toUserId: string; planAction: string }[];
  partners: string[];
  participants: { userId: string; partnerId: string; rtoParticipant: boolean; designated: boolean }[];
}

const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string; fields?: { field: string }[] } }).error;
const controlPath = (caseId: string, id: string) => `/api/cases/${caseId}/contributions/${id}/control`;

describe('contributor control view (P4, HTTP)', () => {
  it('P4: the contributor sees who takes part and its grants in force; a grant and its revocation show at once', async () => {
    const { c } = await toRto(s);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const first = await s.request('GET', controlPath(c.id, c.registrationId), rn);
    expect(first.statusCode, first.body).toBe(200);
    const view = first.json<ControlView>();
    expect(view).toMatchObject({ contributionId: c.registrationId, byPartnerId: s.partnerId(NL, 'reclassering-nederland'), phase: 'rto', releasedForRto: 'none', excluded: [], grantsOpen: true, grants: [] });
    expect(view.partners).toContain(s.partnerId(NL, 'politie-limburg'));
    expect(view.partners).not.toContain(s.partnerId(NL, 'reclassering-nederland'));
    const police = s.userId('politie-limburg@noord-limburg');
    expect(view.participants).toContainEqual({ userId: police, partnerId: s.partnerId(NL, 'politie-limburg'), rtoParticipant: true, designated: expect.any(Boolean) as boolean });
    expect(view.participants.map((p) => p.userId)).toContain(s.userId('reclassering-nederland@noord-limburg'));

    const granted = await s.request('POST', `/api/cases/${c.id}/contributions/${c.registrationId}/grants`, rn, { toUserId: police, planAction: 'Toezicht op de woonsituatie' });
    expect(granted.statusCode, granted.body).toBe(201);
    const grantId = granted.json<{ id: string }>().id;
    const withGrant = (await s.request('GET', controlPath(c.id, c.registrationId), rn)).json<ControlView>();
    expect(withGrant.grants).toEqual([expect.objectContaining({ id: grantId, toUserId: police, planAction: 'Toezicht op de woonsituatie' })]);
    expect((await s.request('DELETE', `/api/cases/${c.id}/contributions/${c.registrationId}/grants/${grantId}`, rn)).statusCode).toBe(204);
    expect((await s.request('GET', controlPath(c.id, c.registrationId), rn)).json<ControlView>().grants).toEqual([]);
  });

  it('P4: anyone but the contributing organisation is refused the control view, and the refusal is audited', async () => {
    const { c } = await toRto(s);
    const pol = await s.login('politie-limburg@noord-limburg');
    const refused = await s.request('GET', controlPath(c.id, c.registrationId), pol);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P4', reason: 'not_contributor' });
    const pd = await s.login('procesregisseur@noord-limburg');
    expect(errorOf((await s.request('GET', controlPath(c.id, c.registrationId), pd)).body)).toMatchObject({ rule: 'P4', reason: 'not_contributor' });
    const denied = await s.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'rule', 'user_id'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'contribution.control_view')
      .where('outcome', '=', 'deny')
      .orderBy('at')
      .execute();
    expect(denied.map((d) => d.user_id)).toEqual([s.userId('politie-limburg@noord-limburg'), s.userId('procesregisseur@noord-limburg')]);
  });

  it('P4: before the RTO no take-along can be granted, and the view says so', async () => {
    const { c } = await toTriage(s);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const view = (await s.request('GET', controlPath(c.id, c.registrationId), rn)).json<ControlView>();
    expect(view).toMatchObject({ phase: 'triage', grantsOpen: false });
  });

  it('P4: correcting and withdrawing need a reason; the reason is stored encrypted; a withdrawn contribution is out of control', async () => {
    const { c } = await toRto(s);
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const base = `/api/cases/${c.id}/contributions`;
    const noReason = await s.request('POST', `${base}/${c.registrationId}/corrections`, rn, { version: 1, content: 'Overlast; schulden in beeld.' });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason.body).fields?.map((f) => f.field)).toContain('reason');
    const corrected = await s.request('POST', `${base}/${c.registrationId}/corrections`, rn, { version: 1, content: 'Overlast; schulden in beeld.', reason: 'Schulden waren onvolledig beschreven.' });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const id = corrected.json<{ id: string }>().id;
    const row = await s.deps.database.db.selectFrom('contributions').select('content_enc').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.content_enc.toString('latin1')).not.toContain('onvolledig');

    const withdrawNoReason = await s.request('POST', `${base}/${id}/withdraw`, rn, {});
    expect(errorOf(withdrawNoReason.body).fields?.map((f) => f.field)).toContain('reason');
    expect((await s.request('POST', `${base}/${id}/withdraw`, rn, { reason: 'Dubbel ingebracht.' })).statusCode).toBe(200);
    const after = await s.request('GET', controlPath(c.id, id), rn);
    expect(after.statusCode).toBe(403);
    expect(errorOf(after.body)).toMatchObject({ rule: 'P4', reason: 'withdrawn_contribution' });
  });
});
