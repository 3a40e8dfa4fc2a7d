/**
 * One session as the reader may see it (ADR 0050): date, place or link, chair, standing
 * participants and the agenda. An item the reader is invited to shows its content — the person
 * discussed, the preparation, who is invited and present, the decisions; every other item is the
 * neutral line "<case number> — niet voor u". Each opened item is audited as a read of its case.
 */
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
import { sessionOpenTo } from '../../domain/sessions/need-to-know.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { openPreparation } from '../meetings/meeting-preparation.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { sessionBodies, slotComposition } from '../../domain/sessions/cadence.js';
import type { SessionComposition } from '../../domain/sessions/cadence.js';
import { SESSION, collaborationConfig, requireSession } from './session-records.js';
import { sessionItems } from './session-items.js';
import type { ClosedItem, OpenItem } from './session-items.js';
import { sessionTopics } from './session-topics.js';
import type { SessionTopic } from './session-topics.js';

export interface OpenItemView extends Omit<OpenItem, 'purpose'> {
  readonly title: string | null;
  readonly status: string;
  readonly goal: string;
  readonly themes: readonly string[];
  readonly decisionsToTake: readonly string[];
  readonly invitations: readonly { readonly userId: string; readonly name: string; readonly partnerName: string; readonly role: string; readonly present: boolean | null }[];
  readonly record: { readonly reason: string; readonly goals: readonly { readonly domain: string; readonly goal: string }[] } | null;
  readonly version: number;
}

export interface SessionView {
  readonly id: string;
  readonly bodyKind: string;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly chairRole: string | null;
  readonly scheduledAt: string;
  readonly plannedFor: string | null;
  /** Internal (only the internal partners) or external (all partners) session of the body (000-R74). */
  readonly composition: SessionComposition;
  readonly status: string;
  readonly place: string | null;
  readonly link: string | null;
  readonly cancelReason: string | null;
  readonly chair: { readonly userId: string; readonly name: string } | null;
  readonly participants: readonly { readonly userId: string; readonly name: string; readonly partnerName: string }[];
  readonly items: readonly (OpenItemView | ClosedItem)[];
  /** Groups and themes at a group-level table (ADR 0097): invited partners in full, others a neutral line. */
  readonly topics: readonly SessionTopic[];
  /** The body is a group-level table: its agenda takes groups and themes; individuals are only routed. */
  readonly groupLevel: boolean;
  /** The partners that may be invited to a group or theme (the table's partners); empty elsewhere. */
  readonly topicPartners: readonly { readonly id: string; readonly name: string }[];
  readonly mayPlan: boolean;
  readonly version: number;
}

async function openItem(deps: ServiceDeps, trx: Trx, actor: SessionActor, item: OpenItem, names: Map<string, { name: string; partnerName: string }>): Promise<OpenItemView> {
  const { purpose, ...rest } = item;
  const m = await trx.selectFrom('meetings').selectAll().where('id', '=', item.meetingId).executeTakeFirstOrThrow();
  const key = await optionalCaseKey(deps, trx, item.caseId);
  const [invitations, attendance, subject] = await Promise.all([
    trx.selectFrom('meeting_invitations').selectAll().where('meeting_id', '=', item.meetingId).orderBy('invited_at').execute(),
    trx.selectFrom('meeting_attendance').selectAll().where('meeting_id', '=', item.meetingId).execute(),
    trx.selectFrom('subjects').select('name_enc').where('case_id', '=', item.caseId).orderBy('created_at').limit(1).executeTakeFirst(),
  ]);
  const preparation = key !== undefined && m.preparation_enc !== null ? openPreparation(key, m.preparation_enc) : null;
  const record = key !== undefined && m.record_enc !== null ? (decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as { reason?: string; plan?: { goals?: { domain: string; goal: string }[] } }) : null;
  await deps.audit.append(trx, auditEntry(deps, actor, { action: 'session.item.read', caseId: item.caseId, purpose }));
  return {
    ...rest,
    title: key !== undefined && subject !== undefined ? decryptField(key, 'subject.name', subject.name_enc) : null,
    status: m.status,
    goal: preparation?.goal ?? '',
    themes: preparation?.themes ?? [],
    decisionsToTake: preparation?.decisionsToTake ?? [],
    invitations: invitations.map((i) => ({
      userId: i.user_id,
      name: names.get(i.user_id)?.name ?? '',
      partnerName: names.get(i.user_id)?.partnerName ?? '',
      role: i.participant_role,
      present: attendance.find((a) => a.user_id === i.user_id)?.present ?? null,
    })),
    record: record === null ? null : { reason: record.reason ?? '', goals: record.plan?.goals ?? [] },
    version: m.version,
  };
}

export async function userNames(trx: Trx, collaborationId: string): Promise<Map<string, { name: string; partnerName: string }>> {
  const rows = await trx.selectFrom('users').innerJoin('partners', 'partners.id', 'users.partner_id').select(['users.id', 'users.display_name', 'partners.name']).where('users.collaboration_id', '=', collaborationId).execute();
  return new Map(rows.map((r) => [r.id, { name: r.display_name, partnerName: r.name }]));
}

export async function viewSession(deps: ServiceDeps, actor: SessionActor, sessionId: string): Promise<SessionView> {
  return withActor(deps, actor, async (trx) => {
    const s = await requireSession(trx, actor, sessionId);
    const participants = await trx.selectFrom('meeting_session_participants').select(['user_id']).where('session_id', '=', sessionId).execute();
    const items = await sessionItems(deps, trx, actor, sessionId);
    const topics = await sessionTopics(trx, actor, sessionId);
    const invitedSomewhere = items.some((i) => i.visible) || topics.some((t) => t.visible);
    const open = sessionOpenTo({ userId: actor.userId, role: actor.role }, { chairUserId: s.chair_user_id, participantUserIds: participants.map((p) => p.user_id), items: invitedSomewhere ? [{ invitedUserIds: [actor.userId], staffUserIds: [] }] : [] });
    if (!open) throw notFound(SESSION);
    const names = await userNames(trx, actor.collaborationId);
    const config = await collaborationConfig(deps, trx, actor);
    const body = sessionBodies(config).find((b) => b.kind === s.body_kind && b.id === s.body_id);
    const slugs = body?.groupLevel === true ? body.partners : [];
    const topicPartners = slugs.length === 0 ? [] : await trx.selectFrom('partners').select(['id', 'name', 'slug']).where('collaboration_id', '=', actor.collaborationId).where('slug', 'in', [...slugs]).orderBy('name').execute();
    const views: (OpenItemView | ClosedItem)[] = [];
    for (const item of items) views.push(item.visible ? await openItem(deps, trx, actor, item, names) : item);
    await deps.audit.append(trx, auditEntry(deps, actor, { action: 'session.read' }));
    return {
      id: s.id,
      bodyKind: s.body_kind,
      bodyId: s.body_id,
      bodyName: body?.name ?? s.body_id,
      chairRole: body?.chair ?? null,
      scheduledAt: s.scheduled_at.toISOString(),
      plannedFor: s.planned_for,
      composition: body === undefined || s.planned_for === null ? 'external' : slotComposition(body, s.planned_for),
      status: s.status,
      place: s.place,
      link: s.link,
      cancelReason: s.cancel_reason,
      chair: s.chair_user_id === null ? null : { userId: s.chair_user_id, name: names.get(s.chair_user_id)?.name ?? '' },
      participants: participants.map((p) => ({ userId: p.user_id, name: names.get(p.user_id)?.name ?? '', partnerName: names.get(p.user_id)?.partnerName ?? '' })),
      items: views,
      topics,
      groupLevel: body?.groupLevel ?? false,
      topicPartners: topicPartners.map((p) => ({ id: p.id, name: p.name })),
      mayPlan: actor.role === 'process_director' || actor.role === 'support',
      version: s.version,
    };
  });
}
