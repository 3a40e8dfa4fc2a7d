/**
 * The action list of a session per participant (ADR 0050, §3.3): for each item the reader is
 * invited to, its own organisation's actions and what it may take along; staff of a case see all
 * its actions. Other items are the neutral line. The process director sends it within a week.
 */
import { addDays } from '../../domain/time/date-math.js';
import { ACTION_LIST_DUE_DAYS } from '../../domain/process/meeting.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { PLAN_ACTION_FIELD } from '../meetings/save-meeting-record.js';
import { sendActionList } from '../notifications/notices.js';
import { SESSION, requirePlanner, requireSession } from './session-records.js';
import { sessionItems } from './session-items.js';
import type { ClosedItem } from './session-items.js';
import { sessionTopics } from './session-topics.js';
import type { SessionTopic } from './session-topics.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';

export interface SessionActionItem {
  readonly visible: true;
  readonly itemId: string;
  readonly caseId: string;
  readonly caseNumber: string;
  /** The item's case discussion: the reader's action list PDF is `/api/cases/<caseId>/documents/action-lists/<meetingId>`. */
  readonly meetingId: string;
  readonly actions: readonly { readonly id: string; readonly description: string; readonly ownerPartnerName: string; readonly ownerUserId: string | null; readonly dueAt: string | null; readonly status: string }[];
  /** Plan actions for which the reader may take a contribution along (take-along grants). */
  readonly takeAlong: readonly string[];
}

export interface SessionActionList {
  readonly sessionId: string;
  readonly sendBy: string | null;
  readonly sentAt: string | null;
  readonly items: readonly (SessionActionItem | ClosedItem)[];
  /** Groups and themes (ADR 0097): the reader's own organisation's actions of the topics it is invited to. */
  readonly topics: readonly SessionTopic[];
}

export async function sessionActionList(deps: ServiceDeps, actor: SessionActor, sessionId: string): Promise<SessionActionList> {
  return withActor(deps, actor, async (trx) => {
    const s = await requireSession(trx, actor, sessionId);
    const items = await sessionItems(deps, trx, actor, sessionId);
    const topics = await sessionTopics(trx, actor, sessionId, true);
    const planner = actor.role === 'process_director' || actor.role === 'support';
    if (!planner && !items.some((i) => i.visible) && !topics.some((t) => t.visible)) {
      const participant = await trx.selectFrom('meeting_session_participants').select('user_id').where('session_id', '=', sessionId).where('user_id', '=', actor.userId).executeTakeFirst();
      if (participant === undefined) throw notFound(SESSION);
    }
    const out: (SessionActionItem | ClosedItem)[] = [];
    let heldAt: number | null = null;
    let sentAt: number | null = null;
    for (const item of items) {
      if (!item.visible) {
        out.push(item);
        continue;
      }
      const m = await trx.selectFrom('meetings').select(['held_at', 'action_list_sent_at']).where('id', '=', item.meetingId).executeTakeFirstOrThrow();
      if (m.held_at !== null) heldAt = Math.max(heldAt ?? 0, m.held_at.getTime());
      if (m.action_list_sent_at !== null) sentAt = Math.max(sentAt ?? 0, m.action_list_sent_at.getTime());
      const key = await optionalCaseKey(deps, trx, item.caseId);
      let q = trx
        .selectFrom('plan_actions')
        .innerJoin('partners', 'partners.id', 'plan_actions.owner_partner_id')
        .select(['plan_actions.id', 'plan_actions.description_enc', 'plan_actions.owner_user_id', 'plan_actions.due_at', 'plan_actions.status', 'partners.name'])
        .where('plan_actions.meeting_id', '=', item.meetingId)
        .where('plan_actions.status', '!=', 'cancelled')
        .where('plan_actions.restricted_at', 'is', null)
        .where('plan_actions.erased_at', 'is', null);
      if (!item.staff) q = q.where((eb) => eb.or([eb('plan_actions.owner_partner_id', '=', actor.partnerId), eb('plan_actions.owner_user_id', '=', actor.userId)]));
      const actions = await q.orderBy('plan_actions.due_at').orderBy('plan_actions.id').execute();
      const grants = await trx.selectFrom('take_along_grants').select(['plan_action', 'plan_action_enc']).where('case_id', '=', item.caseId).where('to_user_id', '=', actor.userId).where('revoked_at', 'is', null).execute();
      await deps.audit.append(trx, auditEntry(deps, actor, { action: 'session.action_list.read', caseId: item.caseId, purpose: item.purpose }));
      out.push({
        visible: true,
        itemId: item.itemId,
        caseId: item.caseId,
        caseNumber: item.caseNumber,
        meetingId: item.meetingId,
        actions: actions.map((a) => ({
          id: a.id,
          description: key === undefined ? '' : decryptField(key, PLAN_ACTION_FIELD, a.description_enc),
          ownerPartnerName: a.name,
          ownerUserId: a.owner_user_id,
          dueAt: a.due_at?.toISOString() ?? null,
          status: a.status,
        })),
        takeAlong: grants.map((g) => openCaseText(key, CASE_TEXT_FIELDS.grantPlanAction, g.plan_action_enc, g.plan_action) ?? ''),
      });
    }
    return {
      sessionId: s.id,
      sendBy: heldAt === null ? null : new Date(addDays(heldAt, ACTION_LIST_DUE_DAYS)).toISOString(),
      sentAt: sentAt === null ? null : new Date(sentAt).toISOString(),
      items: out,
      topics,
    };
  });
}

/**
 * Sends the action lists of the session's held items (§3.3: within a week): each item's list goes
 * to its own participants — the invited professionals, the case director and the named owners —
 * in their inbox and by e-mail with a link to their own PDF (never the PDF itself), and the
 * sending is recorded on each item's meeting. Items already sent are not sent again.
 */
export async function markSessionActionListSent(deps: ServiceDeps, actor: SessionActor, sessionId: string): Promise<{ sent: number; recipients: number; withinWeek: boolean }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.action_list.sent' });
    requirePlanner(entry, actor);
    await requireSession(trx, actor, sessionId);
    const now = deps.now();
    const held = await trx.selectFrom('meetings').select(['id', 'case_id', 'held_at']).where('session_id', '=', sessionId).where('status', '=', 'held').where('action_list_sent_at', 'is', null).execute();
    if (held.length > 0) await trx.updateTable('meetings').set({ action_list_sent_at: now }).where('id', 'in', held.map((h) => h.id)).execute();
    await deps.audit.append(trx, entry);
    let recipients = 0;
    for (const h of held) recipients += (await sendActionList(deps, trx, { collaborationId: actor.collaborationId, caseId: h.case_id, meetingId: h.id, sentAt: now })).users;
    const withinWeek = held.every((h) => h.held_at === null || now.getTime() <= addDays(h.held_at.getTime(), ACTION_LIST_DUE_DAYS));
    return { sent: held.length, recipients, withinWeek };
  });
}
