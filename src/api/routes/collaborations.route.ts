import type { FastifyInstance } from 'fastify';
import { themeStylesheet } from '../../services/governance/theme-stylesheet.js';
import { updateTable } from '../../services/governance/update-table.js';
import { viewCollaboration } from '../../services/governance/view-collaboration.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { tableBody, tableParams } from './schemas.js';

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
  // Installing a collaboration is an installation-level act (finding M2): `casustafel config install` only.
}
