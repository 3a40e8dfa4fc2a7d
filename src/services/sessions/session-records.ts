/**
 * Shared by the session use-cases (ADR 0050): finding a session of the actor's collaboration,
 * the body it belongs to, who may plan, and the standing participants of a body.
 */
import type { Selectable } from 'kysely';
import { findSessionBody } from '../../domain/sessions/cadence.js';
import { mayPlanSessions, SESSION_PLANNER_ONLY } from '../../domain/sessions/planner.js';
import type { SessionBody, SessionBodyKind } from '../../domain/sessions/cadence.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { MeetingSessionsTable } from '../../store/schema.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { refuse } from '../access-gate.js';
import { notFound, validationFailed } from '../app-error.js';

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
