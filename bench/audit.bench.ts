/**
 * The access log: durable appends followed by sealing them into the hash chain, two ways side
 * by side in one run — group-committed as reads append them (`audit_append_per_s`: 64 requests
 * in flight, each waiting until its record is committed) and each in its own committed
 * transaction acting as a user (`audit_append_single_per_s`, eight in flight); then a full
 * verification of the chain. Rates count records per second of wall time.
 */
import { verifyAudit, walkChain } from '../src/audit/verify.js';
import { appendAudit } from '../src/audit/append.js';
import { groupCommitter } from '../src/audit/group-commit.js';
import { sealAudit } from '../src/audit/seal.js';
import type { ServerHandle } from '../src/server.js';
import { openBenchDatabase } from './support/bench-database.js';
import { noordLimburg, startBenchServer, userId } from './support/bench-server.js';
import { msSince } from './support/stats.js';

export interface AuditResult {
  readonly audit_append_per_s: number;
  readonly audit_append_single_per_s: number;
  /** Records per commit in the group-commit run. */
  readonly audit_group_size: number;
  readonly audit_verify_per_s: number;
  /** The application's record-by-record walk alone (what verification falls back to on a break), same records. */
  readonly audit_verify_walk_per_s: number;
  readonly audit_records: number;
}

export async function runAuditBench(usePostgres: boolean, records: number): Promise<AuditResult> {
  const bench = await openBenchDatabase(usePostgres, 10);
  let handle: ServerHandle | null = null;
  try {
    handle = await startBenchServer(bench.database);
    const s = noordLimburg(handle);
    const user = userId(s, 'procesregisseur@noord-limburg');
    const partnerId = s.installed.partners.values().next().value;
    if (partnerId === undefined) throw new Error('no partner');
    const ctx = { collaborationId: s.installed.id, partnerId, userId: user, role: 'process_director' as const };
    const db = bench.database;
    const entry = (i: number) => ({
      at: new Date(),
      userId: user,
      partnerId,
      role: 'process_director',
      collaborationId: s.installed.id,
      action: 'contribution.read',
      purpose: 'rto' as const,
      legalBasisKind: 'public_task' as const,
      accessPoint: 'api' as const,
      outcome: i % 10 === 0 ? ('deny' as const) : ('allow' as const),
      rule: i % 10 === 0 ? 'P3' : null,
    });
    const single = Math.max(500, Math.floor(records / 4));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < single) {
        const i = next++;
        await db.withTransaction(ctx, (trx) => appendAudit(trx, entry(i)));
      }
    };
    await sealAudit(db.db);
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: 8 }, worker));
    await sealAudit(db.db, { batchSize: 1000 });
    const singleMs = msSince(t0);

    const group = groupCommitter(db);
    let nextGroup = 0;
    const requester = async (): Promise<void> => {
      while (nextGroup < records) await group.append([entry(nextGroup++)]);
    };
    const tg = process.hrtime.bigint();
    await Promise.all(Array.from({ length: 64 }, requester));
    await sealAudit(db.db, { batchSize: 1000 });
    const appendMs = msSince(tg);
    const t1 = process.hrtime.bigint();
    const verified = await verifyAudit(db.db, { pageSize: 5000 });
    const verifyMs = msSince(t1);
    if (!verified.ok) throw new Error(`audit chain broken: ${JSON.stringify(verified)}`);
    const t2 = process.hrtime.bigint();
    const walked = await walkChain(db.db, 5000);
    const walkMs = msSince(t2);
    if (!walked.ok) throw new Error(`audit chain broken in the walk: ${JSON.stringify(walked)}`);
    return {
      audit_append_per_s: Math.round(records / (appendMs / 1000)),
      audit_append_single_per_s: Math.round(single / (singleMs / 1000)),
      audit_group_size: Math.round((group.stats().records / Math.max(1, group.stats().flushes)) * 10) / 10,
      audit_verify_per_s: Math.round(verified.count / (verifyMs / 1000)),
      audit_verify_walk_per_s: Math.round(walked.count / (walkMs / 1000)),
      audit_records: verified.count,
    };
  } finally {
    if (handle !== null) await handle.close();
    await bench.close().catch(() => undefined);
  }
}

