/**
 * The minutes of a session for the designated functionary of a receiving table (seed 000 PJO:
 * "de notulen van het PJO gedeeld met de procesmanager jeugd"; row 000-R86, ADR 0129). Per
 * individual discussed: the case number, the item's place and reason, and the record only (date,
 * status, reason, notes); the group and theme items in full. Row-Level Security is not widened:
 * the records come from the SECURITY DEFINER step of migration 270, sealed and with the case key
 * still wrapped; this service opens them and passes on the four fields alone. Audited: the read
 * of the minutes, and each opened record as a read of its case.
 */
import { unwrapCaseKey } from '../../crypto/case-keys.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import { MINUTES_NOT_SHARED, minutesReceivedAs, minutesRecord } from '../../domain/tables/minutes.js';
import type { MinutesRecord } from '../../domain/tables/minutes.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { sessionMinutes } from '../../store/system-steps.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { collaborationConfig, requireSession } from './session-records.js';

export interface MinutesItem {
  readonly caseNumber: string;
  readonly position: number;
  readonly itemReason: string;
  readonly status: string;
  readonly scheduledAt: string;
  readonly heldAt: string | null;
  /** Null: nothing recorded yet. */
  readonly record: MinutesRecord | null;
}

export interface MinutesTopic {
  readonly kind: string;
  readonly position: number;
  readonly title: string;
  readonly description: string;
  readonly approach: string | null;
  readonly individualsToRoute: number;
  readonly routeToTableId: string | null;
  readonly discussedAt: string | null;
  readonly actions: readonly { readonly description: string; readonly ownerPartnerName: string; readonly dueAt: string | null }[];
}

export interface SessionMinutesView {
  readonly sessionId: string;
  readonly tableId: string;
  readonly tableName: string;
  readonly scheduledAt: string;
  readonly status: string;
  /** The receiving tables the reader is the designated functionary of. */
  readonly receivedAs: readonly string[];
  readonly items: readonly MinutesItem[];
  readonly topics: readonly MinutesTopic[];
}

export async function viewSessionMinutes(deps: ServiceDeps, actor: SessionActor, sessionId: string): Promise<SessionMinutesView> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.minutes.read', purpose: 'referral' });
    const session = await requireSession(trx, actor, sessionId);
    const config = await collaborationConfig(deps, trx, actor);
    const table = session.body_kind === 'table' ? config.tables.find((t) => t.id === session.body_id) : undefined;
    const designations = await trx.selectFrom('table_designations').select(['table_id', 'user_id']).where('collaboration_id', '=', actor.collaborationId).execute();
    const receivedAs = minutesReceivedAs(table, designations.map((d) => ({ tableId: d.table_id, userId: d.user_id })), actor);
    if (table === undefined || receivedAs.length === 0) refuse(entry, { rule: 'P2', reason: 'minutes_not_shared', messages: MINUTES_NOT_SHARED });

    const rows = await sessionMinutes(trx, sessionId);
    const items: MinutesItem[] = [];
    for (const r of rows) {
      let record: MinutesRecord | null = null;
      if (r.record_enc !== null && r.key_id !== null && r.wrapped_key !== null) {
        const key = unwrapCaseKey(deps.keys, r.case_id, r.key_id, r.wrapped_key);
        record = minutesRecord(decryptJson(key, MEETING_RECORD_FIELD, r.record_enc));
        await deps.audit.append(trx, auditEntry(deps, actor, { action: 'session.minutes.item.read', caseId: r.case_id, meetingId: r.meeting_id, purpose: 'referral' }));
      }
      items.push({
        caseNumber: r.case_number,
        position: r.position,
        itemReason: r.item_reason,
        status: r.status,
        scheduledAt: r.scheduled_at.toISOString(),
        heldAt: r.held_at?.toISOString() ?? null,
        record,
      });
    }

    const topicRows = await trx.selectFrom('meeting_session_topics').selectAll().where('session_id', '=', sessionId).where('collaboration_id', '=', actor.collaborationId).orderBy('position').execute();
    const actionRows = topicRows.length === 0 ? [] : await trx
      .selectFrom('meeting_session_topic_actions')
      .innerJoin('partners', 'partners.id', 'meeting_session_topic_actions.owner_partner_id')
      .select(['meeting_session_topic_actions.topic_id', 'meeting_session_topic_actions.description', 'meeting_session_topic_actions.due_at', 'partners.name'])
      .where('meeting_session_topic_actions.topic_id', 'in', topicRows.map((t) => t.id))
      .orderBy('meeting_session_topic_actions.created_at')
      .execute();
    const topics: MinutesTopic[] = topicRows.map((t) => ({
      kind: t.kind,
      position: t.position,
      title: t.title,
      description: t.description,
      approach: t.approach,
      individualsToRoute: t.individuals_to_route,
      routeToTableId: t.route_to_table_id,
      discussedAt: t.discussed_at?.toISOString() ?? null,
      actions: actionRows.filter((a) => a.topic_id === t.id).map((a) => ({ description: a.description, ownerPartnerName: a.name, dueAt: a.due_at?.toISOString() ?? null })),
    }));
    await deps.audit.append(trx, entry);
    return {
      sessionId: session.id,
      tableId: table.id,
      tableName: table.name,
      scheduledAt: session.scheduled_at.toISOString(),
      status: session.status,
      receivedAs,
      items,
      topics,
    };
  });
}
