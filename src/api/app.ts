/**
 * The HTTP API: Fastify with zod at the edges, OpenAPI 3.1 at /api/openapi.json, one error
 * mapper, and the session resolved per request. Routes live in routes/, one file per resource.
 */
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { LogController } from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Metrics } from '../ops/metrics.js';
import { AppError } from '../services/app-error.js';
import { authenticate } from '../services/auth/authenticate.js';
import type { SecondFactorCheck } from '../services/auth/login.js';
import type { OidcLogin } from '../services/auth/oidc.js';
import type { SessionPolicy } from '../services/auth/session-policy.js';
import type { ServiceDeps } from '../services/ports.js';
import { systemContext } from '../store/acting-context.js';
import { installCsrf } from './csrf.js';
import { installErrorHandler } from './error-handler.js';
import { installMetricsRoute } from './metrics.route.js';
import { installRateLimit } from './rate-limit.js';
import type { LoginRateLimit } from './rate-limit.js';
import { registerRoutes } from './routes/index.js';
import { refuseEnrolmentOnly } from './route.js';
import type { RouteAuthConfig } from './route.js';

export const SESSION_COOKIE = 'casustafel_session';

export interface ApiOptions {
  readonly deps: ServiceDeps;
  readonly sessionPolicy: SessionPolicy;
  readonly secondFactor: SecondFactorCheck;
  /** Set the `Secure` flag on cookies (behind TLS). */
  readonly secureCookies: boolean;
  /** Structured JSON logger (src/ops/logger.ts); none: no logs. */
  readonly logger?: FastifyBaseLogger;
  /** Request latency and decision counters; `/metrics` is served when `metricsToken` is set. */
  readonly metrics?: Metrics | null;
  /** The bearer token `/metrics` on this port asks for; null: no `/metrics` here. */
  readonly metricsToken?: string | null;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit?: number;
  readonly demoMode: boolean;
  /**
   * Outside demo mode every session needs a second factor: a password-only session may do no more
   * than enrol TOTP (and see who it is, and sign out).
   */
  readonly secondFactorRequired?: boolean;
  readonly loginRateLimit?: LoginRateLimit;
  /** OpenID Connect login, when configured. */
  readonly oidc?: OidcLogin | null;
  /** The built web UI's folder (default `web/dist`). */
  readonly webDir?: string;
}

/**
 * Only origin-form request targets (`/api/cases`) are served. An absolute-form target
 * (`GET http://x/api/cases`) is routed by path all the same, so any check that reads the raw URL
 * could be steered around; such requests are refused before anything else runs.
 */
const NOT_ORIGIN_FORM = new AppError(
  'validation_failed',
  { nl: 'Het verzoekdoel moet een pad zijn dat met / begint.', en: 'The request target must be a path starting with /.' },
  { reason: 'request_target_not_origin_form', fields: [{ field: 'request-target', message: 'absolute or authority form refused' }] },
);

/** Refusals decided before any service ran; the access gate audits its own. */
const EDGE_REFUSALS = new Set(['partner_not_active', 'no_confidentiality_declaration', 'no_vog_check', 'confidentiality_declaration_expired', 'vog_check_expired', 'csrf_token_mismatch', 'second_factor_enrolment_required']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case, subject and contribution a request named (path first, then body), for the audit of a refusal. */
function requestedIds(params: unknown, body: unknown): { caseId: string | null; subjectId: string | null; contributionId: string | null } {
  const get = (name: string): string | null => {
    for (const source of [params, body]) {
      const value: unknown = typeof source === 'object' && source !== null ? Reflect.get(source, name) : undefined;
      if (typeof value === 'string' && UUID.test(value)) return value;
    }
    return null;
  };
  return { caseId: get('caseId') ?? get('forCaseId'), subjectId: get('subjectId'), contributionId: get('contributionId') };
}

export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    // One line per request, written in onResponse below (route pattern, not the URL).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    // Behind a reverse proxy, set trustProxy there; here the socket address is the client.
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
  });
  // zod validates (route.ts); Fastify only carries the schemas into OpenAPI.
  app.setValidatorCompiler(() => (data: unknown) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandler(app);

  // Compressed responses for clients that ask (Accept-Encoding), above 1 kB.
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  await installRateLimit(app);
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
  const sessionPolicy = { ...options.sessionPolicy, secondFactorRequired: options.secondFactorRequired ?? false };
  app.addHook('onRequest', async (request) => {
    if (!(request.raw.url ?? '').startsWith('/')) throw NOT_ORIGIN_FORM;
    const token = request.cookies[SESSION_COOKIE];
    const actor = token === undefined || token === '' ? null : await authenticate(options.deps, sessionPolicy, token);
    request.actor = actor;
    // Decided on the route that was matched, not on the URL text (the route handler checks again).
    refuseEnrolmentOnly(actor, request.routeOptions.config as Partial<RouteAuthConfig> | undefined);
  });
  installCsrf(app, SESSION_COOKIE);
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError)) return;
    const edgeRefusal = error.code === 'forbidden' && error.reason !== undefined && EDGE_REFUSALS.has(error.reason);
    // A 404 for a signed-in user: the thing does not exist or the user may not know it does (RLS,
    // another collaboration). Recorded either way with the ids the request named (M7), so an
    // enumeration of ids leaves a trace.
    const hidden = error.code === 'not_found' && request.actor !== null;
    if (!edgeRefusal && !hidden) return;
    const actor = request.actor;
    const ids = hidden ? requestedIds(request.params, request.body) : { caseId: null, subjectId: null, contributionId: null };
    await options.deps.database
      .withTransaction(systemContext(), (trx) =>
        options.deps.audit.append(trx, {
          at: options.deps.now(),
          userId: actor?.userId ?? null,
          partnerId: actor?.partnerId ?? null,
          role: actor?.role ?? null,
          onBehalfOfPartnerId: null,
          collaborationId: actor?.collaborationId ?? null,
          ...ids,
          action: `request.${request.method.toLowerCase()}`,
          purpose: null,
          legalBasisKind: null,
          accessPoint: options.deps.accessPoint,
          outcome: 'deny',
          rule: hidden ? 'not_found_or_hidden' : (error.reason ?? null),
        }),
      )
      .catch((auditError: unknown) => request.log.error({ err: auditError }, 'audit of a refusal failed'));
  });
  app.addHook('onSend', async (_request, reply) => {
    if (options.secureCookies) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  });

  const metrics = options.metrics ?? null;
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics?.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    request.log.info({ req: request, res: reply, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
  });
  if (metrics !== null && (options.metricsToken ?? null) !== null) installMetricsRoute(app, metrics, options.metricsToken ?? '');

  await registerRoutes(app, options);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  return app;
}
