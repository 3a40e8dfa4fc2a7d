/**
 * The one way the UI talks to the API: same-origin fetch with the session cookie, the CSRF
 * token from the `casustafel_csrf` cookie on every request, and errors as ApiError.
 */
import type { ErrorDetail } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: ErrorDetail,
  ) {
    super(detail.message);
    this.name = 'ApiError';
  }
}

const CSRF_COOKIE = 'casustafel_csrf';

export function csrfToken(): string {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return '';
}

function isErrorBody(value: unknown): value is { error: ErrorDetail } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const e = (value).error;
  return typeof e === 'object' && e !== null && 'code' in e && 'messages' in e;
}

/** No answer (or no readable answer) from the server: the UI shows its own catalogue text for `network`. */
const NETWORK: ErrorDetail = { code: 'network', message: '', messages: { nl: '', en: '' } };

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrfToken() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, NETWORK);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error);
    throw new ApiError(response.status, { ...NETWORK, code: `http_${response.status}` });
  }
  return parsed as T;
}

export const get = <T>(path: string): Promise<T> => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown): Promise<T> => api<T>('POST', path, body ?? {});
