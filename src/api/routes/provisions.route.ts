/** The Wpg art. 32 provision log (P9): read per period and case number, and exported as CSV. */
import type { FastifyInstance } from 'fastify';
import { exportProvisionsCsv, listProvisions } from '../../services/provisions/provision-log.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { provisionQuery } from './privacy-office.schema.js';

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
