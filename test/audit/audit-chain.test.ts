import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.js';
import { sealAudit } from '../../src/audit/seal.js';
import fc from 'fast-check';
import { verifyAudit, walkChain } from '../../src/audit/verify.js';
import { checkChainInDatabase } from '../../src/audit/verify-in-database.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';
import { actingAs, seedWorld } from '../store/seed.js';
import type { World } from '../store/seed.js';
import { recordFor, resetAudit, tamper } from './audit-helpers.js';

describe(`hash-chained access log on ${ENGINE_NAME}`, () => {
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
  });

  async function appendRows(count: number): Promise<void> {
    const ctx = actingAs(world.involvedA);
    for (let i = 0; i < count; i++) {
      await database.withTransaction(ctx, (trx) =>
        appendAudit(trx, recordFor(ctx, { caseId: world.a.caseId, contributionId: world.a.contributionId, at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)) })),
      );
    }
  }

  it('appends unsealed, seals in batches, verifies, and continues the chain on the next run', async () => {
    await appendRows(25);
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: 0, unsealed: 25 });
    expect(await sealAudit(database.db, { batchSize: 10 })).toEqual({ sealed: 25, batches: 3 });
    expect(await verifyAudit(database.db, { pageSize: 7 })).toEqual({ ok: true, count: 25, unsealed: 0 });
    expect(await sealAudit(database.db)).toEqual({ sealed: 0, batches: 0 });

    await appendRows(3);
    expect(await sealAudit(database.db, { batchSize: 2, maxBatches: 1 })).toEqual({ sealed: 2, batches: 1 });
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: 27, unsealed: 1 });
    await sealAudit(database.db);
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: 28, unsealed: 0 });
    const row = await database.db.selectFrom('audit_log').selectAll().where('id', '=', '1').executeTakeFirstOrThrow();
    expect(row.at.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(row.case_id).toBe(world.a.caseId);
  });

  it('the database recomputes the same hashes as the application: quotes, backslashes, control characters, non-ASCII, nulls, odd milliseconds', async () => {
    const ctx = actingAs(world.involvedA);
    const texts = [
      'quote " and backslash \\ and slash /',
      'line\nbreak\ttab\rreturn\u0001\u001f\u007f',
      'éèë ĳ ß € 😀 中文 \u2028\u2029',
      ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 40 }).map((x) => x.replaceAll('\u0000', '')), 40),
    ];
    for (const [i, text] of texts.entries()) {
      await database.withTransaction(ctx, (trx) =>
        appendAudit(
          trx,
          recordFor(ctx, {
            rule: text,
            purpose: i % 3 === 0 ? null : 'rto',
            caseId: i % 2 === 0 ? world.a.caseId : null,
            at: new Date(Date.UTC(2025, 5, 1, 12, 0, i, (i * 37) % 1000)),
          }),
        ),
      );
    }
    await sealAudit(database.db, { batchSize: 7 });
    expect(await checkChainInDatabase(database.db)).toMatchObject({ count: texts.length, firstSuspect: null });
    expect(await walkChain(database.db)).toEqual({ ok: true, count: texts.length, unsealed: 0 });
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: texts.length, unsealed: 0 });
  });

  it('the database check points at the record the walk names for an edit, a deletion and a swap', async () => {
    await appendRows(12);
    await sealAudit(database.db);
    await tamper(database, `update audit_log set rule = 'P3' where id = 5`);
    expect((await checkChainInDatabase(database.db)).firstSuspect).toBe(5);
    await resetAudit(database);
    await appendRows(12);
    await sealAudit(database.db);
    await tamper(database, `delete from audit_log where id = 9`);
    expect((await checkChainInDatabase(database.db)).firstSuspect).toBe(9);
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, position: 9, problem: 'missing' });
  });

  it('detects an edited field at that row', async () => {
    await appendRows(10);
    await sealAudit(database.db);
    await tamper(database, `update audit_log set outcome = 'deny' where id = 7`);
    expect(await verifyAudit(database.db)).toEqual({ ok: false, at: 7, position: 7, problem: 'changed' });
  });

  it('detects an edited time and an edited stored hash', async () => {
    await appendRows(10);
    await sealAudit(database.db);
    await tamper(database, `update audit_log set at = at + interval '1 millisecond' where id = 3`);
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, at: 3, problem: 'changed' });
    await resetAudit(database);
    await appendRows(4);
    await sealAudit(database.db);
    await tamper(database, `update audit_log set prev_hash = decode(repeat('00', 32), 'hex') where id = 2`);
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, at: 2, problem: 'changed' });
  });

  it('detects a deleted row and says where', async () => {
    await appendRows(10);
    await sealAudit(database.db);
    await tamper(database, 'delete from audit_log where id = 7');
    expect(await verifyAudit(database.db)).toEqual({ ok: false, at: 8, position: 7, problem: 'missing' });
  });

  it('detects a deleted row whose successors were renumbered to hide the gap', async () => {
    await appendRows(6);
    await sealAudit(database.db);
    await tamper(database, 'delete from audit_log where id = 3; update audit_log set seal_seq = seal_seq - 1 where seal_seq > 3;');
    expect(await verifyAudit(database.db)).toEqual({ ok: false, at: 4, position: 3, problem: 'missing' });
  });

  it('detects rows cut off the end', async () => {
    await appendRows(5);
    await sealAudit(database.db);
    await tamper(database, 'delete from audit_log where id = 5');
    expect(await verifyAudit(database.db)).toEqual({ ok: false, at: null, position: 5, problem: 'truncated' });
  });

  it("detects two rows' content swapped", async () => {
    await appendRows(10);
    await sealAudit(database.db);
    await tamper(
      database,
      `update audit_log a set at = b.at, action = b.action, rule = b.rule
       from (select id, at, 'case.update' as action, 'P4_withdraw' as rule from audit_log) b
       where (a.id, b.id) in ((4, 9), (9, 4))`,
    );
    expect(await verifyAudit(database.db)).toEqual({ ok: false, at: 4, position: 4, problem: 'changed' });
  });

  it('detects two intact rows swapped in chain order', async () => {
    await appendRows(10);
    await sealAudit(database.db);
    await tamper(
      database,
      `update audit_log set seal_seq = -1 where id = 5;
       update audit_log set seal_seq = 5 where id = 6;
       update audit_log set seal_seq = 6 where id = 5;`,
    );
    expect(await verifyAudit(database.db)).toEqual({ ok: false, at: 6, position: 5, problem: 'reordered' });
  });

  it('is append-only for every role: no update, delete, truncate or second seal', async () => {
    await appendRows(3);
    await sealAudit(database.db);
    await expect(database.db.updateTable('audit_log').set({ outcome: 'deny' }).where('id', '=', '1').execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('audit_log').where('id', '=', '1').execute()).rejects.toThrow(/append-only/);
    await expect(database.db.updateTable('audit_log').set({ seal_seq: 99 }).where('id', '=', '1').execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    const ctx = actingAs(world.privacyOfficerA);
    await expect(database.withTransaction(ctx, (trx) => trx.deleteFrom('audit_log').execute())).rejects.toThrow(/permission denied/);
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: 3, unsealed: 0 });
  });
});
