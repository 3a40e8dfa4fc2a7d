import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readAdminSet } from '../../services/deescalation/read-admin-set.js';
import { recordDeescalationException } from '../../services/deescalation/record-exception.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, isoDateTime, text, uuid } from './schemas.js';

export function registerDeescalationRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/deescalation/exceptions',
      summary: 'Postpone a de-escalation step with a motivated exception of the lead partner (P13)',
      description: 'The re-assessment lies at most the configured months (6 in seed 003) ahead.',
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ step: z.enum(['archive', 'delete']), motivation: text(4000), reassessAt: z.union([z.iso.date('must be a date YYYY-MM-DD'), isoDateTime]), onBehalfOfPartnerId: uuid.optional() }),
      status: 201,
    },
    ({ actor, params, body }) => recordDeescalationException(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/admin-set',
      summary: 'The administrative set of an archived dossier (staff only, P13)',
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
    },
    ({ actor, params }) => readAdminSet(deps, actor, params.caseId),
  );
}
