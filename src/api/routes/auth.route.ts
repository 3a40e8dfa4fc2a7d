import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { login, logout } from '../../services/auth/login.js';
import { defineRoute } from '../route.js';
import { SESSION_COOKIE } from '../app.js';
import type { ApiOptions } from '../app.js';

const loginBody = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  totp: z.string().regex(/^\d{6}$/, 'six digits').optional(),
});

const me = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: z.string(),
  partnerId: z.string(),
  collaborationId: z.string(),
  personalDataBlock: z.string().nullable(),
});

export function registerAuthRoutes(app: FastifyInstance, options: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Sign in (script-friendly)',
      description:
        'Body `{ "username", "password" }` (and `"totp"` when the account has a second factor). Returns the user and sets the ' +
        `\`${SESSION_COOKIE}\` cookie (HttpOnly; SameSite=Strict). Repeated failures lock the account for a while.`,
      tags: ['auth'],
      auth: 'none',
      body: loginBody,
      response: z.object({ user: z.object({ id: z.string(), displayName: z.string(), role: z.string(), partnerId: z.string(), collaborationId: z.string() }), expiresAt: z.string() }),
    },
    async ({ body, reply }) => {
      const result = await login(options.deps, options.sessionPolicy, body, options.secondFactor);
      void reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: options.secureCookies,
        path: '/',
        expires: result.expiresAt,
      });
      return { user: result.user, expiresAt: result.expiresAt.toISOString() };
    },
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/auth/logout', summary: 'Sign out: ends the server-side session', tags: ['auth'], auth: 'session', status: 204 },
    async ({ request, reply }) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined) await logout(options.deps, token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return null;
    },
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/auth/me', summary: 'The signed-in user and whether personal data is reachable', tags: ['auth'], auth: 'session', response: me },
    ({ actor }) =>
      Promise.resolve({
      userId: actor.userId,
      displayName: actor.displayName,
      role: actor.role,
      partnerId: actor.partnerId,
      collaborationId: actor.collaborationId,
      personalDataBlock: actor.personalDataBlock,
    }),
  );
}
