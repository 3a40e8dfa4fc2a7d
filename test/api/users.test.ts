import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { code: string; rule?: string; reason?: string; fields?: { field: string }[] } };
const PASSWORD = 'een-lang-wachtwoord';

async function newUser(username: string, role = 'professional'): Promise<string> {
  const admin = await s.login('beheerder@noord-limburg');
  const res = await s.request('POST', '/api/users', admin, { partnerId: s.partnerId('zvh-noord-limburg', 'reclassering-nederland'), username, displayName: username, role, password: PASSWORD });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

describe('§4 users and roles over HTTP', () => {
  it('§4 preconditions: without confidentiality declaration and VOG check personal routes refuse; once recorded, the next request passes', async () => {
    const id = await newUser('nieuwe-reclasseerder@noord-limburg');
    const admin = await s.login('beheerder@noord-limburg');
    const user = await s.login('nieuwe-reclasseerder@noord-limburg', PASSWORD);
    const first = await s.request('GET', '/api/cases', user);
    expect(first.statusCode).toBe(403);
    expect(first.json<ErrorBody>().error.reason).toBe('no_confidentiality_declaration');

    expect((await s.request('PUT', `/api/users/${id}/checks`, admin, { confidentialityDeclaredAt: '2026-05-20' })).statusCode).toBe(200);
    const second = await s.request('GET', '/api/cases', user);
    expect(second.statusCode).toBe(403);
    expect(second.json<ErrorBody>().error.reason).toBe('no_vog_check');

    const checked = await s.request('PUT', `/api/users/${id}/checks`, admin, { vogCheckedAt: '2026-05-21' });
    expect(checked.json<{ confidentialityDeclaredAt: string; vogCheckedAt: string }>()).toMatchObject({ confidentialityDeclaredAt: '2026-05-20T00:00:00.000Z', vogCheckedAt: '2026-05-21T00:00:00.000Z' });
    expect((await s.request('GET', '/api/cases', user)).statusCode).toBe(200);
  });

  it('§4 a role change takes effect on the next request of the same session', async () => {
    const id = await newUser('wordt-statisticus@noord-limburg');
    const admin = await s.login('beheerder@noord-limburg');
    const user = await s.login('wordt-statisticus@noord-limburg', PASSWORD);
    expect((await s.request('GET', '/api/reports/figures', user)).statusCode).toBe(403);
    const changed = await s.request('PUT', `/api/users/${id}/role`, admin, { role: 'statistician' });
    expect(changed.json<{ role: string }>().role).toBe('statistician');
    expect((await s.request('GET', '/api/reports/figures', user)).statusCode).toBe(200);
  });

  it('§4 deactivating a user ends its access on its next request', async () => {
    const id = await newUser('vertrekt@noord-limburg');
    const admin = await s.login('beheerder@noord-limburg');
    const user = await s.login('vertrekt@noord-limburg', PASSWORD);
    expect((await s.request('GET', '/api/auth/me', user)).statusCode).toBe(200);
    expect((await s.request('POST', `/api/users/${id}/deactivate`, admin)).json<{ active: boolean }>().active).toBe(false);
    expect((await s.request('GET', '/api/reminders', user)).statusCode).toBe(401);
  });

  it('§4 only the admin manages users: a professional and a manager are refused, naming the rule; the admin lists the users', async () => {
    const body = { partnerId: s.partnerId('zvh-noord-limburg', 'reclassering-nederland'), username: 'mag-niet@noord-limburg', displayName: 'X', role: 'admin', password: PASSWORD };
    for (const who of ['reclassering-nederland@noord-limburg', 'manager@noord-limburg']) {
      const res = await s.request('POST', '/api/users', await s.login(who), body);
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.rule).toBe('§4');
    }
    const admin = await s.login('beheerder@noord-limburg');
    const users = (await s.request('GET', '/api/users', admin)).json<{ username: string }[]>().map((u) => u.username);
    expect(users).toContain('procesregisseur@noord-limburg');
    expect(users).not.toContain('procesregisseur@venlo');
    expect(users).not.toContain('mag-niet@noord-limburg');
  });

  it('validation: a short password and a taken username are named field by field', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const partnerId = s.partnerId('zvh-noord-limburg', 'reclassering-nederland');
    const short = await s.request('POST', '/api/users', admin, { partnerId, username: 'kort@noord-limburg', displayName: 'K', role: 'professional', password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['password']);
    const taken = await s.request('POST', '/api/users', admin, { partnerId, username: 'procesregisseur@venlo', displayName: 'K', role: 'professional', password: PASSWORD });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['username']);
  });
});
