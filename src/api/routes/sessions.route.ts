import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionBodies } from '../../domain/sessions/cadence.js';
import { addSession, changeSession } from '../../services/sessions/edit-session.js';
import { listSessions } from '../../services/sessions/list-sessions.js';
import { planSessions } from '../../services/sessions/plan-sessions.js';
import { addAgendaItem, agendaProposals, removeAgendaItem } from '../../services/sessions/session-agenda.js';
import { markSessionActionListSent, sessionActionList } from '../../services/sessions/session-action-list.js';
import { mySessionReminders } from '../../services/sessions/session-reminders.js';
import { viewSession } from '../../services/sessions/view-session.js';
import { viewSessionMinutes } from '../../services/sessions/session-minutes.js';
import { addTopic, recordTopic, removeTopic } from '../../services/sessions/session-topics.js';
import { sessionAgendaDocument } from '../../services/sessions/session-agenda-document.js';
import { withActor } from '../../services/access-gate.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { isoDateTime, text, uuid } from './schemas.js';

const bodyKind = z.enum(['table', 'work_area']);
const sessionParams = z.object({ sessionId: uuid });
const minutesResponse = z.object({
  sessionId: z.string(),
  tableId: z.string(),
  tableName: z.string(),
  scheduledAt: z.string(),
  status: z.string(),
  receivedAs: z.array(z.string()),
  items: z.array(z.object({
    caseNumber: z.string(),
    position: z.number(),
    itemReason: z.string(),
    status: z.string(),
    scheduledAt: z.string(),
    heldAt: z.string().nullable(),
    record: z.object({ date: z.string().nullable(), status: z.string().nullable(), reason: z.string(), notes: z.array(z.string()) }).nullable(),
  })),
  topics: z.array(z.object({
    kind: z.string(),
    position: z.number(),
    title: z.string(),
    description: z.string(),
    approach: z.string().nullable(),
    individualsToRoute: z.number(),
    routeToTableId: z.string().nullable(),
    discussedAt: z.string().nullable(),
    actions: z.array(z.object({ description: z.string(), ownerPartnerName: z.string(), dueAt: z.string().nullable() })),
  })),
});
const dateOrDateTime = z.union([z.iso.date('must be a date YYYY-MM-DD'), isoDateTime]);

export function registerSessionRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    { method: 'GET', url: '/api/session-bodies', summary: 'The tables, work areas and teams that meet on a cadence, with their cadence', tags: ['sessions'], auth: 'personal' },
    ({ actor }) => withActor(deps, actor, async (trx) => sessionBodies(await deps.collaborationConfig(trx, actor.collaborationId))),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/sessions/plan',
      summary: 'Plan the sessions of a body from its configured cadence for a rolling horizon (idempotent)',
      tags: ['sessions'],
      auth: 'personal',
      body: z.object({ bodyKind, bodyId: text(100), from: z.iso.date('must be a date YYYY-MM-DD').optional(), days: z.number().int().min(1).max(366).optional() }),
    },
    ({ actor, body }) => planSessions(deps, actor, body),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/sessions',
      summary: 'The sessions in a period that I may open',
      tags: ['sessions'],
      auth: 'personal',
      query: z.object({ from: dateOrDateTime, to: dateOrDateTime, bodyKind: bodyKind.optional(), bodyId: text(100).optional() }),
    },
    ({ actor, query }) => listSessions(deps, actor, query),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/sessions',
      summary: 'Add a session outside the cadence',
      tags: ['sessions'],
      auth: 'personal',
      body: z.object({ bodyKind, bodyId: text(100), scheduledAt: isoDateTime, place: text(500).optional(), link: z.url().max(1000).optional(), chairUserId: uuid.optional() }),
      status: 201,
    },
    ({ actor, body }) => addSession(deps, actor, body),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/sessions/:sessionId', summary: 'One session with its agenda: items I am invited to in full, others as "niet voor u"', tags: ['sessions'], auth: 'personal', params: sessionParams },
    ({ actor, params }) => viewSession(deps, actor, params.sessionId),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/sessions/:sessionId/minutes',
      summary: "A session's minutes for the designated functionary of a table that receives them (seed 000 PJO)",
      description:
        'Per individual discussed only the record (date, status, reason, notes) with the case number, and the group and theme items; never names, preparation, invitations, plan or contributions. Only the designated functionary of a table named in the session table\'s `minutesSharedWith`; others 403 (P2), audited (ADR 0129).',
      tags: ['sessions'],
      auth: 'personal',
      params: sessionParams,
      response: minutesResponse,
    },
    ({ actor, params }) => viewSessionMinutes(deps, actor, params.sessionId),
  );

  defineRoute(
    app,
    {
      method: 'PATCH',
      url: '/api/sessions/:sessionId',
      summary: 'Move, cancel or complete a session; set place, link or chair (optimistic locking)',
      tags: ['sessions'],
      auth: 'personal',
      params: sessionParams,
      body: z.object({
        version: z.number().int().positive(),
        scheduledAt: isoDateTime.optional(),
        place: text(500).nullable().optional(),
        link: z.url().max(1000).nullable().optional(),
        chairUserId: uuid.optional(),
        status: z.enum(['planned', 'held', 'cancelled']).optional(),
        cancelReason: text(1000).optional(),
      }),
    },
    ({ actor, params, body }) => changeSession(deps, actor, params.sessionId, body),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/sessions/:sessionId/proposals', summary: 'The agenda the session proposes: new cases and running cases due', tags: ['sessions'], auth: 'personal', params: sessionParams },
    ({ actor, params }) => agendaProposals(deps, actor, params.sessionId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/sessions/:sessionId/items',
      summary: 'Put a case on the agenda: prepares the case discussion (RTO) of this session',
      tags: ['sessions'],
      auth: 'personal',
      params: sessionParams,
      body: z.object({ caseId: uuid }),
      status: 201,
    },
    ({ actor, params, body }) => addAgendaItem(deps, actor, params.sessionId, body),
  );

  defineRoute(
    app,
    { method: 'DELETE', url: '/api/sessions/:sessionId/items/:itemId', summary: 'Take a case off the agenda', tags: ['sessions'], auth: 'personal', params: z.object({ sessionId: uuid, itemId: uuid }) },
    ({ actor, params }) => removeAgendaItem(deps, actor, params.sessionId, params.itemId),
  );

  const topicFields = {
    title: text(200),
    description: text(2000),
    partnerIds: z.array(uuid).max(50),
    individualsToRoute: z.number().int().min(0).max(100).optional(),
    routeToTableId: text(100).nullable().optional(),
  };
  const topicParams = z.object({ sessionId: uuid, topicId: uuid });

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/sessions/:sessionId/topics',
      summary: 'Put a group or theme on the agenda of a group-level table (no personal data), with the partners invited to it',
      tags: ['sessions'],
      auth: 'personal',
      params: sessionParams,
      body: z.object({ kind: z.enum(['group', 'theme']), ...topicFields }),
      status: 201,
    },
    ({ actor, params, body }) => addTopic(deps, actor, params.sessionId, body),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/sessions/:sessionId/topics/:topicId',
      summary: 'Record the discussion of a group or theme: the agreed approach, actions per invited partner, individuals routed to another table (counted, not named)',
      tags: ['sessions'],
      auth: 'personal',
      params: topicParams,
      body: z.object({
        version: z.number().int().positive(),
        approach: text(4000),
        actions: z.array(z.object({ description: text(1000), ownerPartnerId: uuid, dueAt: dateOrDateTime.nullable().optional() })).max(50),
        title: topicFields.title.optional(),
        description: topicFields.description.optional(),
        partnerIds: topicFields.partnerIds.optional(),
        individualsToRoute: topicFields.individualsToRoute,
        routeToTableId: topicFields.routeToTableId,
      }),
    },
    ({ actor, params, body }) => recordTopic(deps, actor, params.sessionId, params.topicId, body),
  );

  defineRoute(
    app,
    { method: 'DELETE', url: '/api/sessions/:sessionId/topics/:topicId', summary: 'Take a group or theme that was not discussed off the agenda', tags: ['sessions'], auth: 'personal', params: topicParams },
    ({ actor, params }) => removeTopic(deps, actor, params.sessionId, params.topicId),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/sessions/:sessionId/action-list', summary: 'My action list of the session: my actions per item I am invited to', tags: ['sessions'], auth: 'personal', params: sessionParams },
    ({ actor, params }) => sessionActionList(deps, actor, params.sessionId),
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/sessions/:sessionId/action-list/sent', summary: 'Send the action lists of the held items to their participants (inbox; e-mail linking to each reader\'s PDF) and record it (due within a week)', tags: ['sessions'], auth: 'personal', params: sessionParams },
    ({ actor, params }) => markSessionActionListSent(deps, actor, params.sessionId),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/sessions/:sessionId/agenda.pdf', summary: 'The agenda as PDF: my items in full, the others as "niet voor u"', tags: ['sessions', 'documents'], auth: 'personal', params: sessionParams },
    async ({ actor, params, reply }) => {
      const doc = await sessionAgendaDocument(deps, actor, params.sessionId);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${doc.fileName}"`);
      reply.header('cache-control', 'no-store');
      return doc.pdf;
    },
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/session-reminders', summary: 'My reminders from sessions: actions due or overdue, follow-ups, evaluations', tags: ['sessions'], auth: 'personal' },
    ({ actor }) => mySessionReminders(deps, actor),
  );
}
