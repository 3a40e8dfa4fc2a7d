/**
 * The sealer: chains committed, unsealed records in id order, a batch per transaction, under an
 * advisory lock so that only one sealer extends the chain at a time. Chain order is the order of
 * sealing (`seal_seq`), not of ids: a record whose transaction commits late is sealed in a later
 * batch rather than breaking the chain.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { chainHash, GENESIS_HASH } from './chain-hash.js';

/** Arbitrary but fixed: serialises sealers of one database. */
const AUDIT_SEAL_LOCK_KEY = 7_361_042_016;

export interface SealOptions {
  /** Records per transaction (default 500). */
  readonly batchSize?: number;
  /** Stop after this many batches (default: until nothing is left). */
  readonly maxBatches?: number;
}

export interface SealResult {
  readonly sealed: number;
  readonly batches: number;
}

/** Runs on the owner connection in the system context; the application role cannot seal. */
export async function sealAudit(db: Kysely<Database>, options: SealOptions = {}): Promise<SealResult> {
  const batchSize = options.batchSize ?? 500;
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  let sealed = 0;
  let batches = 0;
  while (batches < maxBatches) {
    const count = await sealBatch(db, batchSize);
    if (count === 0) break;
    sealed += count;
    batches += 1;
    if (count < batchSize) break;
  }
  return { sealed, batches };
}

async function sealBatch(db: Kysely<Database>, batchSize: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.role', 'system', true)`.execute(trx);
    await sql`select pg_advisory_xact_lock(${AUDIT_SEAL_LOCK_KEY}::bigint)`.execute(trx);
    const head = await trx.selectFrom('audit_chain_head').select(['seal_seq', 'hash']).executeTakeFirst();
    const rows = await trx
      .selectFrom('audit_log')
      .selectAll()
      .where('seal_seq', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return 0;

    let seq = head === undefined ? 0 : Number(head.seal_seq);
    let prev = head === undefined ? GENESIS_HASH : head.hash;
    const ids: string[] = [];
    const seqs: string[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      seq += 1;
      const hash = chainHash(prev, row);
      ids.push(String(row.id));
      seqs.push(String(seq));
      prevs.push(prev.toString('hex'));
      hashes.push(hash.toString('hex'));
      prev = hash;
    }
    const now = new Date();
    await sql`
      update audit_log as a
      set seal_seq = v.seq, prev_hash = decode(v.prev, 'hex'), hash = decode(v.hash, 'hex'), sealed_at = ${now}
      from unnest(${ids}::bigint[], ${seqs}::bigint[], ${prevs}::text[], ${hashes}::text[]) as v(id, seq, prev, hash)
      where a.id = v.id and a.seal_seq is null`.execute(trx);
    await trx
      .insertInto('audit_chain_head')
      .values({ singleton: true, seal_seq: String(seq), hash: prev, sealed_at: now })
      .onConflict((oc) => oc.column('singleton').doUpdateSet({ seal_seq: String(seq), hash: prev, sealed_at: now }))
      .execute();
    return rows.length;
  });
}
