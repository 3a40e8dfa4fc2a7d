/**
 * Maps every error to one JSON shape, once, at the edge. No stack trace ever reaches a client;
 * unexpected errors are logged server-side with the request id.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../services/app-error.js';
import type { AppErrorCode } from '../services/app-error.js';
import { isDatabaseUnavailable } from '../store/database-errors.js';

/** Answered when the database is unreachable or cannot write; the transaction did not commit. */
export const DATABASE_UNAVAILABLE = new AppError(
  'unavailable',
  {
    nl: 'De database is op dit moment niet bereikbaar. Er is niets opgeslagen; probeer het over een ogenblik opnieuw.',
    en: 'The database cannot be reached right now. Nothing was saved; please try again shortly.',
  },
  { reason: 'database_unavailable' },
);

const STATUS: Record<AppErrorCode, number> = {
  validation_failed: 400,
  not_authenticated: 401,
  login_failed: 401,
  forbidden: 403,
  not_found: 404,
  stale_version: 409,
  conflict: 409,
  account_locked: 423,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export interface ErrorBody {
  error: {
    code: AppErrorCode;
    message: string;
    messages: { nl: string; en: string };
    rule?: string;
    reason?: string;
    fields?: readonly { field: string; message: string; messages?: { nl: string; en: string } }[];
    requestId: string;
  };
}

export function errorBody(e: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: e.code,
      message: e.messages.nl,
      messages: e.messages,
      ...(e.rule === undefined ? {} : { rule: e.rule }),
      ...(e.reason === undefined ? {} : { reason: e.reason }),
      ...(e.fields === undefined ? {} : { fields: e.fields }),
      requestId,
    },
  };
}

/** A database constraint the input violated (e.g. a duplicate): a conflict, never a 500. */
function fromDatabase(error: unknown): AppError | null {
  const code: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  if (code === '23505') return new AppError('conflict', { nl: 'Dit bestaat al.', en: 'This already exists.' });
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  if (code === '40001' || code === '40P01') {
    return new AppError('conflict', { nl: 'Een gelijktijdige wijziging botste; probeer het opnieuw.', en: 'A concurrent change collided; please try again.' });
  }
  return null;
}

function fromFastify(error: FastifyError): AppError | null {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('validation_failed', { nl: 'Het verzoek is te groot.', en: 'The request is too large.' }, { fields: [{ field: 'body', message: 'too large' }] });
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || (status === 400 && error.code !== undefined)) {
    return new AppError('validation_failed', { nl: 'Het verzoek kan niet worden gelezen.', en: 'The request cannot be read.' }, { fields: [{ field: 'body', message: error.code ?? 'unreadable' }] });
  }
  if (error instanceof SyntaxError || status === 400) {
    return new AppError('validation_failed', { nl: 'Het verzoek bevat geen geldige JSON.', en: 'The request is not valid JSON.' }, { fields: [{ field: 'body', message: 'invalid JSON' }] });
  }
  if (status === 429) return new AppError('rate_limited', { nl: 'Te veel verzoeken; probeer het later opnieuw.', en: 'Too many requests; try again later.' });
  if (status === 404) return new AppError('not_found', { nl: 'Niet gevonden.', en: 'Not found.' });
  if (status === 415) return new AppError('validation_failed', { nl: 'Dit inhoudstype wordt niet ondersteund.', en: 'This content type is not supported.' }, { fields: [{ field: 'content-type', message: 'unsupported' }] });
  return null;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AppError ? error : (fromDatabase(error) ?? fromFastify(error));
    if (known === null) {
      request.log.error({ err: error }, 'unexpected error');
      const internal = new AppError('internal', {
        nl: 'Er ging iets mis aan onze kant. Er is niets half opgeslagen; probeer het opnieuw.',
        en: 'Something went wrong on our side. Nothing was half-saved; please try again.',
      });
      return reply.status(500).send(errorBody(internal, request.id));
    }
    if (known.code === 'unavailable') {
      request.log.warn({ err: error }, 'database unavailable');
      void reply.header('retry-after', '5');
    }
    return reply.status(STATUS[known.code]).send(errorBody(known, request.id));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(errorBody(new AppError('not_found', { nl: 'Deze pagina of bron bestaat niet.', en: 'This page or resource does not exist.' }), request.id)),
  );
}
