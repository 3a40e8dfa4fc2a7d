/**
 * Shared by the session use-cases (ADR 0050): finding a session of the actor's collaboration,
 * the body it belongs to, who may plan, and the standing participants of a body.
 */
import type { Selectable, Transaction } from 'kysely';
import { findSessionBody } from '../../domain/sessions/cadence.js';
import { mayPlanSessions, SESSION_PLANNER_ONLY } from '../../domain/sessions/planner.js';
import type { SessionBody, SessionBodyKind } from '../../domain/sessions/cadence.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { applyActingContext, systemContext } from '../../store/acting-context.js';
import type { Database, MeetingSessionsTable } from '../../store/schema.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { actingContext, refuse } from '../access-gate.js';
import { AppError, notFound, validationFailed } from '../app-error.js';

export const SESSION = { nl: 'Overleg', en: 'Session' };
export type SessionRow = Selectable<MeetingSessionsTable>;

/** Sessions are planned and their agendas set by the process directors and their support (domain rule). */
export function requirePlanner(entry: AuditEntry, actor: SessionActor): void {
  if (mayPlanSessions(actor.role)) return;
  refuse({ ...entry, outcome: 'deny', rule: 'P2' }, { rule: 'P2', reason: 'session_planner_only', messages: SESSION_PLANNER_ONLY });
}

export async function requireSession(trx: Trx, actor: SessionActor, sessionId: string): Promise<SessionRow> {
  const row = await trx.selectFrom('meeting_sessions').selectAll().where('id', '=', sessionId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
  if (row === undefined) throw notFound(SESSION);
  return row;
}

export function requireBody(config: CollaborationConfig, kind: SessionBodyKind, id: string): SessionBody {
  const body = findSessionBody(config, kind, id);
  if (body === undefined) {
    throw validationFailed([{
      field: 'bodyId',
      message: `Overleg "${id}" heeft geen vaste frequentie in deze samenwerking (het komt per casus bijeen of bestaat niet) / "${id}" does not meet on a cadence in this collaboration`,
    }]);
  }
  return body;
}

/** The professionals of the body's standing partners: the session's invited standing participants. */
export async function standingParticipants(trx: Trx, collaborationId: string, partnerSlugs: readonly string[]): Promise<{ userId: string; partnerId: string }[]> {
  if (partnerSlugs.length === 0) return [];
  const rows = await trx
    .selectFrom('users')
    .innerJoin('partners', 'partners.id', 'users.partner_id')
    .select(['users.id', 'users.partner_id'])
    .where('users.collaboration_id', '=', collaborationId)
    .where('partners.slug', 'in', [...partnerSlugs])
    .where('users.role', '=', 'professional')
    .where('users.active', '=', true)
    .orderBy('users.username')
    .execute();
  return rows.map((r) => ({ userId: r.id, partnerId: r.partner_id }));
}

/** The time a planned slot is held: 09:00 in the Netherlands in winter time. */
export function slotTime(date: string): Date {
  return new Date(`${date}T08:00:00Z`);
}

export function collaborationConfig(deps: ServiceDeps, trx: Trx, actor: SessionActor): Promise<CollaborationConfig> {
  return deps.collaborationConfig(trx, actor.collaborationId);
}

/**
 * The case discussions on a session's agenda belong to the session as well as to their cases: a
 * planner who moves the session or takes an item off acts on items of cases it may not read (a
 * colleague's cases where directors do not see all). Row-Level Security would hide those rows from
 * the write, so such a write, decided by the planner rule above, runs in the system's context of
 * the collaboration and the actor's is restored. Used as well to list which group or theme items a
 * session has (kind and position, never their content) so a reader not invited sees the neutral
 * line. Never used to read content.
 */
export async function beyondRowSecurity<T>(trx: Trx, actor: SessionActor, fn: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new AppError('internal', { nl: 'Een overleg wijzigen vraagt een transactie.', en: 'Changing a session needs a transaction.' });
  const tx = trx as Transaction<Database>;
  await applyActingContext(tx, systemContext(actor.collaborationId));
  try {
    return await fn();
  } finally {
    await applyActingContext(tx, actingContext(actor));
  }
}
