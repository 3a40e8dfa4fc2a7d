/**
 * The privacy officer searches the access log by person (P16; issue 16 items 5 and 8): by BSN, or
 * by name and birth date, within the collaboration — the entries that name the person's subject
 * records or concern its cases, and nothing of another person. Matching goes through the keyed
 * hashes; the name and BSN asked for are in no answer and no log entry; a bad BSN names its field;
 * others are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
const ids = { a: '', b: '' };
const A = { name: 'Pieter Zoekmans', birthDate: '1975-05-06', bsn: '123456782' };
const B = { name: 'Greet Anders', birthDate: '1982-08-09', bsn: '111222333' };

beforeAll(async () => {
  s = await startTestServer();
  const rn = await s.login('reclassering-nederland@noord-limburg');
  for (const [key, subject] of [['a', A], ['b', B]] as const) {
    const res = await s.request('POST', '/api/cases', rn, {
      tableId: 'rto-complexe-casuistiek',
      subjects: [subject],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['housing'],
      registration: { content: 'Overlast.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      processDirectorId: s.userId('procesregisseur@noord-limburg'),
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json<{ id: string }>().id;
  }
  // A read of A's case by the process director, and a refused one by the police.
  await s.request('GET', `/api/cases/${ids.a}`, await s.login('procesregisseur@noord-limburg'));
  await s.request('GET', `/api/cases/${ids.a}`, await s.login('politie-limburg@noord-limburg'));
});
afterAll(async () => {
  await s.close();
});

interface Page {
  entries: { action: string; caseId: string | null; outcome: string; userName: string | null }[];
}

describe('P16 the access log searched by person', () => {
  it('P16 by BSN, or by name and birth date: only the entries about that person, allowed and refused; nothing of another; the search terms are in no answer or log entry', async () => {
    const po = await s.login('privacy@noord-limburg');
    const byBsn = await s.request('GET', `/api/audit?subjectBsn=${A.bsn}`, po);
    expect(byBsn.statusCode, byBsn.body).toBe(200);
    const page = byBsn.json<Page>();
    expect(page.entries.length).toBeGreaterThanOrEqual(3);
    expect(page.entries.every((e) => e.caseId === ids.a)).toBe(true);
    expect(page.entries.map((e) => e.action)).toContain('case.register');
    expect(page.entries.some((e) => e.outcome === 'deny')).toBe(true);
    expect(byBsn.body).not.toContain(A.name);

    const byName = await s.request('GET', `/api/audit?subjectName=${encodeURIComponent(A.name.toUpperCase())}&subjectBirthDate=${A.birthDate}`, po);
    expect(byName.statusCode, byName.body).toBe(200);
    expect(byName.json<Page>().entries.map((e) => e.caseId)).toEqual(page.entries.map((e) => e.caseId));

    const other = (await s.request('GET', `/api/audit?subjectBsn=${B.bsn}`, po)).json<Page>();
    expect(other.entries.length).toBeGreaterThan(0);
    expect(other.entries.every((e) => e.caseId === ids.b)).toBe(true);

    // Nobody by that name and date: no entries (not the whole log).
    const nobody = await s.request('GET', `/api/audit?subjectName=Niemand%20Bekend&subjectBirthDate=1990-01-01`, po);
    expect(nobody.json<Page>().entries).toEqual([]);

    // The CSV export takes the same search.
    const csv = await s.request('GET', `/api/audit/export?subjectBsn=${A.bsn}`, po);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('case.register');
    expect(csv.body).not.toContain(A.bsn);

    const log = await s.deps.database.db.selectFrom('audit_log').selectAll().where('action', 'in', ['audit.review', 'audit.export']).execute();
    expect(JSON.stringify(log)).not.toContain(A.bsn);
    expect(JSON.stringify(log)).not.toContain('Zoekmans');
  });

  it('P16 a bad BSN or a name without birth date names the field as labelled; the manager is refused', async () => {
    const po = await s.login('privacy@noord-limburg');
    const bad = await s.request('GET', '/api/audit?subjectBsn=123456789', po);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field)).toEqual(['subjectBsn']);
    const half = await s.request('GET', `/api/audit?subjectName=${encodeURIComponent(A.name)}`, po);
    expect(half.statusCode).toBe(400);
    expect(half.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field)).toEqual(['subjectBirthDate']);
    const manager = await s.request('GET', `/api/audit?subjectBsn=${A.bsn}`, await s.login('manager@noord-limburg'));
    expect(manager.statusCode).toBe(403);
    expect(manager.body).not.toContain('case.register');
  });
});
