/**
 * Editing the plan (ADR 0050): a session is moved, cancelled (with a reason, and only without
 * agenda items), given a place, link or chair, or added by hand. Optimistic locking on `version`.
 */
import { randomUUID } from 'node:crypto';
import { yearAround } from '../../domain/sessions/cadence.js';
import type { SessionBodyKind } from '../../domain/sessions/cadence.js';
import type { SessionStatus } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { staleVersion, validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { moveSessionMeetings } from '../../store/system-steps.js';
import { collaborationConfig, requireBody, requirePlanner, requireSession, standingParticipants } from './session-records.js';

export interface SessionChange {
  readonly version: number;
  readonly scheduledAt?: string | undefined;
  readonly place?: string | null | undefined;
  readonly link?: string | null | undefined;
  readonly chairUserId?: string | undefined;
  readonly status?: SessionStatus | undefined;
  readonly cancelReason?: string | undefined;
}

async function checkChair(trx: Trx, actor: SessionActor, chairUserId: string | undefined, issues: FieldIssue[]): Promise<void> {
  if (chairUserId === undefined) return;
  const user = await trx.selectFrom('users').select('id').where('id', '=', chairUserId).where('collaboration_id', '=', actor.collaborationId).where('active', '=', true).executeTakeFirst();
  if (user === undefined) issues.push({ field: 'chairUserId', message: 'Onbekende gebruiker in deze samenwerking / unknown user of this collaboration' });
}

export async function changeSession(deps: ServiceDeps, actor: SessionActor, sessionId: string, change: SessionChange): Promise<{ version: number }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.change' });
    requirePlanner(entry, actor);
    const row = await requireSession(trx, actor, sessionId);
    const issues: FieldIssue[] = [];
    await checkChair(trx, actor, change.chairUserId, issues);
    if (change.status === 'cancelled') {
      if (change.cancelReason === undefined || change.cancelReason.trim() === '') issues.push({ field: 'cancelReason', message: 'Geef de reden van het afzeggen / give the reason for cancelling' });
      const items = [
        ...(await trx.selectFrom('meeting_session_items').select('id').where('session_id', '=', sessionId).execute()),
        ...(await trx.selectFrom('meeting_session_topics').select('id').where('session_id', '=', sessionId).execute()),
      ];
      if (items.length > 0) issues.push({ field: 'status', message: `Het overleg heeft ${String(items.length)} agendapunt(en): verplaats of verwijder die eerst / the session has agenda items: move or remove them first` });
    }
    if (issues.length > 0) throw validationFailed(issues);
    const now = deps.now();
    const updated = await trx
      .updateTable('meeting_sessions')
      .set({
        ...(change.scheduledAt === undefined ? {} : { scheduled_at: new Date(change.scheduledAt) }),
        ...(change.place === undefined ? {} : { place: change.place }),
        ...(change.link === undefined ? {} : { link: change.link }),
        ...(change.chairUserId === undefined ? {} : { chair_user_id: change.chairUserId }),
        ...(change.status === undefined ? {} : { status: change.status, cancel_reason: change.status === 'cancelled' ? (change.cancelReason ?? null) : null }),
        updated_at: now,
        version: row.version + 1,
      })
      .where('id', '=', sessionId)
      .where('version', '=', change.version)
      .returning('version')
      .executeTakeFirst();
    if (updated === undefined) throw staleVersion();
    // The case discussions on the agenda move with the session, also those the planner may not read.
    if (change.scheduledAt !== undefined) {
      const at = new Date(change.scheduledAt);
      await moveSessionMeetings(trx, sessionId, at, now);
    }
    await deps.audit.append(trx, entry);
    return { version: updated.version };
  });
}

export interface AddSessionInput {
  readonly bodyKind: SessionBodyKind;
  readonly bodyId: string;
  readonly scheduledAt: string;
  readonly place?: string | undefined;
  readonly link?: string | undefined;
  readonly chairUserId?: string | undefined;
}

/** An extra session outside the cadence (no slot), with the body's standing participants. */
export async function addSession(deps: ServiceDeps, actor: SessionActor, input: AddSessionInput): Promise<{ id: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.add' });
    requirePlanner(entry, actor);
    const config = await collaborationConfig(deps, trx, actor);
    const body = requireBody(config, input.bodyKind, input.bodyId);
    const issues: FieldIssue[] = [];
    await checkChair(trx, actor, input.chairUserId, issues);
    const at = new Date(input.scheduledAt);
    if (body.maxPerYear !== null) {
      const year = yearAround(at.getTime());
      const held = await trx
        .selectFrom('meeting_sessions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('collaboration_id', '=', actor.collaborationId)
        .where('body_kind', '=', body.kind)
        .where('body_id', '=', body.id)
        .where('status', '!=', 'cancelled')
        .where('scheduled_at', '>=', new Date(year.from))
        .where('scheduled_at', '<', new Date(year.to))
        .executeTakeFirst();
      if (Number(held?.n ?? 0) >= body.maxPerYear) {
        issues.push({ field: 'scheduledAt', message: `${body.name} komt hoogstens ${String(body.maxPerYear)} keer per jaar bijeen; dat aantal is in het jaar rond deze datum bereikt / at most ${String(body.maxPerYear)} sessions a year` });
      }
    }
    if (issues.length > 0) throw validationFailed(issues);
    const id = randomUUID();
    const now = deps.now();
    await trx
      .insertInto('meeting_sessions')
      .values({
        id,
        collaboration_id: actor.collaborationId,
        body_kind: body.kind,
        body_id: body.id,
        planned_for: null,
        scheduled_at: at,
        place: input.place ?? null,
        link: input.link ?? null,
        chair_user_id: input.chairUserId ?? actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const participants = await standingParticipants(trx, actor.collaborationId, body.standingPartners);
    if (participants.length > 0) {
      await trx.insertInto('meeting_session_participants').values(participants.map((p) => ({ session_id: id, collaboration_id: actor.collaborationId, user_id: p.userId, partner_id: p.partnerId }))).execute();
    }
    await deps.audit.append(trx, entry);
    return { id, version: 1 };
  });
}
