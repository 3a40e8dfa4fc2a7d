import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { postponeInforming } from '../../services/informing/postpone-informing.js';
import { recordInforming } from '../../services/informing/record-informing.js';
import { recordDeletionInforming } from '../../services/informing/record-deletion-informing.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, informingChannel, informingTopic, isoDateTime, text, uuid } from './schemas.js';

export function registerInformingRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/informing',
      summary: 'Record that the subject was informed (P10)',
      description: 'By the registrant, or by the process director stating on whose behalf. Needed before the case enters triage.',
      tags: ['informing'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ subjectId: uuid, topic: informingTopic.default('registration'), informedAt: isoDateTime, method: informingChannel, onBehalfOf: uuid.optional() }),
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ({ actor, params, body }) => recordInforming(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/informing/postponements',
      summary: 'Postpone informing the subject, with a reason and a planned date (P10)',
      tags: ['informing'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ subjectId: uuid, topic: informingTopic.default('registration'), reason: text(2000), plannedAt: isoDateTime }),
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ({ actor, params, body }) => postponeInforming(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/deletion-informing',
      summary: 'Record that the subject was told of the deletion, after it (seed 003 fase 4)',
      description: 'A record without a subject, after the identifying data is gone: by the party holding casusregie, or by the process director on its behalf where the covenant allows it. Closes the reminder.',
      tags: ['informing'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ informedAt: isoDateTime, method: informingChannel }),
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ({ actor, params, body }) => recordDeletionInforming(deps, actor, { caseId: params.caseId, ...body }),
  );
}
