import type { FastifyInstance } from 'fastify';
import { myReminders } from '../../services/reminders/my-reminders.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';

export function registerReminderRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/reminders',
      summary: 'My reminders: informing the subject, rights-request deadlines, incident notices, retention steps, around sessions: actions due or overdue, follow-ups, evaluations, action lists to send (§7); declarations and VOG checks about to expire (the user its own, admins every user)',
      tags: ['reminders'],
      auth: 'personal',
    },
    ({ actor }) => myReminders(deps, actor),
  );
}
