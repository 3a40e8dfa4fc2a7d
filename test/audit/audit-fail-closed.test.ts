import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.js';
import type { AuditRecord } from '../../src/audit/audit-record.js';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';
import { actingAs, seedWorld } from '../store/seed.js';
import type { World } from '../store/seed.js';
import { recordFor, resetAudit } from './audit-helpers.js';

describe(`access log in the caller's transaction on ${ENGINE_NAME}`, () => {
  let database: TestDatabase;
  let world: World;
  beforeAll(async () => {
    database = await openTestDatabase();
    world = await seedWorld(database);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await resetAudit(database);
    await database.db.updateTable('contributions').set({ special: false }).execute();
  });

  async function special(): Promise<boolean> {
    const row = await database.db.selectFrom('contributions').select('special').where('id', '=', world.a.contributionId).executeTakeFirstOrThrow();
    return row.special;
  }

  async function markSpecial(record: AuditRecord): Promise<void> {
    const ctx = actingAs(world.involvedA);
    await database.withTransaction(ctx, async (trx) => {
      const result = await trx.updateTable('contributions').set({ special: true }).where('id', '=', world.a.contributionId).executeTakeFirst();
      expect(result.numUpdatedRows).toBe(1n);
      await appendAudit(trx, record);
    });
  }

  it('fails closed: an audit insert that violates a constraint rolls back the business write', async () => {
    const ctx = actingAs(world.involvedA);
    const invalid = { ...recordFor(ctx), outcome: 'maybe' } as unknown as AuditRecord;
    await expect(markSpecial(invalid)).rejects.toThrow(/check constraint/);
    expect(await special()).toBe(false);
    // An audit record for another collaboration is refused by Row-Level Security: same outcome.
    await expect(markSpecial(recordFor(ctx, { collaborationId: world.b.id }))).rejects.toThrow(/row-level security/);
    expect(await special()).toBe(false);
    expect(await database.db.selectFrom('audit_log').select('id').execute()).toEqual([]);

    await markSpecial(recordFor(ctx, { action: 'contribution.restrict', contributionId: world.a.contributionId }));
    expect(await special()).toBe(true);
    const rows = await database.db.selectFrom('audit_log').select(['action', 'contribution_id']).execute();
    expect(rows).toEqual([{ action: 'contribution.restrict', contribution_id: world.a.contributionId }]);
  });

  it('a business write that fails leaves no audit record of success behind', async () => {
    const ctx = actingAs(world.involvedA);
    await expect(
      database.withTransaction(ctx, async (trx) => {
        await trx.updateTable('contributions').set({ special: true }).where('id', '=', world.a.contributionId).execute();
        await appendAudit(trx, recordFor(ctx, { action: 'contribution.restrict' }));
        throw new Error('the service found a conflict');
      }),
    ).rejects.toThrow('the service found a conflict');
    expect(await special()).toBe(false);
    expect(await database.db.selectFrom('audit_log').select('id').execute()).toEqual([]);
  });

  it('two concurrent appenders and concurrent sealers: the chain is valid and complete', async () => {
    const perAppender = 40;
    const appender = async (user: typeof world.involvedA, tag: string) => {
      const ctx = actingAs(user);
      for (let i = 0; i < perAppender; i++) {
        await database.withTransaction(ctx, async (trx) => {
          await appendAudit(trx, recordFor(ctx, { rule: `${tag}-${i}` }));
          if (i % 3 === 0) await appendAudit(trx, recordFor(ctx, { rule: `${tag}-${i}-extra`, outcome: 'deny' }));
        });
      }
    };
    let appending = true;
    const sealer = async () => {
      let sealed = 0;
      while (appending) sealed += (await sealAudit(database.db, { batchSize: 7 })).sealed;
      return sealed;
    };
    const sealers = [sealer(), sealer()];
    await Promise.all([appender(world.involvedA, 'a'), appender(world.directorB, 'b')]);
    appending = false;
    const sealedDuring = (await Promise.all(sealers)).reduce((sum, n) => sum + n, 0);
    const sealedAfter = (await sealAudit(database.db, { batchSize: 7 })).sealed;

    const expected = 2 * (perAppender + Math.ceil(perAppender / 3));
    expect(sealedDuring + sealedAfter).toBe(expected);
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: expected, unsealed: 0 });
    const rules = await database.db.selectFrom('audit_log').select('rule').execute();
    expect(new Set(rules.map((row) => row.rule)).size).toBe(expected);
  });
});
