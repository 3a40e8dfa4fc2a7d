/**
 * Finding M1 and item 14 of the privacy-rules issue (13.14): an admin alone cannot create or
 * promote a privacy officer, process director, manager or admin. The reproduction (admin mints a
 * privacy officer, records its checks, and reads case content through an access request) now
 * stops at the first step: the account stays inactive until a manager, who is neither the
 * requester nor the account, approves. The audit names the target account and the role (M9).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit, walkChain } from '../../src/audit/verify.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

const PASSWORD = 'shadow-password-123';

describe('M1 / 13.14 four eyes on privileged roles', () => {
  let s: TestServer;
  let admin: string;
  let manager: string;
  let staffPartner: string;

  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login('beheerder@noord-limburg');
    manager = await s.login('manager@noord-limburg');
    const me = (await s.request('GET', '/api/auth/me', admin)).json<{ partnerId: string }>();
    staffPartner = me.partnerId;
  });
  afterAll(async () => {
    await s.close();
  });

  const auditOf = (action: string, targetUserId: string) =>
    s.deps.database.db.selectFrom('audit_log').select(['action', 'user_id', 'target_user_id', 'target_role', 'rule', 'outcome']).where('action', '=', action).where('target_user_id', '=', targetUserId).execute();

  it('M1 13.14 the reproduction: an admin-made privacy officer cannot sign in, so cannot read case content, until a manager approves', async () => {
    const created = await s.request('POST', '/api/users', admin, { partnerId: staffPartner, username: 'shadow-po2@noord-limburg', displayName: 'Shadow', role: 'privacy_officer', password: PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    const user = created.json<{ id: string; active: boolean; role: string; pendingApproval: boolean }>();
    expect(user).toMatchObject({ active: false, pendingApproval: true });
    const now = s.deps.now().toISOString();
    expect((await s.request('PUT', `/api/users/${user.id}/checks`, admin, { confidentialityDeclaredAt: now, vogCheckedAt: now })).statusCode).toBe(200);
    const login = await s.request('POST', '/api/auth/login', undefined, { username: 'shadow-po2@noord-limburg', password: PASSWORD });
    expect(login.statusCode).toBe(401);
    // The audit names the account and the role asked for.
    expect(await auditOf('user.create', user.id)).toEqual([expect.objectContaining({ user_id: s.userId('beheerder@noord-limburg'), target_role: 'privacy_officer', rule: 'four_eyes_pending', outcome: 'allow' })]);

    // The admin cannot approve its own request; the account cannot either; a manager can.
    const grant = (await s.request('GET', '/api/role-grants', admin)).json<{ id: string; userId: string; outcome: string | null }[]>().find((g) => g.userId === user.id);
    expect(grant?.outcome).toBeNull();
    const self = await s.request('POST', `/api/role-grants/${grant?.id ?? ''}/approve`, admin);
    expect(self.statusCode).toBe(403);
    expect(self.json<{ error: { reason: string } }>().error.reason).toBe('four_eyes_not_manager');
    const approved = await s.request('POST', `/api/role-grants/${grant?.id ?? ''}/approve`, manager);
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await s.request('POST', '/api/auth/login', undefined, { username: 'shadow-po2@noord-limburg', password: PASSWORD })).statusCode).toBe(200);
    const decisions = await auditOf('user.role.approve', user.id);
    expect(decisions.filter((d) => d.outcome === 'allow')).toEqual([expect.objectContaining({ user_id: s.userId('manager@noord-limburg'), target_role: 'privacy_officer', rule: 'four_eyes' })]);
    expect(decisions.filter((d) => d.outcome === 'deny')).toEqual([expect.objectContaining({ user_id: s.userId('beheerder@noord-limburg'), rule: 'four_eyes' })]);
    // Demotion needs no second person.
    const demoted = await s.request('PUT', `/api/users/${user.id}/role`, admin, { role: 'professional' });
    expect(demoted.json<{ role: string; pendingApproval: boolean }>()).toMatchObject({ role: 'professional', pendingApproval: false });
    // Decided once.
    expect((await s.request('POST', `/api/role-grants/${grant?.id ?? ''}/reject`, manager)).statusCode).toBe(403);
  });

  it('13.14 promoting an existing user to process director, manager or admin waits for a second person; a rejection leaves the role unchanged', async () => {
    const target = s.userId('antares@noord-limburg');
    for (const role of ['process_director', 'manager', 'admin'] as const) {
      const res = await s.request('PUT', `/api/users/${target}/role`, admin, { role });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ role: string; pendingApproval: boolean }>()).toMatchObject({ role: 'professional', pendingApproval: true });
      // One open request per account at a time.
      expect((await s.request('PUT', `/api/users/${target}/role`, admin, { role })).statusCode).toBe(409);
      const grant = (await s.request('GET', '/api/role-grants', manager)).json<{ id: string; userId: string; outcome: string | null; role: string }[]>().find((g) => g.userId === target && g.outcome === null);
      expect(grant?.role).toBe(role);
      expect((await s.request('POST', `/api/role-grants/${grant?.id ?? ''}/reject`, manager)).statusCode).toBe(200);
      const row = await s.deps.database.db.selectFrom('users').select('role').where('id', '=', target).executeTakeFirstOrThrow();
      expect(row.role).toBe('professional');
      const requested = await auditOf('user.role.change', target);
      expect(requested.at(-1)).toMatchObject({ target_role: role, rule: 'four_eyes_pending' });
    }
  });

  it('13.14 a non-privileged role is given at once, audited with the account and role', async () => {
    const res = await s.request('POST', '/api/users', admin, { partnerId: staffPartner, username: 'ondersteuning@noord-limburg', displayName: 'O', role: 'support', password: PASSWORD });
    expect(res.json<{ active: boolean; pendingApproval: boolean }>()).toMatchObject({ active: true, pendingApproval: false });
    const id = res.json<{ id: string }>().id;
    expect(await auditOf('user.create', id)).toEqual([expect.objectContaining({ target_role: 'support', rule: null })]);
  });

  it('13.14 a manager cannot approve a request for its own account', async () => {
    const me = s.userId('manager@noord-limburg');
    const res = await s.request('PUT', `/api/users/${me}/role`, admin, { role: 'admin' });
    expect(res.json<{ pendingApproval: boolean }>().pendingApproval).toBe(true);
    const grant = (await s.request('GET', '/api/role-grants', manager)).json<{ id: string; userId: string; outcome: string | null }[]>().find((g) => g.userId === me && g.outcome === null);
    const own = await s.request('POST', `/api/role-grants/${grant?.id ?? ''}/approve`, manager);
    expect(own.statusCode).toBe(403);
    expect(own.json<{ error: { reason: string } }>().error.reason).toBe('four_eyes_own_account');
    const refusal = await s.deps.database.db.selectFrom('audit_log').select(['rule', 'outcome', 'target_user_id']).where('action', '=', 'user.role.approve').where('outcome', '=', 'deny').where('target_user_id', '=', me).execute();
    expect(refusal).toHaveLength(1);
  });

  it('M9 governance acts name their target: deactivation and checks record the account', async () => {
    const target = s.userId('antares@noord-limburg');
    const now = s.deps.now().toISOString();
    expect((await s.request('PUT', `/api/users/${target}/checks`, admin, { confidentialityDeclaredAt: now })).statusCode).toBe(200);
    expect((await auditOf('user.checks.record', target)).length).toBeGreaterThan(0);
  });

  it('M9 records with a target are sealed into the chain and verify, in the database and in the application walk', async () => {
    await sealAudit(s.deps.database.db);
    const inDatabase = await verifyAudit(s.deps.database.db);
    const walked = await walkChain(s.deps.database.db);
    expect(inDatabase.ok).toBe(true);
    expect(walked.ok).toBe(true);
    // Changing a recorded target breaks the chain (the target is part of the hash).
    const row = await s.deps.database.db.selectFrom('audit_log').select(['id', 'target_role']).where('target_role', '=', 'privacy_officer').executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_guard_rows`.execute(s.deps.database.db);
    await sql`update audit_log set target_role = 'professional' where id = ${row.id}`.execute(s.deps.database.db);
    await sql`alter table audit_log enable trigger audit_log_guard_rows`.execute(s.deps.database.db);
    expect((await walkChain(s.deps.database.db)).ok).toBe(false);
    expect((await verifyAudit(s.deps.database.db)).ok).toBe(false);
  });
});
