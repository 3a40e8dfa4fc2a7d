/**
 * The fast path of verification: the database recomputes every sealed record's hash and checks
 * every link in one statement, so the records need not travel to the application. It builds the
 * same canonical form as `canonicalAuditJson` (sorted keys, JSON string escaping by `to_json`,
 * times as ISO-8601 UTC with milliseconds). It only answers "all intact" or "look here": the
 * application's walk (`verifyAudit`) stays the authority that classifies a break.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export interface DatabaseChainCheck {
  /** Sealed records. */
  readonly count: number;
  /** The id and hash of the last sealed record (null without records). */
  readonly lastId: number | null;
  readonly lastHash: Buffer | null;
  /** The first chain position whose record does not hold up in the database's check; null: none. */
  readonly firstSuspect: number | null;
}

/** A text column as JSON: a string literal, or `null`. */
const json = (column: string) => sql`coalesce(to_json(${sql.ref(column)})::text, 'null')`;
/**
 * A uuid column as JSON: its text form never needs escaping, so quoting it is exact and much
 * cheaper than to_json (seven of the thirteen fields).
 */
const uuid = (column: string) => sql`coalesce('"' || ${sql.ref(column)}::text || '"', 'null')`;

const CANONICAL = sql.join(
  [
    sql`'{"access_point":'`,
    json('access_point'),
    sql`',"action":'`,
    json('action'),
    sql`',"at":"' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","case_id":'`,
    uuid('case_id'),
    sql`',"collaboration_id":'`,
    uuid('collaboration_id'),
    sql`',"contribution_id":'`,
    uuid('contribution_id'),
    sql`',"id":"' || id::text || '","legal_basis_kind":'`,
    json('legal_basis_kind'),
    // Present only when set (migration 160), in its sorted place.
    sql`coalesce(',"meeting_id":"' || meeting_id::text || '"', '')`,
    sql`',"on_behalf_of_partner_id":'`,
    uuid('on_behalf_of_partner_id'),
    // Present only when set (migration 305), in its sorted place.
    sql`coalesce(',"on_behalf_of_user_id":"' || on_behalf_of_user_id::text || '"', '')`,
    sql`',"outcome":'`,
    json('outcome'),
    sql`',"partner_id":'`,
    uuid('partner_id'),
    sql`',"purpose":'`,
    json('purpose'),
    sql`',"role":'`,
    json('role'),
    sql`',"rule":'`,
    json('rule'),
    sql`',"subject_id":'`,
    uuid('subject_id'),
    // Present only when set (migration 052), exactly as canonicalAuditJson writes them.
    sql`coalesce(',"target_role":' || to_json(target_role)::text, '')`,
    sql`coalesce(',"target_user_id":"' || target_user_id::text || '"', '')`,
    sql`',"user_id":'`,
    uuid('user_id'),
    sql`'}'`,
  ],
  sql` || `,
);

/**
 * The whole chain intact? Aggregates only — every record's hash recomputed in one scan that
 * PostgreSQL may split over parallel workers, every link checked by joining each record to its
 * successor, contiguity from count, min and max — with the last record found through the index.
 * Only when this finds something does `locateFirstSuspect` (a window over the chain in order)
 * name the position.
 */
export async function checkChainInDatabase(db: Kysely<Database>): Promise<DatabaseChainCheck> {
  // Inside the caller's transaction when there is one (the HTTP service verifies in its own).
  const check = async (trx: Kysely<Database>) => {
    // Large hash joins and sorts in memory rather than in temporary files (this transaction only).
    await sql`set local work_mem = '256MB'`.execute(trx);
    const result = await sql<{ count: string; min_seq: string | null; max_seq: string | null; bad_hashes: string; bad_links: string; first_ok: boolean | null }>`
      select s.count::text, s.min_seq::text, s.max_seq::text, s.bad_hashes::text,
             (select count(*) from audit_log a join audit_log b on b.seal_seq = a.seal_seq + 1
               where b.prev_hash is distinct from a.hash)::text as bad_links,
             (select prev_hash = decode(repeat('00', 32), 'hex') from audit_log where seal_seq = 1) as first_ok
        from (select count(*) as count, min(seal_seq) as min_seq, max(seal_seq) as max_seq,
                     count(*) filter (where hash is distinct from sha256(prev_hash || convert_to(${CANONICAL}, 'UTF8'))) as bad_hashes
                from audit_log where seal_seq is not null) s`.execute(trx);
    return result.rows[0];
  };
  const fast = db.isTransaction ? await check(db) : await db.transaction().execute(check);
  const count = Number(fast?.count ?? 0);
  const intact =
    fast !== undefined &&
    Number(fast.bad_hashes) === 0 &&
    Number(fast.bad_links) === 0 &&
    (count === 0 || (Number(fast.min_seq) === 1 && Number(fast.max_seq) === count && fast.first_ok === true));
  if (!intact) return locateFirstSuspect(db);
  const last = await db.selectFrom('audit_log').select(['id', 'hash']).where('seal_seq', 'is not', null).orderBy('seal_seq', 'desc').limit(1).executeTakeFirst();
  return { count, lastId: last === undefined ? null : Number(last.id), lastHash: last?.hash ?? null, firstSuspect: null };
}

/** The first chain position that does not hold up, by a window over the chain in sealing order. */
async function locateFirstSuspect(db: Kysely<Database>): Promise<DatabaseChainCheck> {
  const result = await sql<{ count: string; last_id: string | null; last_hash: Buffer | null; first_suspect: string | null }>`
    with chain as (
      select id, seal_seq, hash, prev_hash,
             row_number() over (order by seal_seq) as pos,
             lag(hash) over (order by seal_seq) as before,
             hash = sha256(prev_hash || convert_to(${CANONICAL}, 'UTF8')) as intact
        from audit_log
       where seal_seq is not null
    )
    select count(*)::text as count,
           (select id::text from chain order by pos desc limit 1) as last_id,
           (select hash from chain order by pos desc limit 1) as last_hash,
           min(pos) filter (
             where seal_seq <> pos
                or intact is not true
                or prev_hash <> coalesce(before, decode(repeat('00', 32), 'hex'))
           )::text as first_suspect
      from chain`.execute(db);
  const row = result.rows[0];
  return {
    count: Number(row?.count ?? 0),
    lastId: row?.last_id === null || row?.last_id === undefined ? null : Number(row.last_id),
    lastHash: row?.last_hash ?? null,
    firstSuspect: row?.first_suspect === null || row?.first_suspect === undefined ? null : Number(row.first_suspect),
  };
}
