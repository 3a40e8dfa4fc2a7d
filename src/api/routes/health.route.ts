import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { databaseHealth } from '../../store/database-health.js';
import { defineRoute } from '../route.js';
import type { ApiOptions } from '../app.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  engine: z.enum(['pglite', 'postgres']),
  demo: z.boolean(),
  /** `unreachable`: no connection; `not_writable`: it answers but cannot commit a write (e.g. disk full). */
  database: z.enum(['ok', 'unreachable', 'not_writable']),
});

export function registerHealthRoutes(app: FastifyInstance, options: ApiOptions): void {
  const health = databaseHealth(options.deps.database);
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/health',
      summary: 'Liveness and database check',
      description: 'Status 200 when the database answers and commits a write; 503 with `database` saying why not.',
      tags: ['system'],
      auth: 'none',
      response: healthResponse,
    },
    async ({ reply }) => {
      const database = await health.check(options.deps.now());
      if (database !== 'ok') void reply.status(503);
      return { status: database === 'ok' ? ('ok' as const) : ('unavailable' as const), engine: options.deps.database.engine, demo: options.demoMode, database };
    },
  );
}
