/**
 * The one error type of the application. Services throw it; the API maps it to HTTP once
 * (src/api/error-handler.ts). Messages are Dutch first, with English.
 */

export type AppErrorCode =
  /** Input failed validation; `fields` names each field. 400 */
  | 'validation_failed'
  /** No valid session. 401 */
  | 'not_authenticated'
  /** Login refused (wrong credentials or second factor). 401 */
  | 'login_failed'
  /** The access engine or a process guard refused; `rule` names the rule. 403 */
  | 'forbidden'
  /** Nothing there, or nothing the actor may know exists. 404 */
  | 'not_found'
  /** Optimistic locking: the record changed since it was read. 409 */
  | 'stale_version'
  /** The request conflicts with the current state (e.g. a duplicate). 409 */
  | 'conflict'
  /** The account is locked after repeated failures. 423 */
  | 'account_locked'
  /** Too many requests. 429 */
  | 'rate_limited'
  /** The database cannot be reached or cannot write (connection lost, disk full); retry later. 503 */
  | 'unavailable'
  /** Anything unexpected; details stay in the server log. 500 */
  | 'internal';

export interface FieldIssue {
  readonly field: string;
  /** In Dutch, for a person; the field's label goes in front of it. */
  readonly message: string;
  /** The message in both languages, where known. */
  readonly messages?: Messages;
}

export interface Messages {
  readonly nl: string;
  readonly en: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messages: Messages;
  readonly rule: string | undefined;
  readonly reason: string | undefined;
  readonly fields: readonly FieldIssue[] | undefined;

  constructor(
    code: AppErrorCode,
    messages: Messages,
    extra: { rule?: string; reason?: string; fields?: readonly FieldIssue[] } = {},
  ) {
    super(messages.en);
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.rule = extra.rule;
    this.reason = extra.reason;
    this.fields = extra.fields;
  }
}

export const notFound = (what: { nl: string; en: string }): AppError =>
  new AppError('not_found', { nl: `${what.nl} niet gevonden.`, en: `${what.en} not found.` });

export const staleVersion = (): AppError =>
  new AppError('stale_version', {
    nl: 'Dit gegeven is intussen door iemand anders gewijzigd. Laad het opnieuw en probeer het nog eens.',
    en: 'Someone else changed this record in the meantime. Reload it and try again.',
  });

export const validationFailed = (fields: readonly FieldIssue[]): AppError => {
  const n = new Set(fields.map((f) => f.field)).size;
  return new AppError(
    'validation_failed',
    n === 1
      ? { nl: 'Eén veld is niet goed ingevuld. Het staat hieronder.', en: 'One field is not filled in correctly. It is listed below.' }
      : { nl: `${String(n)} velden zijn niet goed ingevuld. Ze staan hieronder.`, en: `${String(n)} fields are not filled in correctly. They are listed below.` },
    { fields },
  );
};
