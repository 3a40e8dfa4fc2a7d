/**
 * Plans the sessions of a table, work area or team for a rolling horizon from the configured
 * cadence (ADR 0050). Idempotent: a slot already planned (also one moved or cancelled since) is
 * left as it is, so planning again never brings a cancelled session back.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_HORIZON_DAYS, planSlots, slotStandingPartners } from '../../domain/sessions/cadence.js';
import type { SessionBodyKind } from '../../domain/sessions/cadence.js';
import { DAY_MS } from '../../domain/time/date-math.js';
import { parseIsoDate } from '../../domain/time/iso-date.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { listSessionsIn } from './list-sessions.js';
import type { SessionSummary } from './list-sessions.js';
import { collaborationConfig, requireBody, requirePlanner, slotTime, standingParticipants } from './session-records.js';

export interface PlanInput {
  readonly bodyKind: SessionBodyKind;
  readonly bodyId: string;
  /** First day of the horizon (YYYY-MM-DD); default today. */
  readonly from?: string | undefined;
  readonly days?: number | undefined;
}

export interface PlanResult {
  readonly created: number;
  readonly sessions: readonly SessionSummary[];
}

export async function planSessions(deps: ServiceDeps, actor: SessionActor, input: PlanInput): Promise<PlanResult> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.plan' });
    requirePlanner(entry, actor);
    const config = await collaborationConfig(deps, trx, actor);
    const body = requireBody(config, input.bodyKind, input.bodyId);
    const parsed = input.from === undefined ? { ok: true as const, ms: Math.floor(deps.now().getTime() / DAY_MS) * DAY_MS } : parseIsoDate(input.from);
    if (!parsed.ok) throw validationFailed([{ field: 'from', message: 'Geen geldige datum (JJJJ-MM-DD) / not a valid date' }]);
    const days = input.days ?? DEFAULT_HORIZON_DAYS;
    const slots = planSlots(body.cadence, parsed.ms, days);
    const existing = new Set(
      slots.length === 0
        ? []
        : (await trx
            .selectFrom('meeting_sessions')
            .select('planned_for')
            .where('collaboration_id', '=', actor.collaborationId)
            .where('body_kind', '=', body.kind)
            .where('body_id', '=', body.id)
            .where('planned_for', 'in', slots)
            .execute()).map((r) => r.planned_for),
    );
    const fresh = slots.filter((s) => !existing.has(s));
    const now = deps.now();
    for (const slot of fresh) {
      // An internal session (000-R74) has only the internal partners as standing participants.
      const participants = await standingParticipants(trx, actor.collaborationId, slotStandingPartners(body, slot));
      const id = randomUUID();
      await trx
        .insertInto('meeting_sessions')
        .values({ id, collaboration_id: actor.collaborationId, body_kind: body.kind, body_id: body.id, planned_for: slot, scheduled_at: slotTime(slot), chair_user_id: actor.userId, created_at: now, updated_at: now })
        .execute();
      if (participants.length > 0) {
        await trx.insertInto('meeting_session_participants').values(participants.map((p) => ({ session_id: id, collaboration_id: actor.collaborationId, user_id: p.userId, partner_id: p.partnerId }))).execute();
      }
    }
    await deps.audit.append(trx, entry);
    const sessions = await listSessionsIn(deps, trx, actor, { from: new Date(parsed.ms), to: new Date(parsed.ms + days * DAY_MS), bodyKind: body.kind, bodyId: body.id });
    return { created: fresh.length, sessions };
  });
}
