/**
 * Groups and themes on a group-level table's agenda (ADR 0097, seed 000 PJO, 000-R85): the
 * planner puts a group or theme on the agenda with the partners invited to it, and records the
 * agreed action and approach with actions per partner and the individuals routed to another
 * table (counted, never named). The domain (`domain/sessions/topics.ts`) decides what may be
 * stored and who reads it; Row-Level Security holds the same line below.
 */
import { checkTopic, personalDataIssues, topicNeutralLine, topicVisibleTo } from '../../domain/sessions/topics.js';
import type { TopicInput, TopicKind } from '../../domain/sessions/topics.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound, staleVersion, validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { sessionTopicSkeleton } from '../../store/system-steps.js';
import { collaborationConfig, requireBody, requirePlanner, requireSession } from './session-records.js';
import type { SessionRow } from './session-records.js';

const TOPIC = { nl: 'Groeps- of themapunt', en: 'Group or theme item' };

export interface TopicFields {
  readonly title: string;
  readonly description: string;
  /** Partner ids (uuid) invited to the topic. */
  readonly partnerIds: readonly string[];
  readonly individualsToRoute?: number | undefined;
  readonly routeToTableId?: string | null | undefined;
}

export interface AddTopicInput extends TopicFields {
  readonly kind: TopicKind;
}

export interface TopicAction {
  readonly description: string;
  readonly ownerPartnerId: string;
  readonly dueAt?: string | null | undefined;
}

export interface TopicRecordInput {
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly partnerIds?: readonly string[] | undefined;
  readonly individualsToRoute?: number | undefined;
  readonly routeToTableId?: string | null | undefined;
  readonly version: number;
  readonly approach: string;
  readonly actions: readonly TopicAction[];
}

async function slugsOf(trx: Trx, actor: SessionActor, partnerIds: readonly string[]): Promise<{ slugs: string[]; issues: FieldIssue[] }> {
  if (partnerIds.length === 0) return { slugs: [], issues: [] };
  const rows = await trx.selectFrom('partners').select(['id', 'slug']).where('collaboration_id', '=', actor.collaborationId).where('id', 'in', [...partnerIds]).execute();
  const issues: FieldIssue[] = partnerIds.filter((id) => !rows.some((r) => r.id === id)).map(() => ({ field: 'partnerIds', message: 'Onbekende partner in deze samenwerking / unknown partner' }));
  return { slugs: partnerIds.flatMap((id) => rows.filter((r) => r.id === id).map((r) => r.slug)), issues };
}

async function checked(deps: ServiceDeps, trx: Trx, actor: SessionActor, session: SessionRow, kind: string, fields: TopicFields & { approach?: string | null }): Promise<void> {
  const config = await collaborationConfig(deps, trx, actor);
  const body = requireBody(config, session.body_kind, session.body_id);
  const { slugs, issues } = await slugsOf(trx, actor, fields.partnerIds);
  const input: TopicInput = { kind, title: fields.title, description: fields.description, approach: fields.approach ?? null, partners: slugs, individualsToRoute: fields.individualsToRoute, routeToTableId: fields.routeToTableId ?? null };
  const all = [...issues, ...checkTopic(body, input, config.tables).map((i) => ({ field: i.field === 'partners' ? 'partnerIds' : i.field, message: i.message }))];
  if (all.length > 0) throw validationFailed(all);
}

export async function addTopic(deps: ServiceDeps, actor: SessionActor, sessionId: string, input: AddTopicInput): Promise<{ topicId: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.topic.add' });
    requirePlanner(entry, actor);
    const session = await requireSession(trx, actor, sessionId);
    if (session.status !== 'planned') throw validationFailed([{ field: 'sessionId', message: 'Alleen een gepland overleg krijgt agendapunten / only a planned session takes agenda items' }]);
    await checked(deps, trx, actor, session, input.kind, input);
    const last = await trx.selectFrom('meeting_session_topics').select((eb) => eb.fn.max('position').as('max')).where('session_id', '=', sessionId).executeTakeFirst();
    const now = deps.now();
    const row = await trx
      .insertInto('meeting_session_topics')
      .values({
        session_id: sessionId,
        collaboration_id: actor.collaborationId,
        kind: input.kind,
        title: input.title.trim(),
        description: input.description.trim(),
        approach: null,
        individuals_to_route: input.individualsToRoute ?? 0,
        route_to_table_id: input.routeToTableId ?? null,
        position: (last?.max ?? 0) + 1,
        discussed_at: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await trx.insertInto('meeting_session_topic_partners').values([...new Set(input.partnerIds)].map((partner_id) => ({ topic_id: row.id, collaboration_id: actor.collaborationId, partner_id }))).execute();
    await deps.audit.append(trx, entry);
    return { topicId: row.id, version: row.version };
  });
}

/** Records the discussion of a topic: the agreed approach, the actions per partner, the routing. */
export async function recordTopic(deps: ServiceDeps, actor: SessionActor, sessionId: string, topicId: string, input: TopicRecordInput): Promise<{ version: number }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.topic.record' });
    requirePlanner(entry, actor);
    const session = await requireSession(trx, actor, sessionId);
    const topic = await trx.selectFrom('meeting_session_topics').selectAll().where('id', '=', topicId).where('session_id', '=', sessionId).executeTakeFirst();
    if (topic === undefined) throw notFound(TOPIC);
    const invited = (await trx.selectFrom('meeting_session_topic_partners').select('partner_id').where('topic_id', '=', topicId).execute()).map((r) => r.partner_id);
    const partnerIds = input.partnerIds ?? invited;
    await checked(deps, trx, actor, session, topic.kind, {
      title: input.title ?? topic.title,
      description: input.description ?? topic.description,
      approach: input.approach,
      partnerIds,
      individualsToRoute: input.individualsToRoute ?? topic.individuals_to_route,
      routeToTableId: input.routeToTableId === undefined ? topic.route_to_table_id : input.routeToTableId,
    });
    // An action is taken by a partner that took part in the topic; its text is a group-level text too.
    const issues: FieldIssue[] = [];
    for (const [i, a] of input.actions.entries()) {
      if (!partnerIds.includes(a.ownerPartnerId)) issues.push({ field: `actions.${String(i)}.ownerPartnerId`, message: 'Een actie ligt bij een partner die voor dit punt is uitgenodigd / an action lies with an invited partner' });
      if (a.description.trim() === '') issues.push({ field: `actions.${String(i)}.description`, message: 'Beschrijf de actie / describe the action' });
    }
    issues.push(...input.actions.flatMap((a, i) => personalDataIssues(`actions.${String(i)}.description`, a.description)));
    if (issues.length > 0) throw validationFailed(issues);
    const now = deps.now();
    const updated = await trx
      .updateTable('meeting_session_topics')
      .set({
        ...(input.title === undefined ? {} : { title: input.title.trim() }),
        ...(input.description === undefined ? {} : { description: input.description.trim() }),
        approach: input.approach.trim(),
        individuals_to_route: input.individualsToRoute ?? topic.individuals_to_route,
        route_to_table_id: input.routeToTableId === undefined ? topic.route_to_table_id : input.routeToTableId,
        discussed_at: now,
        updated_at: now,
        version: topic.version + 1,
      })
      .where('id', '=', topicId)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (updated === undefined) throw staleVersion();
    if (input.partnerIds !== undefined) {
      await trx.deleteFrom('meeting_session_topic_partners').where('topic_id', '=', topicId).execute();
      await trx.insertInto('meeting_session_topic_partners').values([...new Set(input.partnerIds)].map((partner_id) => ({ topic_id: topicId, collaboration_id: actor.collaborationId, partner_id }))).execute();
    }
    await trx.deleteFrom('meeting_session_topic_actions').where('topic_id', '=', topicId).execute();
    if (input.actions.length > 0) {
      await trx
        .insertInto('meeting_session_topic_actions')
        .values(input.actions.map((a) => ({ topic_id: topicId, collaboration_id: actor.collaborationId, description: a.description.trim(), owner_partner_id: a.ownerPartnerId, due_at: a.dueAt === undefined || a.dueAt === null ? null : new Date(a.dueAt) })))
        .execute();
    }
    await deps.audit.append(trx, entry);
    return { version: updated.version };
  });
}

export async function removeTopic(deps: ServiceDeps, actor: SessionActor, sessionId: string, topicId: string): Promise<{ removed: true }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'session.topic.remove' });
    requirePlanner(entry, actor);
    await requireSession(trx, actor, sessionId);
    const topic = await trx.selectFrom('meeting_session_topics').select(['id', 'discussed_at']).where('id', '=', topicId).where('session_id', '=', sessionId).executeTakeFirst();
    if (topic === undefined) throw notFound(TOPIC);
    if (topic.discussed_at !== null) throw validationFailed([{ field: 'topicId', message: 'Een besproken agendapunt blijft staan / an item that was discussed stays' }]);
    await trx.deleteFrom('meeting_session_topics').where('id', '=', topicId).execute();
    await deps.audit.append(trx, entry);
    return { removed: true };
  });
}

export interface OpenTopic {
  readonly visible: true;
  readonly topicId: string;
  readonly kind: TopicKind;
  readonly position: number;
  readonly title: string;
  readonly description: string;
  readonly approach: string | null;
  readonly individualsToRoute: number;
  readonly routeToTableId: string | null;
  readonly discussedAt: string | null;
  readonly partners: readonly { readonly partnerId: string; readonly name: string }[];
  readonly actions: readonly { readonly id: string; readonly description: string; readonly ownerPartnerId: string; readonly ownerPartnerName: string; readonly dueAt: string | null }[];
  readonly version: number;
}

export interface ClosedTopic {
  readonly visible: false;
  readonly topicId: string;
  readonly kind: TopicKind;
  readonly position: number;
  /** "Groep 2 — niet voor u": never the group's name. */
  readonly line: string;
}

export type SessionTopic = OpenTopic | ClosedTopic;

/**
 * The topics of a session as the reader may see them. Which topics exist (kind, position) and who
 * is invited are read beyond Row-Level Security; the content only in the reader's own context.
 * `ownActionsOnly`: the action list shows a participant only its own organisation's actions.
 */
export async function sessionTopics(trx: Trx, actor: SessionActor, sessionId: string, ownActionsOnly = false): Promise<SessionTopic[]> {
  const skeleton = await sessionTopicSkeleton(trx, sessionId);
  if (skeleton.length === 0) return [];
  const ids = skeleton.map((t) => t.id);
  const invited = await trx.selectFrom('meeting_session_topic_partners').innerJoin('partners', 'partners.id', 'meeting_session_topic_partners.partner_id').select(['topic_id', 'partner_id', 'partners.name']).where('topic_id', 'in', ids).execute();
  const open = skeleton.filter((t) => topicVisibleTo({ role: actor.role, partnerId: actor.partnerId }, invited.filter((i) => i.topic_id === t.id).map((i) => i.partner_id)));
  const [rows, actions] = open.length === 0
    ? [[], []]
    : await Promise.all([
        trx.selectFrom('meeting_session_topics').selectAll().where('id', 'in', open.map((t) => t.id)).execute(),
        trx.selectFrom('meeting_session_topic_actions').innerJoin('partners', 'partners.id', 'meeting_session_topic_actions.owner_partner_id').select(['meeting_session_topic_actions.id', 'topic_id', 'description', 'owner_partner_id', 'partners.name', 'due_at']).where('topic_id', 'in', open.map((t) => t.id)).orderBy('meeting_session_topic_actions.created_at').execute(),
      ]);
  const planner = actor.role === 'process_director' || actor.role === 'support';
  return skeleton.map((t): SessionTopic => {
    const row = rows.find((r) => r.id === t.id);
    if (row === undefined) return { visible: false, topicId: t.id, kind: t.kind, position: t.position, line: topicNeutralLine(t.kind, t.position) };
    return {
      visible: true,
      topicId: t.id,
      kind: row.kind,
      position: row.position,
      title: row.title,
      description: row.description,
      approach: row.approach,
      individualsToRoute: row.individuals_to_route,
      routeToTableId: row.route_to_table_id,
      discussedAt: row.discussed_at?.toISOString() ?? null,
      partners: invited.filter((i) => i.topic_id === t.id).map((i) => ({ partnerId: i.partner_id, name: i.name })),
      actions: actions
        .filter((a) => a.topic_id === t.id && (!ownActionsOnly || planner || a.owner_partner_id === actor.partnerId))
        .map((a) => ({ id: a.id, description: a.description, ownerPartnerId: a.owner_partner_id, ownerPartnerName: a.name, dueAt: a.due_at?.toISOString() ?? null })),
      version: row.version,
    };
  });
}
