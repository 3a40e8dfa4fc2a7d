import type { FastifyInstance } from 'fastify';
import { themeStylesheet } from '../../services/governance/theme-stylesheet.js';
import { updateTable } from '../../services/governance/update-table.js';
import { viewCollaboration } from '../../services/governance/view-collaboration.js';
import { designateTableFunctionary, listTableDesignations } from '../../services/tables/table-designations.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { z } from 'zod';
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
      description: 'The whole configuration is validated with the change; errors name the field.',
      tags,
      auth: 'session',
      params: tableParams,
      body: tableBody,
    },
    ({ actor, params, body }) => updateTable(deps, actor, params.tableId, body),
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
