import type { FastifyInstance } from 'fastify';
import { reviewAudit } from '../../services/audit-review/review-audit.js';
import { verifyAuditChain } from '../../services/audit-review/verify-audit-chain.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { auditQuery } from './schemas.js';

export function registerAuditRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['audit'];
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/audit',
      summary: 'Review the access log (P16)',
      description: 'Privacy officer only. Filters: user, case, subject, action, outcome, from (inclusive), to (exclusive); page with `before` = the previous `nextBefore`.',
      tags,
      auth: 'personal',
      query: auditQuery,
    },
    ({ actor, query }) =>
      reviewAudit(deps, actor, {
        ...(query.userId === undefined ? {} : { userId: query.userId }),
        ...(query.caseId === undefined ? {} : { caseId: query.caseId }),
        ...(query.subjectId === undefined ? {} : { subjectId: query.subjectId }),
        ...(query.action === undefined ? {} : { action: query.action }),
        ...(query.outcome === undefined ? {} : { outcome: query.outcome }),
        ...(query.from === undefined ? {} : { from: new Date(query.from) }),
        ...(query.to === undefined ? {} : { to: new Date(query.to) }),
        ...(query.before === undefined ? {} : { before: query.before }),
        limit: query.limit,
      }),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/audit/verify', summary: 'Verify the hash chain of the access log (P16)', description: 'Privacy officer or admin.', tags, auth: 'session' },
    ({ actor }) => verifyAuditChain(deps, actor),
  );
}
