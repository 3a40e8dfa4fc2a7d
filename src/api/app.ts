/**
 * The HTTP API: Fastify with zod at the edges, OpenAPI 3.1 at /api/openapi.json, one error
 * mapper, and the session resolved per request. Routes live in routes/, one file per resource.
 */
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { authenticate } from '../services/auth/authenticate.js';
import type { SecondFactorCheck } from '../services/auth/login.js';
import type { SessionPolicy } from '../services/auth/session-policy.js';
import type { ServiceDeps } from '../services/ports.js';
import { installErrorHandler } from './error-handler.js';
import { registerRoutes } from './routes/index.js';

export const SESSION_COOKIE = 'casustafel_session';

export interface ApiOptions {
  readonly deps: ServiceDeps;
  readonly sessionPolicy: SessionPolicy;
  readonly secondFactor: SecondFactorCheck;
  /** Set the `Secure` flag on cookies (behind TLS). */
  readonly secureCookies: boolean;
  readonly logger?: boolean;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit?: number;
  readonly demoMode: boolean;
}

export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
  });
  // zod validates (route.ts); Fastify only carries the schemas into OpenAPI.
  app.setValidatorCompiler(() => (data: unknown) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Casustafel API',
        version: '0.1.0',
        description:
          'The work process of a care-and-safety collaboration with its privacy protocol enforced by construction. ' +
          'Sign in with POST /api/auth/login; the session cookie authenticates every other call. Every read of personal ' +
          'data states its purpose and is decided by the access engine and audited.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token === undefined || token === '' ? null : await authenticate(options.deps, options.sessionPolicy, token);
  });
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  });

  await registerRoutes(app, options);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  return app;
}
