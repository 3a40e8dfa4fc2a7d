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

const CANONICAL = sql.join(
  [
    sql`'{"access_point":'`,
    json('access_point'),
    sql`',"action":'`,
    json('action'),
    sql`',"at":"' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","case_id":'`,
    json('case_id'),
    sql`',"collaboration_id":'`,
    json('collaboration_id'),
    sql`',"contribution_id":'`,
    json('contribution_id'),
    sql`',"id":"' || id::text || '","legal_basis_kind":'`,
    json('legal_basis_kind'),
    sql`',"on_behalf_of_partner_id":'`,
    json('on_behalf_of_partner_id'),
    sql`',"outcome":'`,
    json('outcome'),
    sql`',"partner_id":'`,
    json('partner_id'),
    sql`',"purpose":'`,
    json('purpose'),
    sql`',"role":'`,
    json('role'),
    sql`',"rule":'`,
    json('rule'),
    sql`',"subject_id":'`,
    json('subject_id'),
    sql`',"user_id":'`,
    json('user_id'),
    sql`'}'`,
  ],
  sql` || `,
);

export async function checkChainInDatabase(db: Kysely<Database>): Promise<DatabaseChainCheck> {
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
