import type { FastifyInstance } from 'fastify';
import { exportAuditCsv, reviewAudit } from '../../services/audit-review/review-audit.js';
import type { ReviewFilters } from '../../services/audit-review/review-audit.js';
import { verifyAuditChain } from '../../services/audit-review/verify-audit-chain.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { auditReviewQuery } from './privacy-office.schema.js';
import type { z } from 'zod';

function filtersOf(query: z.infer<typeof auditReviewQuery>): ReviewFilters {
  return {
    ...(query.userId === undefined ? {} : { userId: query.userId }),
    ...(query.caseId === undefined ? {} : { caseId: query.caseId }),
    ...(query.caseNumber === undefined ? {} : { caseNumber: query.caseNumber }),
    ...(query.subjectId === undefined ? {} : { subjectId: query.subjectId }),
    ...(query.action === undefined ? {} : { action: query.action }),
    ...(query.outcome === undefined ? {} : { outcome: query.outcome }),
    ...(query.rule === undefined ? {} : { rule: query.rule }),
    ...(query.from === undefined ? {} : { from: new Date(query.from) }),
    ...(query.to === undefined ? {} : { to: new Date(query.to) }),
    ...(query.before === undefined ? {} : { before: query.before }),
    ...(query.subjectBsn === undefined && query.subjectName === undefined && query.subjectBirthDate === undefined
      ? {}
      : { person: { bsn: query.subjectBsn, name: query.subjectName, birthDate: query.subjectBirthDate } }),
    limit: query.limit,
  };
}

export function registerAuditRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['audit'];
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/audit',
      summary: 'Review the access log (P16)',
      description: 'Privacy officer only. Filters: user, case (id or number), subject (by id, or a person by BSN or by name and birth date: the entries naming its subject records or its cases), action, outcome, rule, from (inclusive), to (exclusive); page with `before` = the previous `nextBefore`. Entries name the user, the organisation and the case number.',
      tags,
      auth: 'personal',
      query: auditReviewQuery,
    },
    ({ actor, query }) => reviewAudit(deps, actor, filtersOf(query)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/audit/export', summary: 'The access log as CSV, with the same filters (P16)', description: 'Privacy officer only. An export: audited and registered; at most 1000 entries.', tags, auth: 'personal', query: auditReviewQuery },
    async ({ actor, query, reply }) => {
      const { fileName, csv } = await exportAuditCsv(deps, actor, filtersOf(query));
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return csv;
    },
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/audit/verify', summary: 'Verify the hash chain of the access log (P16)', description: 'Privacy officer or admin.', tags, auth: 'session' },
    ({ actor }) => verifyAuditChain(deps, actor),
  );
}
