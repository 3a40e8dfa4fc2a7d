import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.js';
import { queryAudit } from '../../src/audit/query.js';
import type { AuditFilters } from '../../src/audit/query.js';
import { sealAudit } from '../../src/audit/seal.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';
import { actingAs, seedWorld } from '../store/seed.js';
import type { World } from '../store/seed.js';
import { recordFor } from './audit-helpers.js';

describe(`the privacy officer's audit query on ${ENGINE_NAME}`, () => {
  let database: TestDatabase;
  let world: World;
  const day = (n: number) => new Date(Date.UTC(2025, 2, n, 12));

  beforeAll(async () => {
    database = await openTestDatabase();
    world = await seedWorld(database);
    const involved = actingAs(world.involvedA);
    const director = actingAs(world.directorA);
    const other = actingAs(world.directorB);
    await database.withTransaction(involved, async (trx) => {
      for (let n = 1; n <= 5; n++) {
        await appendAudit(trx, recordFor(involved, { at: day(n), caseId: world.a.caseId, contributionId: world.a.contributionId }));
      }
      await appendAudit(trx, recordFor(involved, { at: day(6), caseId: world.a.caseId, outcome: 'deny', rule: 'P3_purpose_mismatch', purpose: 'statistics' }));
    });
    await database.withTransaction(director, (trx) => appendAudit(trx, recordFor(director, { at: day(7), action: 'case.register', caseId: world.a.caseId })));
    await database.withTransaction(other, (trx) => appendAudit(trx, recordFor(other, { at: day(3), caseId: world.b.caseId })));
    await sealAudit(database.db, { batchSize: 3, maxBatches: 1 });
  });
  afterAll(async () => {
    await database.close();
  });

  const asOfficer = (filters: AuditFilters) =>
    database.withTransaction(actingAs(world.privacyOfficerA), (trx) => queryAudit(trx, filters));

  it('sees its own collaboration only, newest first, with seal state', async () => {
    const page = await asOfficer({});
    expect(page.entries).toHaveLength(7);
    expect(page.entries.every((entry) => entry.collaborationId === world.a.id)).toBe(true);
    expect(page.entries.map((entry) => entry.at.getUTCDate())).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(page.entries.filter((entry) => entry.sealed)).toHaveLength(3);
    expect(page.nextBefore).toBeNull();
  });

  it('filters by user, case, outcome, action and time range', async () => {
    expect((await asOfficer({ userId: world.directorA.id })).entries.map((e) => e.action)).toEqual(['case.register']);
    expect((await asOfficer({ userId: world.directorB.id })).entries).toEqual([]);
    expect((await asOfficer({ caseId: world.b.caseId })).entries).toEqual([]);
    const denied = (await asOfficer({ outcome: 'deny' })).entries;
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ rule: 'P3_purpose_mismatch', purpose: 'statistics', userId: world.involvedA.id, role: 'professional' });
    expect((await asOfficer({ action: 'case.register' })).entries).toHaveLength(1);
    const range = await asOfficer({ from: day(2), to: day(5), caseId: world.a.caseId });
    expect(range.entries.map((e) => e.at.getUTCDate())).toEqual([4, 3, 2]);
  });

  it('pages without gaps or repeats', async () => {
    const seen: number[] = [];
    let before: number | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await asOfficer(before === undefined ? { limit: 3 } : { limit: 3, before });
      seen.push(...page.entries.map((e) => e.id));
      if (page.nextBefore === null) break;
      before = page.nextBefore;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort((x, y) => y - x)).toEqual(seen);
  });

  it('other roles read nothing of the log', async () => {
    for (const user of [world.involvedA, world.directorA, world.statisticianA]) {
      const page = await database.withTransaction(actingAs(user), (trx) => queryAudit(trx, {}));
      expect(page.entries).toEqual([]);
    }
  });
});
