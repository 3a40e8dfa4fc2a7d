/** The in-app inbox (§7) and, for the admin, the e-mail outbox's delivery state. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { markRead, myInbox } from '../../services/notifications/inbox.js';
import { outboxStatus, retryOutboxMessage } from '../../services/notifications/outbox-status.js';
import { setNoticeEmail } from '../../services/notifications/notice-email.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { recordParams, userParams, uuid } from './schemas.js';

export function registerNotificationRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    { method: 'GET', url: '/api/inbox', summary: 'My notifications, newest first, with the number unread', description: 'Invitations, triage questions, routed rights requests, incidents, actions due, reminders. No case content.', tags: ['inbox'], auth: 'session' },
    ({ actor }) => myInbox(deps, actor),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/inbox/read', summary: 'Mark one notification read, or all without an id', tags: ['inbox'], auth: 'session', body: z.object({ id: uuid.optional() }) },
    ({ actor, body }) => markRead(deps, actor, body.id),
  );
  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/users/:userId/email',
      summary: "Set (or clear with null) the address notice e-mails go to: the admin for anyone, a user for itself",
      tags: ['inbox'],
      auth: 'session',
      params: userParams,
      body: z.object({ email: z.union([z.email('must be an e-mail address').max(320), z.null()]) }),
    },
    ({ actor, params, body }) => setNoticeEmail(deps, actor, params.userId, body.email),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/admin/outbox', summary: 'E-mail delivery: counts and the messages not (yet) delivered, with their last error (admin)', tags: ['inbox'], auth: 'session' },
    ({ actor }) => outboxStatus(deps, actor),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/admin/outbox/:id/retry', summary: 'Send an undelivered e-mail again (admin)', tags: ['inbox'], auth: 'session', params: recordParams },
    ({ actor, params }) => retryOutboxMessage(deps, actor, params.id),
  );
}
