/**
 * Login throttling per IP address and username (@fastify/rate-limit, in-process store). Together
 * with the account lockout after repeated failures (src/services/auth/login.ts) this slows down
 * guessing against one account from one place without letting anyone lock out a whole office.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface LoginRateLimit {
  readonly max: number;
  readonly windowMs: number;
}

export async function installRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, { global: false });
}

function usernameOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const value: unknown = Reflect.get(body, 'username');
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 200) : '';
}

/** Returns a check that counts one attempt and tells whether the limit is exceeded. */
export function loginLimiter(app: FastifyInstance, limit: LoginRateLimit): (request: FastifyRequest) => Promise<{ exceeded: boolean; retryAfterSeconds: number }> {
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: (request) => `login\0${request.ip}\0${usernameOf(request.body)}`,
  });
  return async (request) => {
    const result = await check(request);
    if (result.isAllowed) return { exceeded: false, retryAfterSeconds: 0 };
    return { exceeded: result.isExceeded, retryAfterSeconds: result.ttlInSeconds };
  };
}
