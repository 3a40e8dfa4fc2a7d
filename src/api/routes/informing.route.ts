import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { POSTPONEMENT_GROUNDS } from '../../domain/process/informing-rules.js';
import { postponeInforming } from '../../services/informing/postpone-informing.js';
import { recordInforming } from '../../services/informing/record-informing.js';
import { recordDeletionInforming } from '../../services/informing/record-deletion-informing.js';
import { listInforming } from '../../services/informing/list-informing.js';
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
      description:
        'By the party the covenant makes responsible (`informSubject`), or by the process director stating on whose behalf where the covenant allows that. Of the registration: needed before the case enters triage. Of the triage outcome (`triage_outcome`, seed 003 fase 2): about a prepared RTO (`meetingId`, default the latest), whose goal, themes and participants are kept with the record, and with the rights explained (`rightsExplained: true`).',
      tags: ['informing'],
      auth: 'personal',
      params: caseParams,
      body: z.object({
        subjectId: uuid,
        topic: informingTopic.default('registration'),
        informedAt: isoDateTime,
        method: informingChannel,
        onBehalfOf: uuid.optional(),
        meetingId: uuid.optional(),
        rightsExplained: z.boolean().optional(),
        duringDetention: z.boolean().optional().describe('The subject was informed while in detention (seed 000 Nazorg ex-gedetineerden: a precondition of that table, 000-R81).'),
      }),
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ({ actor, params, body }) => recordInforming(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/informing',
      summary: 'What the subject was told and which informing was postponed (P10)',
      description: 'For whoever may read the case now; audited. An informing of the triage outcome shows the goal, themes and participants of the RTO as told.',
      tags: ['informing'],
      auth: 'personal',
      params: caseParams,
      response: z.array(
        z.object({
          id: z.string(),
          subjectId: z.string().nullable(),
          topic: z.string(),
          informedAt: z.string().nullable(),
          method: z.string().nullable(),
          duringDetention: z.boolean(),
          informedBy: z.string().nullable(),
          onBehalfOf: z.string().nullable(),
          postponement: z.object({ reason: z.string(), plannedAt: z.string() }).nullable(),
          told: z
            .object({
              meetingId: z.string(),
              goal: z.string(),
              themes: z.array(z.string()),
              participants: z.array(z.object({ partnerId: z.string(), role: z.string() })),
              rightsExplained: z.boolean(),
            })
            .nullable(),
          recordedAt: z.string(),
        }),
      ),
    },
    ({ actor, params }) => listInforming(deps, actor, params.caseId),
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
      body: z.object({
        subjectId: uuid,
        topic: informingTopic.default('registration'),
        reason: text(2000),
        plannedAt: isoDateTime,
        ground: z.enum(POSTPONEMENT_GROUNDS).optional().describe('Where the covenant limits the grounds (Nijmegen: vital_interest or conflict_of_duties), the one this postponement rests on; see postponementGrounds on the case.'),
      }),
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
