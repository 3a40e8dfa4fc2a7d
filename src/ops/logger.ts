/**
 * Structured JSON logs (pino, one object per line) that carry no personal data: a request is
 * logged by its id, method, route pattern (never the URL with its ids or query), status and
 * duration; an error by its type, code and stack frames, never its message (a database error's
 * message can quote the values of a row).
 */
import { pino } from 'pino';
import type { Logger } from 'pino';

export type AppLogger = Logger;

function stackFrames(stack: unknown): string[] {
  if (typeof stack !== 'string') return [];
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
}

/** The error as logged: type, code, frames. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const code: unknown = Reflect.get(error, 'code');
  return {
    type: error instanceof Error ? error.name : 'object',
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    frames: stackFrames(Reflect.get(error, 'stack')),
  };
}

/** A logger on stdout; `enabled: false` logs nothing. `destination` is for tests. */
export function createLogger(enabled: boolean, destination?: NodeJS.WritableStream): AppLogger {
  const options = {
    level: enabled ? 'info' : 'silent',
    base: { service: 'casustafel' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Fastify passes requests and replies to these; keep only what identifies no person.
    serializers: {
      err: serializeError,
      error: serializeError,
      req: (request: { method?: unknown; routeOptions?: { url?: unknown } }) => ({
        method: request.method,
        route: request.routeOptions?.url ?? 'unmatched',
      }),
      res: (reply: { statusCode?: unknown }) => ({ status: reply.statusCode }),
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination as pino.DestinationStream);
}
