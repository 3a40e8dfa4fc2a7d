import type { FastifyInstance } from 'fastify';
import { themeStylesheet } from '../../services/governance/theme-stylesheet.js';
import { adoptTableAmendment, listTableAmendments, recordAmendmentConsent } from '../../services/governance/table-amendments.js';
import { updateTable } from '../../services/governance/update-table.js';
import { viewCollaboration } from '../../services/governance/view-collaboration.js';
import { designateTableFunctionary, listTableDesignations } from '../../services/tables/table-designations.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { z } from 'zod';

const tableAmendment = z.object({
  id: z.string(),
  tableId: z.string(),
  status: z.enum(['pending', 'adopted', 'rejected']),
  rule: z.enum(['all_partners', 'admin']),
  source: z.string().nullable(),
  proposedAt: z.string(),
  proposedBy: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  diff: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  consents: z.array(z.object({ partnerId: z.string(), partnerName: z.string(), signatoryName: z.string(), signatoryFunction: z.string(), approved: z.boolean(), at: z.string() })),
  missing: z.array(z.object({ partnerId: z.string(), name: z.string() })),
});
import { tableBody, tableParams, uuid } from './schemas.js';

export function registerCollaborationRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['collaboration'];
  defineRoute(app, { method: 'GET', url: '/api/collaboration', summary: 'The configuration of my collaboration (§6)', tags, auth: 'session' }, ({ actor }) => viewCollaboration(deps, actor));

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/collaboration/theme.css',
      summary: "My collaboration's design tokens as a stylesheet (§6)",
      description: "text/css built only from the validated theme tokens of the signed-in user's collaboration; without rules when it sets none.",
      tags,
      auth: 'session',
    },
    async ({ actor, reply }) => {
      const css = await themeStylesheet(deps, actor);
      void reply.type('text/css; charset=utf-8');
      return css;
    },
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/collaboration/tables/:tableId',
      summary: 'Add or change a table (admin)',
      description:
        'The whole configuration is validated with the change; errors name the field. The change is kept with its diff field by field (`amendment`). Where the covenant requires the written consent of all partners (`amendmentApproval.rule` `all_partners`, seed 000 art. 16.2) it is only proposed: 202 with `inForce: false`, the table unchanged until every partner consented and the admin adopted it (POST /api/collaboration/table-amendments/{id}/adopt). Otherwise 200 with `inForce: true` and the configuration.',
      tags,
      auth: 'session',
      params: tableParams,
      body: tableBody,
    },
    async ({ actor, params, body, reply }) => {
      const result = await updateTable(deps, actor, params.tableId, body);
      if (!result.inForce) void reply.status(202);
      return result;
    },
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/collaboration/table-amendments',
      summary: 'The history of changes to the tables, with their diffs and the partners\' consents (admin, manager; seed 000 art. 16.2)',
      description: 'Newest first. Each names the table, the diff field by field (before/after), who proposed and who adopted it, each partner\'s recorded consent or refusal (signatory, function, date) and, while pending, the partners whose consent is missing. Audited as `collaboration.amendments.list`.',
      tags,
      auth: 'session',
      response: z.array(tableAmendment),
    },
    ({ actor }) => listTableAmendments(deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/collaboration/table-amendments/:id/consents',
      summary: "Record my partner's written consent to, or refusal of, a proposed change of a table (manager; seed 000 art. 16.2)",
      description:
        "Only a manager records it, for its own partner, once, and only for a partner that was a member when the change was proposed (403 naming art. 16.2 otherwise; 409 when already recorded or decided). The signatory is the signed-in user with the function given. A refusal ends the proposal. Audited as `collaboration.amendment.consent` or `collaboration.amendment.refuse`.",
      tags,
      auth: 'session',
      params: z.object({ id: uuid }),
      body: z.object({ approved: z.boolean(), signatoryFunction: z.string().trim().min(1).max(200) }),
      response: tableAmendment,
    },
    ({ actor, params, body }) => recordAmendmentConsent(deps, actor, params.id, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/collaboration/table-amendments/:id/adopt',
      summary: 'Adopt a change of a table every partner consented to; the table changes now (admin; seed 000 art. 16.2)',
      description: 'A 409 naming art. 16.2 and the partners whose consent is missing while any is. Audited as `collaboration.table.update`.',
      tags,
      auth: 'session',
      params: z.object({ id: uuid }),
      response: tableAmendment,
    },
    ({ actor, params }) => adoptTableAmendment(deps, actor, params.id),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/collaboration/table-designations', summary: 'The functionary designated per table (admin, seed 000 art. 10.2)', tags, auth: 'session' },
    ({ actor }) => listTableDesignations(deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/collaboration/tables/:tableId/designation',
      summary: "Designate the table's functionary, or end the designation with null (admin, seed 000 art. 10.2)",
      description:
        "New cases at the table go to the designated person. Only an active process director may be designated, and at a table with a responsible officer only one of that officer's partner; otherwise a 400 naming `userId` with the reason. Audited as `table.designate`. Returns every designation of the collaboration.",
      tags,
      auth: 'session',
      params: tableParams,
      body: z.object({ userId: uuid.nullable() }),
    },
    ({ actor, params, body }) => designateTableFunctionary(deps, actor, params.tableId, body.userId),
  );
  // Installing a collaboration is an installation-level act (finding M2): `casustafel config install` only.
}
