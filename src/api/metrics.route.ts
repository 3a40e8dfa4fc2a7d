/**
 * `GET /metrics` (Prometheus text format) on the API's port, behind a bearer token
 * (`METRICS_TOKEN`); without the right token the answer is 401 and nothing is computed. A
 * separate port without a token is the other option (`METRICS_PORT`, see src/ops/metrics-server.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../ops/metrics.js';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

export function installMetricsRoute(app: FastifyInstance, metrics: Metrics, token: string): void {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!sameToken(given, token)) {
      return reply.status(401).header('www-authenticate', 'Bearer').send({ error: { code: 'unauthenticated', message: { nl: 'Token vereist.', en: 'Token required.' } } });
    }
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
