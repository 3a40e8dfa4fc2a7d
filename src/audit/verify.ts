/**
 * Walks the sealed chain in `seal_seq` order and reports the first place it no longer holds:
 * - `changed`: a record's recorded fields (or its stored hashes) were edited;
 * - `missing`: a record is gone (a gap in the sequence, or a link to a hash that no longer exists);
 * - `reordered`: an intact record sits at another place in the chain than where it was sealed;
 * - `truncated`: records were cut off the end (the chain head says there were more);
 * - `head_mismatch`: the chain head does not match the last record.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { chainHash, GENESIS_HASH } from './chain-hash.js';
import type { AuditRow } from './chain-hash.js';
import { checkChainInDatabase } from './verify-in-database.js';

export type AuditProblem = 'changed' | 'missing' | 'reordered' | 'truncated' | 'head_mismatch';

export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly unsealed: number }
  | {
      readonly ok: false;
      /** The id of the record where the chain broke; null when the break is past the last record. */
      readonly at: number | null;
      /** The chain position (seal_seq) that was expected there. */
      readonly position: number;
      readonly problem: AuditProblem;
    };

export interface VerifyOptions {
  readonly pageSize?: number;
}

/**
 * Runs on the owner connection (or a system-context transaction): it must see every record.
 * The database checks the whole chain first; only when it finds something does the application
 * walk the records to name the first break and what kind it is.
 */
export async function verifyAudit(db: Kysely<Database>, options: VerifyOptions = {}): Promise<AuditVerification> {
  const fast = await checkChainInDatabase(db);
  if (fast.firstSuspect === null) return checkHead(db, fast.count, fast.lastHash ?? GENESIS_HASH, fast.lastId);
  return walkChain(db, options.pageSize ?? 1000);
}

/** The record-by-record walk: recomputes each hash in the application and classifies the first break. */
export async function walkChain(db: Kysely<Database>, pageSize = 1000): Promise<AuditVerification> {
  let expected = 1;
  let prev: Buffer = GENESIS_HASH;
  let lastId: number | null = null;

  for (;;) {
    const rows: AuditRow[] = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seal_seq', '>=', String(expected))
      .orderBy('seal_seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const id = Number(row.id);
      const broken = await checkRow(db, row, expected, prev);
      if (broken !== null) return { ok: false, at: id, position: expected, problem: broken };
      prev = row.hash ?? GENESIS_HASH;
      lastId = id;
      expected += 1;
    }
    if (rows.length < pageSize) break;
  }
  return checkHead(db, expected - 1, prev, lastId);
}

/** The chain head must name the last record; then count what is not sealed yet. */
async function checkHead(db: Kysely<Database>, count: number, last: Buffer, lastId: number | null): Promise<AuditVerification> {
  const head = await db.selectFrom('audit_chain_head').select(['seal_seq', 'hash']).executeTakeFirst();
  if (head === undefined) {
    if (count > 0) return { ok: false, at: lastId, position: count, problem: 'head_mismatch' };
  } else {
    const headSeq = Number(head.seal_seq);
    if (headSeq > count) return { ok: false, at: null, position: count + 1, problem: 'truncated' };
    if (headSeq !== count || !head.hash.equals(last)) {
      return { ok: false, at: lastId, position: count, problem: 'head_mismatch' };
    }
  }
  const unsealed = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('seal_seq', 'is', null)
    .executeTakeFirstOrThrow();
  return { ok: true, count, unsealed: Number(unsealed.n) };
}

async function checkRow(
  db: Kysely<Database>,
  row: AuditRow,
  expected: number,
  prev: Buffer,
): Promise<AuditProblem | null> {
  if (row.hash === null || row.prev_hash === null) return 'changed';
  if (Number(row.seal_seq) !== expected) return 'missing';
  const intact = chainHash(row.prev_hash, row).equals(row.hash);
  if (!intact) return 'changed';
  if (row.prev_hash.equals(prev)) return null;
  // An intact record linked to something else: to another record (moved) or to nothing (deleted).
  const predecessor = await db
    .selectFrom('audit_log')
    .select('id')
    .where('hash', '=', row.prev_hash)
    .executeTakeFirst();
  return predecessor === undefined && !row.prev_hash.equals(GENESIS_HASH) ? 'missing' : 'reordered';
}
