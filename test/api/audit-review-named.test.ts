/**
 * The access log as the privacy officer reviews it (P16; NEN 7513): by case number, with the names
 * of users and organisations, filtered by rule, paged, exported as CSV; the review and the export
 * are logged; others are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
let caseId = '';
let caseNumber = '';
beforeAll(async () => {
  s = await startTestServer();
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const res = await s.request('POST', '/api/cases', rn, {
    tableId: 'rto-complexe-casuistiek',
    subjects: [{ name: 'Jan de Vries' }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Overlast.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
  });
  caseId = res.json<{ id: string }>().id;
  caseNumber = (await s.request('GET', `/api/cases/${caseId}`, rn)).json<{ number: string }>().number;
  // A refused read, to filter on its rule.
  await s.request('GET', `/api/cases/${caseId}`, await s.login('politie-limburg@noord-limburg'));
});
afterAll(async () => {
  await s.close();
});

interface Entry {
  id: number;
  action: string;
  caseId: string | null;
  caseNumber: string | null;
  userName: string | null;
  partnerName: string | null;
  outcome: string;
  rule: string | null;
}
interface Page {
  entries: Entry[];
  nextBefore: number | null;
}

describe('P16 the access log for the privacy officer', () => {
  it('P16 search by case number: each entry names the user, the organisation and the case number; an unknown number is not found', async () => {
    const po = await s.login('privacy@noord-limburg');
    const res = await s.request('GET', `/api/audit?caseNumber=${caseNumber}`, po);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<Page>();
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.entries.every((e) => e.caseId === caseId && e.caseNumber === caseNumber)).toBe(true);
    const registered = page.entries.find((e) => e.action === 'case.register');
    expect(registered).toMatchObject({ userName: 'Professional Reclassering Nederland', partnerName: 'Reclassering Nederland' });
    expect(res.body).not.toContain('Jan de Vries');
    expect((await s.request('GET', '/api/audit?caseNumber=2026-9999', po)).statusCode).toBe(404);
    expect((await s.request('GET', '/api/audit?caseNumber=7', po)).statusCode).toBe(400);
  });

  it('P16 filter on outcome and rule, page through the results, and export them as CSV; both are logged', async () => {
    const po = await s.login('privacy@noord-limburg');
    const denied = (await s.request('GET', '/api/audit?outcome=deny', po)).json<Page>();
    expect(denied.entries.length).toBeGreaterThan(0);
    const rule = denied.entries[0]!.rule ?? '';
    const byRule = (await s.request('GET', `/api/audit?rule=${rule}`, po)).json<Page>();
    expect(byRule.entries.length).toBeGreaterThan(0);
    expect(byRule.entries.every((e) => e.rule === rule)).toBe(true);

    const first = (await s.request('GET', `/api/audit?caseNumber=${caseNumber}&limit=1`, po)).json<Page>();
    expect(first.nextBefore).not.toBeNull();
    const second = (await s.request('GET', `/api/audit?caseNumber=${caseNumber}&limit=1&before=${first.nextBefore}`, po)).json<Page>();
    expect(second.entries[0]!.id).toBeLessThan(first.entries[0]!.id);

    const csv = await s.request('GET', `/api/audit/export?caseNumber=${caseNumber}`, po);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="toegangslog-/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Nummer,Tijdstip,Gebruiker,Organisatie,Namens,Rol,Casusnummer,Actie,Doel,Grondslag,Uitkomst,Regel,Toegangspunt,Verzegeld');
    expect(lines.slice(1).every((l) => l.includes(caseNumber))).toBe(true);
    expect(lines.some((l) => l.includes('Professional Reclassering Nederland,Reclassering Nederland'))).toBe(true);

    const own = (await s.request('GET', `/api/audit?userId=${s.userId('privacy@noord-limburg')}`, po)).json<Page>();
    expect(own.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['audit.review', 'audit.export']));
  });

  it('P16 the manager is refused the review and the export, naming P16', async () => {
    const manager = await s.login('manager@noord-limburg');
    for (const url of ['/api/audit', '/api/audit/export']) {
      const res = await s.request('GET', url, manager);
      expect(res.statusCode, url).toBe(403);
      expect(res.json<{ error: { rule: string } }>().error.rule).toBe('P16');
    }
  });
});
