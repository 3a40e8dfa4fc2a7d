import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../services/app-error.js';
import { OIDC_FLOW_MINUTES } from '../../services/auth/oidc.js';
import { defineRoute } from '../route.js';
import type { ApiOptions } from '../app.js';
import { presentSession } from './auth.route.js';

export const OIDC_COOKIE = 'casustafel_oidc';

const NOT_CONFIGURED = new AppError('not_found', { nl: 'Inloggen via OpenID Connect is niet ingesteld.', en: 'OpenID Connect sign-in is not configured.' });

export function registerOidcRoutes(app: FastifyInstance, options: ApiOptions): void {
  const oidc = options.oidc ?? null;
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/auth/oidc/start',
      summary: 'Sign in through the identity provider (redirects there)',
      description: 'Authorization code flow with PKCE (S256), state and nonce; the flow is kept in a sealed, short-lived cookie.',
      tags: ['auth'],
      auth: 'none',
    },
    async ({ reply }) => {
      if (oidc === null) throw NOT_CONFIGURED;
      const started = await oidc.start();
      // Lax: the identity provider sends the browser back with a cross-site top-level GET.
      void reply.setCookie(OIDC_COOKIE, started.flow, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        path: '/api/auth/oidc',
        maxAge: OIDC_FLOW_MINUTES * 60,
      });
      return reply.redirect(started.url, 302);
    },
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/auth/oidc/callback',
      summary: 'Where the identity provider returns; opens the session and redirects to the application',
      tags: ['auth'],
      auth: 'none',
      query: z.object({ format: z.enum(['json', 'redirect']).default('redirect') }).passthrough(),
    },
    async ({ request, reply, query }) => {
      if (oidc === null) throw NOT_CONFIGURED;
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const params = new URLSearchParams(search);
      params.delete('format');
      void reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
      const result = await oidc.callback(params.toString(), request.cookies[OIDC_COOKIE]);
      const session = presentSession(reply, options, result);
      if (query.format === 'json') return session;
      return reply.redirect('/', 303);
    },
  );
}
