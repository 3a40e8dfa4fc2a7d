/**
 * Cross-site request forgery defence by double submit: login sets a `casustafel_csrf`
 * cookie readable by the page's script; every state-changing request that carries a session
 * cookie must send it in the `x-csrf-token` header, and it must be the one derived from that
 * session (`csrfTokenFor`). A forged cross-site request cannot read the
 * cookie, so it cannot send the header. SameSite=Strict on both cookies is the second layer.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../services/app-error.js';

export const CSRF_COOKIE = 'casustafel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Login is where the token is handed out; it needs the password anyway. */
const EXEMPT = new Set(['/api/auth/login']);

export const CSRF_REFUSED = new AppError(
  'forbidden',
  {
    nl: 'Dit verzoek mist het beveiligingstoken (CSRF). Laad de pagina opnieuw en probeer het nog eens.',
    en: 'This request lacks its security token (CSRF). Reload the page and try again.',
  },
  { rule: 'ASVS-V3.5', reason: 'csrf_token_mismatch' },
);

/**
 * The CSRF token is bound to the session (finding L6): it is derived from the session token,
 * which is HttpOnly and never leaves the server otherwise. A cookie and header an attacker plants
 * (from a sibling subdomain or over plain HTTP) therefore do not match the victim's session.
 */
export const csrfTokenFor = (sessionToken: string): string => createHash('sha256').update(`casustafel-csrf\0${sessionToken}`, 'utf8').digest('base64url');

export function setCsrfCookie(reply: FastifyReply, token: string, secure: boolean, expires: Date): void {
  void reply.setCookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure, path: '/', expires });
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** Refuses a state-changing request with a session cookie whose header does not match its CSRF cookie. */
export function installCsrf(app: FastifyInstance, sessionCookie: string): void {
  app.addHook('onRequest', (request, _reply, done) => {
    done(csrfPasses(request, sessionCookie) ? undefined : CSRF_REFUSED);
  });
}

function csrfPasses(request: FastifyRequest, sessionCookie: string): boolean {
  if (!STATE_CHANGING.has(request.method)) return true;
  const session = request.cookies[sessionCookie];
  if (session === undefined || session === '') return true;
  if (EXEMPT.has(request.routeOptions.url ?? '')) return true;
  const header = request.headers[CSRF_HEADER];
  return typeof header === 'string' && equal(csrfTokenFor(session), header);
}
