/** The table a case runs at, as an executable protocol (seed 000 Bijlage 2). */
import type { FastifyInstance } from 'fastify';
import { viewCaseTable } from '../../services/tables/view-case-table.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams } from './schemas.js';

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
}
