import { readFileSync } from 'node:fs';
import { systemContext } from '../../src/store/acting-context.js';
import { createUser } from '../../src/services/setup/create-user.js';
import { installNewCollaboration } from '../../src/services/governance/install-new-collaboration.js';
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

type ErrorBody = { error: { code: string; rule?: string; fields?: { field: string }[] } };
const PASSWORD = 'een-lang-wachtwoord';
const FIXTURE: unknown = JSON.parse(readFileSync(new URL('../../src/domain/config/zorgnetwerk-oost-fictief.fixture.json', import.meta.url), 'utf8'));

const table = {
  name: 'Overleg huiselijk geweld',
  purpose: 'Gezamenlijke aanpak van huiselijk geweld.',
  frequency: { description: 'Wekelijks', meetingsPerYear: { min: 40, max: 52 } },
  criteria: ['Meldingen van huiselijk geweld'],
  followUpQuestions: [],
  preconditions: [],
  structuralPartners: [],
  incidentalPartners: [],
  anyMemberMayJoin: true,
  individualsDiscussed: 'full',
  allowedDataSet: [{ id: 'naw', label: 'Naam en adres', special: false }],
  sharedInformation: [],
};

describe('§6 collaboration configuration over HTTP', () => {
  it('§6 the admin reads its own configuration and adds a table; an invalid table names the field', async () => {
    const admin = await s.login('beheerder@noord-limburg');
    const own = await s.request('GET', '/api/collaboration', admin);
    expect(own.json<{ slug: string; config: { tables: unknown[] } }>().slug).toBe('zvh-noord-limburg');
    // Partners by the id cases use, with their names: what the UI shows instead of an id.
    const partners = own.json<{ partners: { id: string; slug: string; name: string }[] }>().partners;
    const directory = (await s.request('GET', '/api/directory', admin)).json<{ partners: { id: string; name: string }[] }>().partners;
    expect(partners.map((p) => [p.id, p.name]).sort()).toEqual(directory.map((p) => [p.id, p.name]).sort());
    expect(partners.find((p) => p.slug === 'politie-limburg')?.name).toMatch(/Politie/);

    const bad = await s.request('PUT', '/api/collaboration/tables/huiselijk-geweld', admin, { ...table, criteria: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['criteria']);

    const added = await s.request('PUT', '/api/collaboration/tables/huiselijk-geweld', admin, table);
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json<{ created: boolean }>().created).toBe(true);
    const after = (await s.request('GET', '/api/collaboration', admin)).json<{ config: { tables: { id: string }[] } }>();
    expect(after.config.tables.map((t) => t.id)).toContain('huiselijk-geweld');

    // The change takes effect on the next request: a case is registered at the new table.
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const registered = await s.request('POST', '/api/cases', rn, {
      tableId: 'huiselijk-geweld',
      subjects: [{ name: 'Test Persoon' }],
      registration: { content: 'Zorgen over huiselijk geweld.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
    });
    expect(registered.statusCode, registered.body).toBe(201);
  });

  // 000-R49 (a new overlegvorm is proposed at once and in force once all partners consented, seed
  // 000 art. 16.2) is walked in test/api/table-amendments.test.ts.

  it('§6 only the admin changes the configuration: a process director is refused, naming the rule', async () => {
    const pd = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('PUT', '/api/collaboration/tables/huiselijk-geweld', pd, table);
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error.rule).toBe('§6');
    // Installing a collaboration is no API act at all (finding M2): `casustafel config install` only.
    const install = await s.request('POST', '/api/collaborations', pd, { config: FIXTURE, admin: { partner: 'gemeente-oost-fictief', username: 'x@oost', displayName: 'X', password: PASSWORD } });
    expect(install.statusCode).toBe(404);
  });

  it('§6 a sixth collaboration installed from JSON works without code changes: its admin sets up users and a case is registered', async () => {
    // What `casustafel config install` runs on the server (an installation-level act, finding M2).
    const installed = await installNewCollaboration(s.deps, { config: FIXTURE, admin: { partner: 'gemeente-oost-fictief', username: 'beheerder@oost', displayName: 'Beheerder Oost', password: PASSWORD } });
    await expect(installNewCollaboration(s.deps, { config: FIXTURE, admin: { partner: 'gemeente-oost-fictief', username: 'beheerder2@oost', displayName: 'B', password: PASSWORD } })).rejects.toMatchObject({ code: 'conflict' });

    const oostAdmin = await s.login('beheerder@oost', PASSWORD);
    expect((await s.request('GET', '/api/collaboration', oostAdmin)).json<{ slug: string }>().slug).toBe('zorgnetwerk-oost-fictief');
    const gemeente = installed.partners['gemeente-oost-fictief'];
    // The first manager comes with the installation (as `casustafel users add` makes it); it is the second
    // person who approves privileged roles the admin gives (four eyes, 13.14).
    await s.deps.database.withTransaction(systemContext(), (trx) =>
      createUser(trx, { collaborationId: installed.id, partnerId: gemeente ?? '', username: 'manager@oost', displayName: 'Manager Oost', role: 'manager', password: { plain: PASSWORD }, confidentialityDeclaredAt: null, vogCheckedAt: null }),
    );
    const manager = await s.login('manager@oost', PASSWORD);
    for (const [username, role] of [['regisseur@oost', 'process_director'], ['wijkteam@oost', 'professional']] as const) {
      const u = await s.request('POST', '/api/users', oostAdmin, { partnerId: gemeente, username, displayName: username, role, password: PASSWORD });
      expect(u.statusCode, u.body).toBe(201);
      expect(u.json<{ pendingApproval: boolean }>().pendingApproval).toBe(role === 'process_director');
      await s.request('PUT', `/api/users/${u.json<{ id: string }>().id}/checks`, oostAdmin, { confidentialityDeclaredAt: '2026-05-01', vogCheckedAt: '2026-05-01' });
    }
    const grants = (await s.request('GET', '/api/role-grants', manager)).json<{ id: string; username: string }[]>();
    const grant = grants.find((g) => g.username === 'regisseur@oost');
    expect((await s.request('POST', `/api/role-grants/${grant?.id ?? ''}/approve`, manager)).statusCode).toBe(200);
    const pro = await s.login('wijkteam@oost', PASSWORD);
    const created = await s.request('POST', '/api/cases', pro, {
      tableId: 'netwerkoverleg',
      // The table admits adults only (ageRange from 216 months): the age is judged on the birth date.
      subjects: [{ name: 'Kees Oost', birthDate: '1970-01-01' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing', 'income_debts'],
      registration: { content: 'Zorgen.', basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.2' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const pd = await s.login('regisseur@oost', PASSWORD);
    const view = await s.request('GET', `/api/cases/${created.json<{ id: string }>().id}`, pd);
    expect(view.statusCode).toBe(200);
    expect(view.json<{ subjects: { name: string }[] }>().subjects[0]?.name).toBe('Kees Oost');
    const venloPd = await s.login('procesregisseur@venlo');
    expect((await s.request('GET', `/api/cases/${created.json<{ id: string }>().id}`, venloPd)).statusCode).toBe(404);
  });
});
