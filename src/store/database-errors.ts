/**
 * Recognises errors that mean "the database is not available right now" (connection lost,
 * server shutting down, disk full), as opposed to a fault in the request or the code. The API
 * answers these with 503 and nothing half-written (the transaction did not commit).
 */

/** SQLSTATE classes and codes of an unavailable database (PostgreSQL appendix A). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|53...|58030|25006)$/;
/** Node socket and file-system error codes of a lost connection or a full disk. */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOSPC', 'EROFS', 'EDQUOT']);
/** node-postgres raises these as plain errors without a code. */
const UNAVAILABLE_MESSAGE = /Connection terminated|not currently accepting connections|not queryable|connection error|timeout exceeded when trying to connect|Client was closed|No space left on device|read-only file system/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = Reflect.get(e, 'cause'), depth += 1) {
    const code: unknown = Reflect.get(e, 'code');
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    const message: unknown = Reflect.get(e, 'message');
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
