import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { updatePlanAction } from '../../services/plan/update-plan-action.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { isoDateTime, uuid } from './schemas.js';

export function registerPlanRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'PATCH',
      url: '/api/cases/:caseId/plan/actions/:actionId',
      summary: 'Follow up a plan action (case director); 409 when the version is stale',
      tags: ['plan'],
      auth: 'personal',
      params: z.object({ caseId: uuid, actionId: uuid }),
      body: z.object({ version: z.number().int().positive(), status: z.enum(['open', 'done', 'cancelled']), dueAt: z.union([z.iso.date('must be a date YYYY-MM-DD'), isoDateTime]).optional() }),
    },
    ({ actor, params, body }) => updatePlanAction(deps, actor, params.caseId, params.actionId, body),
  );
}
