/**
 * Reconciliation (P16): a scripted day of work — registrations, work lists, case pages,
 * single reads, refused reads — and then every personal-data read the responses show has
 * exactly one complete audit record, and no read was recorded that did not happen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const READ_ACTIONS = ['subject.read', 'subject.bsn.read', 'contribution.read', 'contribution.take_along', 'case.list_title'];

interface CasePage {
  id: string;
  subjects: { id: string; bsn?: string | null }[];
  contributions: { id: string }[];
}

describe('audit reconciliation over a day of work (reliability)', () => {
  it('every personal-data read has exactly one complete audit record', async () => {
    const expected: string[] = [];
    const key = (user: string, action: string, caseId: string, target: string | null): string => `${user}|${action}|${caseId}|${target ?? '-'}`;
    const users = {
      rn: { cookie: await s.login('reclassering-nederland@noord-limburg'), id: s.userId('reclassering-nederland@noord-limburg') },
      pd: { cookie: await s.login('procesregisseur@noord-limburg'), id: s.userId('procesregisseur@noord-limburg') },
      pol: { cookie: await s.login('politie-limburg@noord-limburg'), id: s.userId('politie-limburg@noord-limburg') },
      adm: { cookie: await s.login('beheerder@noord-limburg'), id: s.userId('beheerder@noord-limburg') },
    };
    const since = s.deps.now();

    const cases: { id: string; registrationId: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await s.request('POST', '/api/cases', users.rn.cookie, {
        tableId: 'rto-complexe-casuistiek',
        subjects: [
          { name: `Ouder ${i}`, bsn: i % 2 === 0 ? '111222333' : undefined, relation: 'ouder' },
          { name: `Kind ${i}`, relation: 'kind' },
        ].map((x) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined))),
        complexCriteria: ['multi_problem'],
        processDirectorId: users.pd.id,
        registration: { content: `Aanmelding ${i}`, basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      cases.push(res.json());
      s.advance(60_000);
    }

    // Work lists: a title shown is a read of the subject's name.
    for (const u of [users.rn, users.pd, users.pol]) {
      const list = await s.request('GET', '/api/cases', u.cookie);
      expect(list.statusCode).toBe(200);
      for (const item of list.json<{ id: string; title: string | null }[]>()) {
        if (item.title === null) continue;
        // The title is the first subject's name, and its record names that subject (M9).
        const first = await s.deps.database.db.selectFrom('subjects').select('id').where('case_id', '=', item.id).orderBy('created_at').limit(1).executeTakeFirstOrThrow();
        expected.push(key(u.id, 'case.list_title', item.id, first.id));
      }
    }

    // Case pages, opened by the process director and the registrant, some twice.
    for (const [n, c] of cases.entries()) {
      for (const u of n % 2 === 0 ? [users.pd, users.rn, users.pd] : [users.pd]) {
        const res = await s.request('GET', `/api/cases/${c.id}`, u.cookie);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json<CasePage>();
        for (const subject of page.subjects) {
          expected.push(key(u.id, 'subject.read', c.id, subject.id));
          if (subject.bsn !== undefined && subject.bsn !== null) expected.push(key(u.id, 'subject.bsn.read', c.id, subject.id));
        }
        for (const contribution of page.contributions) expected.push(key(u.id, 'contribution.read', c.id, contribution.id));
        s.advance(30_000);
      }
      // A single read of the registration, and refused ones that are no reads.
      const one = await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=screening`, users.rn.cookie);
      expect(one.statusCode, one.body).toBe(200);
      expected.push(key(users.rn.id, 'contribution.read', c.id, c.registrationId));
      expect((await s.request('GET', `/api/cases/${c.id}/contributions/${c.registrationId}?purpose=rto`, users.rn.cookie)).statusCode).toBe(403);
      expect((await s.request('GET', `/api/cases/${c.id}`, users.pol.cookie)).statusCode).toBe(404);
      expect((await s.request('GET', `/api/cases/${c.id}`, users.adm.cookie)).statusCode).toBe(404);
    }

    const records = await s.deps.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('at', '>=', since)
      .where('outcome', '=', 'allow')
      .where('action', 'in', READ_ACTIONS)
      .execute();
    const recorded = records.map((r) => key(r.user_id ?? '?', r.action, r.case_id ?? '?', r.action.startsWith('contribution.') ? r.contribution_id : r.subject_id));
    expect([...recorded].sort()).toEqual([...expected].sort());

    for (const r of records) {
      expect(r.user_id).not.toBeNull();
      expect(r.partner_id).not.toBeNull();
      expect(r.role).not.toBeNull();
      expect(r.collaboration_id).not.toBeNull();
      expect(r.case_id).not.toBeNull();
      expect(r.purpose).not.toBeNull();
      expect(r.access_point).toBe('api');
      if (r.action.startsWith('contribution.')) {
        expect(r.contribution_id).not.toBeNull();
        expect(r.legal_basis_kind).not.toBeNull();
      }
      if (r.action.startsWith('subject.')) expect(r.subject_id).not.toBeNull();
    }
    await sealAudit(s.deps.database.db);
    expect(await verifyAudit(s.deps.database.db)).toMatchObject({ ok: true, unsealed: 0 });
    console.log(`reconciliation: ${expected.length} personal-data reads, ${records.length} audit records, each read recorded once`);
  });
});
