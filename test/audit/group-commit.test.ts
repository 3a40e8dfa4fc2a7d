/**
 * Issue 19 item 3 (audit throughput): reads' audit records are group-committed — many requests
 * share one commit — and the sharing gives up neither durability nor fail-closed auditing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupCommitter } from '../../src/audit/group-commit.js';
import type { AuditRecord } from '../../src/audit/audit-record.js';
import { systemContext } from '../../src/store/acting-context.js';
import type { AppDatabase } from '../../src/store/database.js';
import { openTestDatabase } from '../support/db.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const record = (i: number): AuditRecord => ({
  userId: null,
  partnerId: null,
  role: 'system',
  collaborationId: null,
  action: `bench.read.${i}`,
  accessPoint: 'api',
  outcome: 'allow',
});

const countActions = (database: AppDatabase, prefix: string): Promise<number> =>
  database.withTransaction(systemContext(), async (trx) => (await trx.selectFrom('audit_log').select('id').where('action', 'like', `${prefix}%`).execute()).length);

describe('issue 19 audit group commit', () => {
  it('P16 group commit: 200 concurrent appends all commit, in far fewer commits than appends', async () => {
    const group = groupCommitter(s.deps.database);
    await Promise.all(Array.from({ length: 200 }, (_, i) => group.append([record(i)])));
    expect(await countActions(s.deps.database, 'bench.read.')).toBe(200);
    const { flushes, records } = group.stats();
    expect(records).toBe(200);
    expect(flushes).toBeLessThan(50);
  });

  it('P16 fail closed: when the shared commit fails, every waiter in it is refused and nothing of it is stored', async () => {
    // A database that fails every statement: one whose connection is closed.
    const failing = await openTestDatabase();
    await failing.close();
    const group = groupCommitter(failing);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => group.append([{ ...record(i), action: `lost.read.${i}` }])));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(await countActions(s.deps.database, 'lost.read.')).toBe(0);
  });

  it('P16 fail closed: a contribution read whose audit record cannot be committed returns no content', async () => {
    const rn = await s.login('reclassering-nederland@noord-limburg');
    const created = (
      await s.request('POST', '/api/cases', rn, {
        tableId: 'rto-complexe-casuistiek',
        subjects: [{ name: 'Wim Groepscommit', birthDate: '1980-04-02', address: 'Markt 1, Venlo' }],
        complexCriteria: ['multi_problem', 'multiple_chains'],
        lifeDomains: ['housing', 'income_debts'],
        registration: { content: 'Inhoud die alleen met een logregel naar buiten mag.', basis: { kind: 'public_task', law: 'Reclasseringsregeling 1995' } },
      })
    ).json<{ id: string; registrationId: string }>();
    const url = `/api/cases/${created.id}/contributions/${created.registrationId}?purpose=screening`;
    expect((await s.request('GET', url, rn)).body).toContain('Inhoud die alleen');
    const audit = s.deps.audit;
    const original = audit.appendCommitted.bind(audit);
    audit.appendCommitted = () => Promise.reject(new Error('disk full'));
    try {
      const res = await s.request('GET', url, rn);
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('Inhoud die alleen');
      const page = await s.request('GET', `/api/cases/${created.id}`, rn);
      expect(page.statusCode).toBe(500);
      expect(page.body).not.toContain('Wim Groepscommit');
    } finally {
      audit.appendCommitted = original;
    }
  });
});
