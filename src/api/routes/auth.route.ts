import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../services/app-error.js';
import { login, logout } from '../../services/auth/login.js';
import type { LoginResult } from '../../services/auth/login.js';
import { CSRF_COOKIE, csrfTokenFor, setCsrfCookie } from '../csrf.js';
import { loginLimiter } from '../rate-limit.js';
import { defineRoute } from '../route.js';
import { SESSION_COOKIE } from '../app.js';
import type { ApiOptions } from '../app.js';
import { systemContext } from '../../store/acting-context.js';

const loginBody = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  totp: z
    .string()
    .trim()
    .regex(/^(\d{6}|[a-zA-Z2-7]{4}(-[a-zA-Z2-7]{4}){3})$/, 'six digits or a recovery code')
    .optional(),
});

const loginResponse = z.object({
  user: z.object({ id: z.string(), displayName: z.string(), role: z.string(), partnerId: z.string(), collaborationId: z.string() }),
  expiresAt: z.string(),
  /** The value the client repeats in the `x-csrf-token` header (also in the `casustafel_csrf` cookie). */
  csrfToken: z.string(),
  secondFactor: z.enum(['verified', 'not_enrolled']),
  /** True when this session may only enrol TOTP (production without a second factor yet). */
  enrolmentRequired: z.boolean(),
});

/** Sets the session and CSRF cookies of a fresh session and presents it. */
export function presentSession(reply: FastifyReply, options: ApiOptions, result: LoginResult): z.infer<typeof loginResponse> {
  void reply.setCookie(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'strict', secure: options.secureCookies, path: '/', expires: result.expiresAt });
  const csrfToken = csrfTokenFor(result.token);
  setCsrfCookie(reply, csrfToken, options.secureCookies, result.expiresAt);
  return {
    user: result.user,
    expiresAt: result.expiresAt.toISOString(),
    csrfToken,
    secondFactor: result.secondFactor,
    enrolmentRequired: (options.secondFactorRequired ?? false) && result.secondFactor !== 'verified',
  };
}

const RATE_LIMITED = new AppError('rate_limited', {
  nl: 'Te veel inlogpogingen voor dit account vanaf dit adres; wacht even en probeer het opnieuw.',
  en: 'Too many sign-in attempts for this account from this address; wait a while and try again.',
});

const me = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: z.string(),
  partnerId: z.string(),
  collaborationId: z.string(),
  personalDataBlock: z.string().nullable(),
  /** The confidentiality declaration and VOG check: `due` and `expired` are told to the user. */
  declarations: z.array(z.object({ kind: z.enum(['confidentiality', 'vog']), state: z.enum(['missing', 'valid', 'due', 'expired', 'not_required']), recordedAt: z.string().nullable(), expiresAt: z.string().nullable() })),
  secondFactor: z.boolean(),
  enrolmentRequired: z.boolean(),
  /** The work areas (wijken) assigned to the user: a process director's several, a statistician's one (004-C06, 004-R09). */
  workAreas: z.array(z.string()),
});

export function registerAuthRoutes(app: FastifyInstance, options: ApiOptions): void {
  const checkLimit = loginLimiter(app, options.loginRateLimit ?? { max: 20, windowMs: 60_000 });
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Sign in (script-friendly)',
      description:
        'Body `{ "username", "password" }` (and `"totp"`: a current code or a recovery code, when the account has a second factor). ' +
        `Returns the user and a CSRF token and sets the \`${SESSION_COOKIE}\` cookie (HttpOnly; SameSite=Strict) and the \`${CSRF_COOKIE}\` cookie; ` +
        'every later POST/PUT/PATCH/DELETE repeats the token in the `x-csrf-token` header. Attempts are throttled per address and ' +
        'username, and repeated failures lock the account for a while.',
      tags: ['auth'],
      auth: 'none',
      body: loginBody,
      response: loginResponse,
    },
    async ({ body, request, reply }) => {
      const limit = await checkLimit(request);
      if (limit.exceeded) {
        await options.deps.database.withTransaction(systemContext(), (trx) =>
          options.deps.audit.append(trx, {
            at: options.deps.now(),
            userId: null,
            partnerId: null,
            role: null,
            onBehalfOfPartnerId: null,
            collaborationId: null,
            caseId: null,
            subjectId: null,
            contributionId: null,
            action: 'auth.login',
            purpose: null,
            legalBasisKind: null,
            accessPoint: options.deps.accessPoint,
            outcome: 'deny',
            rule: 'rate_limited',
          }),
        );
        void reply.header('retry-after', String(Math.max(1, limit.retryAfterSeconds)));
        throw RATE_LIMITED;
      }
      const result = await login(options.deps, options.sessionPolicy, { ...body, source: request.ip }, options.secondFactor);
      return presentSession(reply, options, result);
    },
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/auth/logout', summary: 'Sign out: ends the server-side session', tags: ['auth'], auth: 'session', enrolmentOnlyAllowed: true, status: 204 },
    async ({ request, reply }) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined) await logout(options.deps, token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      void reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return null;
    },
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/auth/me', summary: 'The signed-in user and whether personal data is reachable', tags: ['auth'], auth: 'session', enrolmentOnlyAllowed: true, response: me },
    ({ actor }) =>
      Promise.resolve({
      userId: actor.userId,
      displayName: actor.displayName,
      role: actor.role,
      partnerId: actor.partnerId,
      collaborationId: actor.collaborationId,
      personalDataBlock: actor.personalDataBlock,
      declarations: actor.declarations.map((d) => ({ kind: d.kind, state: d.state, recordedAt: d.recordedAt?.toISOString() ?? null, expiresAt: d.expiresAt?.toISOString() ?? null })),
      secondFactor: actor.secondFactorAt !== null,
      enrolmentRequired: actor.enrolmentOnly,
      workAreas: actor.workAreas,
    }),
  );
}
