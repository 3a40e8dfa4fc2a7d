/** The Wpg art. 32 provision log (P9): read per period and case number, and exported as CSV. */
import type { FastifyInstance } from 'fastify';
import { exportProvisionsCsv, listProvisions } from '../../services/provisions/provision-log.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { recordOralProvision } from '../../services/provisions/record-oral-provision.js';
import { oralProvisionBody, provisionQuery } from './privacy-office.schema.js';

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
}
