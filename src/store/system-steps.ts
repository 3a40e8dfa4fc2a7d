/**
 * The steps a user's transaction takes beyond its own Row-Level Security, each one a SECURITY
 * DEFINER function of migration 240 (ADR 0113, finding M5). Each runs inside the caller's
 * transaction, reads the acting context from its settings, checks it and its own preconditions,
 * and gives the context back: the caller never switches to casustafel_system, so the request login
 * need not be a member of it.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Trx = Kysely<Database>;

/** Re-opening: the case's de-escalation decision gets the new dates (the case records the re-opening at `at`). */
export async function reopenDeescalation(trx: Trx, caseId: string, at: Date, archiveDueAt: Date, deleteDueAt: Date): Promise<number> {
  const r = await sql<{ n: number }>`select casustafel_reopen_deescalation(${caseId}::uuid, ${at}::timestamptz, ${archiveDueAt}::timestamptz, ${deleteDueAt}::timestamptz) as n`.execute(trx);
  return Number(r.rows[0]?.n ?? 0);
}

/** Moving a session: its planned case discussions move to the session's (already written) moment. */
export async function moveSessionMeetings(trx: Trx, sessionId: string, at: Date, now: Date): Promise<number> {
  const r = await sql<{ n: number }>`select casustafel_move_session_meetings(${sessionId}::uuid, ${at}::timestamptz, ${now}::timestamptz) as n`.execute(trx);
  return Number(r.rows[0]?.n ?? 0);
}

/** Taking an item off: cancels its case discussion unless held; gives the status it had. */
export async function cancelSessionMeeting(trx: Trx, sessionId: string, meetingId: string, now: Date): Promise<string | null> {
  const r = await sql<{ status: string | null }>`select casustafel_cancel_session_meeting(${sessionId}::uuid, ${meetingId}::uuid, ${now}::timestamptz) as status`.execute(trx);
  return r.rows[0]?.status ?? null;
}

/** Which group and theme items a session has: kind and position only. */
export async function sessionTopicSkeleton(trx: Trx, sessionId: string): Promise<{ id: string; kind: 'group' | 'theme'; position: number }[]> {
  const r = await sql<{ id: string; kind: 'group' | 'theme'; position: number }>`select id, kind, "position" from casustafel_session_topic_skeleton(${sessionId}::uuid)`.execute(trx);
  return r.rows.map((row) => ({ id: row.id, kind: row.kind, position: Number(row.position) }));
}

/** The presence lookup: every collaboration with its stored configuration. */
export async function presenceCollaborations(trx: Trx): Promise<{ id: string; name: string; config: unknown }[]> {
  const r = await sql<{ id: string; name: string; config: unknown }>`select id, name, config from casustafel_presence_collaborations()`.execute(trx);
  return r.rows;
}

export interface PresenceCandidateRow {
  readonly collaboration_id: string;
  readonly case_id: string;
  readonly phase: string;
  readonly picked_up_at: string | null;
  readonly director_name: string;
  readonly director_email: string | null;
}

/** The presence lookup: live or archived cases with a subject of the given keyed hash, one hash per collaboration. */
export async function presenceCandidates(trx: Trx, by: 'bsn' | 'name_birth', probes: readonly { collaborationId: string; hash: Buffer }[]): Promise<PresenceCandidateRow[]> {
  const ids = probes.map((p) => p.collaborationId);
  const hashes = probes.map((p) => p.hash);
  const r = await sql<PresenceCandidateRow>`select * from casustafel_presence_candidates(${by}, ${ids}::uuid[], ${hashes}::bytea[])`.execute(trx);
  return r.rows;
}

export interface PresenceDisclosure {
  readonly at: Date;
  readonly collaborationId: string;
  readonly caseId: string;
  readonly onBehalfOfPartnerId: string | null;
  readonly purpose: string | null;
  readonly legalBasisKind: string | null;
  readonly accessPoint: string;
}

/** The disclosure's record in the other collaboration's log, as the acting user. */
export async function appendPresenceDisclosure(trx: Trx, d: PresenceDisclosure): Promise<void> {
  await sql`select casustafel_append_presence_disclosure(${d.at}::timestamptz, ${d.collaborationId}::uuid, ${d.caseId}::uuid, ${d.onBehalfOfPartnerId}::uuid, ${d.purpose}, ${d.legalBasisKind}, ${d.accessPoint})`.execute(trx);
}

export interface SessionMinutesRow {
  readonly meeting_id: string;
  readonly case_id: string;
  readonly case_number: string;
  readonly position: number;
  readonly item_reason: string;
  readonly status: string;
  readonly scheduled_at: Date;
  readonly held_at: Date | null;
  readonly record_enc: Buffer | null;
  readonly key_id: string | null;
  readonly wrapped_key: Buffer | null;
}

/**
 * The minutes of a session for the designated functionary of a receiving table (ADR 0129): per item
 * the case number, status and dates, the sealed record and the case key still wrapped, nothing else.
 * Refused in the database (42501) for anyone else.
 */
export async function sessionMinutes(trx: Trx, sessionId: string): Promise<SessionMinutesRow[]> {
  const r = await sql<SessionMinutesRow>`select * from casustafel_session_minutes(${sessionId}::uuid)`.execute(trx);
  return r.rows.map((row) => ({
    ...row,
    position: Number(row.position),
    scheduled_at: new Date(row.scheduled_at),
    held_at: row.held_at === null ? null : new Date(row.held_at),
    record_enc: row.record_enc === null ? null : Buffer.from(row.record_enc),
    wrapped_key: row.wrapped_key === null ? null : Buffer.from(row.wrapped_key),
  }));
}
