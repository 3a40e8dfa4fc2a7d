/** The table a case runs at, as an executable protocol (seed 000 Bijlage 2). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordScreening } from '../../services/tables/record-screening.js';
import { viewCaseTable } from '../../services/tables/view-case-table.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, text } from './schemas.js';

export function registerTableRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/table',
      summary: "The case's table: purpose, criteria, follow-up questions, preconditions, partners, data set",
      description: 'For whoever may see the case. `partners` lists the structural and incidental partners with what each is expected to share; `categories` are the kinds a contribution at this table may carry.',
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
    },
    ({ actor, params }) => viewCaseTable(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/cases/:caseId/screening',
      summary: "Record the process director's screening at the case's table: criteria met, follow-up answers, assessment",
      description:
        "By the case's process director, in screening. `criteriaMet` and `preconditionsConfirmed` are indexes into the table's `criteria` and `preconditions` (GET …/table); `answers` has one answer per follow-up question, in order. A bad field is a 400 naming it. Where the table's preconditions name `screening_recorded` before `accept`, the case goes to triage only with it; other preconditions guarded by a step and not checked from the case's records are confirmed here.",
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
      body: z.object({
        criteriaMet: z.array(z.number().int()).max(50),
        answers: z.array(z.string().max(4000)).max(50),
        preconditionsConfirmed: z.array(z.number().int()).max(50).default([]),
        assessment: text(4000),
        version: z.number().int().positive().optional(),
      }),
    },
    ({ actor, params, body }) => recordScreening(deps, actor, params.caseId, body),
  );
}
