/**
 * The sessions in a period the reader may open (ADR 0050): staff see all; a professional sees the
 * sessions it is a standing participant of, chairs, or has an agenda item it is invited to.
 * Dates, body, place and counts only: no case content.
 */
import { sessionBodies } from '../../domain/sessions/cadence.js';
import type { SessionBodyKind } from '../../domain/sessions/cadence.js';
import { sessionOpenTo } from '../../domain/sessions/need-to-know.js';
import { withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { collaborationConfig } from './session-records.js';

export interface SessionSummary {
  readonly id: string;
  readonly bodyKind: SessionBodyKind;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly plannedFor: string | null;
  readonly scheduledAt: string;
  readonly status: string;
  readonly place: string | null;
  readonly link: string | null;
  readonly chairUserId: string | null;
  readonly participants: number;
  readonly items: number;
  readonly version: number;
}

export interface SessionQuery {
  readonly from: Date;
  readonly to: Date;
  readonly bodyKind?: SessionBodyKind | undefined;
  readonly bodyId?: string | undefined;
}

/** Who is invited to which item of the given sessions (what the reader's transaction may see). */
export async function itemInvitations(trx: Trx, sessionIds: readonly string[]): Promise<Map<string, { sessionId: string; meetingId: string; invited: string[] }>> {
  const map = new Map<string, { sessionId: string; meetingId: string; invited: string[] }>();
  if (sessionIds.length === 0) return map;
  const items = await trx.selectFrom('meeting_session_items').select(['id', 'session_id', 'meeting_id']).where('session_id', 'in', [...sessionIds]).execute();
  for (const i of items) map.set(i.id, { sessionId: i.session_id, meetingId: i.meeting_id, invited: [] });
  if (items.length === 0) return map;
  const invitations = await trx.selectFrom('meeting_invitations').select(['meeting_id', 'user_id']).where('meeting_id', 'in', items.map((i) => i.meeting_id)).execute();
  for (const entry of map.values()) entry.invited.push(...invitations.filter((v) => v.meeting_id === entry.meetingId).map((v) => v.user_id));
  return map;
}

export async function listSessionsIn(deps: ServiceDeps, trx: Trx, actor: SessionActor, query: SessionQuery): Promise<SessionSummary[]> {
  let q = trx
    .selectFrom('meeting_sessions')
    .selectAll()
    .where('collaboration_id', '=', actor.collaborationId)
    .where('scheduled_at', '>=', query.from)
    .where('scheduled_at', '<', query.to);
  if (query.bodyKind !== undefined) q = q.where('body_kind', '=', query.bodyKind);
  if (query.bodyId !== undefined) q = q.where('body_id', '=', query.bodyId);
  const rows = await q.orderBy('scheduled_at').orderBy('body_id').limit(1000).execute();
  const ids = rows.map((r) => r.id);
  const participants = ids.length === 0 ? [] : await trx.selectFrom('meeting_session_participants').select(['session_id', 'user_id']).where('session_id', 'in', ids).execute();
  const items = await itemInvitations(trx, ids);
  const config = await collaborationConfig(deps, trx, actor);
  const bodies = sessionBodies(config);
  return rows
    .filter((r) => {
      const sessionItems = [...items.values()].filter((i) => i.sessionId === r.id).map((i) => ({ invitedUserIds: i.invited, staffUserIds: [] }));
      return sessionOpenTo({ userId: actor.userId, role: actor.role }, { chairUserId: r.chair_user_id, participantUserIds: participants.filter((p) => p.session_id === r.id).map((p) => p.user_id), items: sessionItems });
    })
    .map((r) => ({
      id: r.id,
      bodyKind: r.body_kind,
      bodyId: r.body_id,
      bodyName: bodies.find((b) => b.kind === r.body_kind && b.id === r.body_id)?.name ?? r.body_id,
      plannedFor: r.planned_for,
      scheduledAt: r.scheduled_at.toISOString(),
      status: r.status,
      place: r.place,
      link: r.link,
      chairUserId: r.chair_user_id,
      participants: participants.filter((p) => p.session_id === r.id).length,
      items: [...items.values()].filter((i) => i.sessionId === r.id).length,
      version: r.version,
    }));
}

export async function listSessions(deps: ServiceDeps, actor: SessionActor, query: { from: string; to: string; bodyKind?: SessionBodyKind | undefined; bodyId?: string | undefined }): Promise<SessionSummary[]> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  if (to.getTime() < from.getTime()) throw validationFailed([{ field: 'query.to', message: 'Mag niet vóór "van" liggen / must not be before from' }]);
  return withActor(deps, actor, (trx) => listSessionsIn(deps, trx, actor, { from, to, bodyKind: query.bodyKind, bodyId: query.bodyId }));
}
