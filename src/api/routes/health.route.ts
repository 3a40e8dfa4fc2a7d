import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../route.js';
import type { ApiOptions } from '../app.js';

export function registerHealthRoutes(app: FastifyInstance, options: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/health',
      summary: 'Liveness and database check',
      tags: ['system'],
      auth: 'none',
      response: z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']), demo: z.boolean() }),
    },
    async () => {
      await options.deps.database.db.selectFrom('schema_migrations').select('name').limit(1).execute();
      return { status: 'ok' as const, engine: options.deps.database.engine, demo: options.demoMode };
    },
  );
}
