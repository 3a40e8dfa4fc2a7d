/** The Wpg art. 32 provision log (P9): read per period and case number, and exported as CSV. */
import type { FastifyInstance } from 'fastify';
import { exportProvisionsCsv, listProvisions } from '../../services/provisions/provision-log.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { recordOralProvision } from '../../services/provisions/record-oral-provision.js';
import { listWpg20Decisions, recordWpg20Status } from '../../services/provisions/wpg20-decision.js';
import { oralProvisionBody, provisionQuery, wpg20DecisionList, wpg20StatusBody, wpg20StatusRecorded } from './privacy-office.schema.js';
import { z } from 'zod';
import { uuid } from './schemas.js';

export function registerProvisionRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['provisions'];
  const description = 'The privacy officer reads every provision; a police partner the provisions of the data it provided. Filters: from (inclusive), to (exclusive), caseNumber.';
  const toQuery = (q: { from?: string | undefined; to?: string | undefined; caseNumber?: string | undefined }) => ({
    from: q.from === undefined ? undefined : new Date(q.from),
    to: q.to === undefined ? undefined : new Date(q.to),
    caseNumber: q.caseNumber,
  });
  defineRoute(app, { method: 'GET', url: '/api/provisions', summary: 'The Wpg art. 32 provision log (P9)', description, tags, auth: 'personal', query: provisionQuery }, ({ actor, query }) =>
    listProvisions(deps, actor, toQuery(query)),
  );
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/provisions/oral',
      summary: 'Record an oral provision of police data, e.g. in a meeting (Wpg art. 32, P9)',
      description: 'By the own people of the police partner that provided the data: one log row per recipient partner, marked oral. The data is described by life domain, never by content.',
      tags,
      auth: 'personal',
      body: oralProvisionBody,
      status: 201,
    },
    ({ actor, body }) => recordOralProvision(deps, actor, { ...body, providedAt: new Date(body.providedAt) }),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/provisions/export', summary: 'The Wpg art. 32 provision log as CSV (P9)', description: `${description} An export: audited and registered.`, tags, auth: 'personal', query: provisionQuery },
    async ({ actor, query, reply }) => {
      const { fileName, csv } = await exportProvisionsCsv(deps, actor, toQuery(query));
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return csv;
    },
  );
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/wpg20-decisions',
      summary: "The police partners' art. 20 Wpg decisions with their status (P9, ADR 0190)",
      description: 'In force, suspended or withdrawn, with the recorded changes (newest first): while a decision is not in force, no police data is provided under it.',
      tags,
      auth: 'personal',
      response: wpg20DecisionList,
    },
    ({ actor }) => listWpg20Decisions(deps, actor),
  );
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/wpg20-decisions/:partnerId/status',
      summary: 'Record that the police chief suspended, changed or withdrew the art. 20 Wpg decision, or put it (back) in force (P9, ADR 0190)',
      description:
        'By a user of the police partner itself, with the reason. A change keeps the decision in force under a new decisionReference; a withdrawn decision comes back only as a new decision in force with its reference. Audited.',
      tags,
      auth: 'personal',
      params: z.object({ partnerId: uuid }),
      body: wpg20StatusBody,
      response: wpg20StatusRecorded,
      status: 201,
    },
    ({ actor, params, body }) => recordWpg20Status(deps, actor, { partnerId: params.partnerId, ...body }),
  );
}
