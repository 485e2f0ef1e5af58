import createClient from 'openapi-fetch';

import { ApiError, REQUEST_ID_HEADER, apiErrorFromResponse, networkError } from './problem';
import type { paths } from './schema';

/**
 * The typed Sage API client. `paths` is generated from docs/api/openapi.json (`npm run gen:api`),
 * so a changed server contract breaks the type-check rather than the screen. Bodies are typed as
 * JSON (including problem+json): an endpoint that can also answer CSV (bars) is read as JSON here,
 * and its CSV is a plain download link.
 */
export const api = createClient<paths, `${string}/json`>({
  // Absolute, because Request() in Node (unit tests) rejects relative URLs; same origin in the app.
  baseUrl: globalThis.location?.origin ?? '',
  fetch: sendWithCsrfToken,
});

/** The cookie the server keeps the CSRF token in (readable by script, which is its purpose). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** The header a state-changing request echoes the token in. */
export const XSRF_HEADER = 'X-XSRF-TOKEN';
/** A GET that, with a session cookie, makes the server write a missing XSRF-TOKEN cookie. */
const TOKEN_PRIMER_PATH = '/api/v1/auth/session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** A cookie's value from `document.cookie` (or the given cookie string), if set and not empty. */
export function readCookie(
  name: string,
  cookies: string = globalThis.document?.cookie ?? '',
): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const raw = pair.slice(separator + 1).trim();
    if (raw === '') return undefined;
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

async function isCsrfRejection(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    const body: unknown = await response.clone().json();
    return typeof body === 'object' && body !== null && 'code' in body
      ? body.code === 'csrf-rejected'
      : false;
  } catch {
    return false;
  }
}

/**
 * Sends a request, echoing the XSRF-TOKEN cookie in X-XSRF-TOKEN on state-changing methods (the
 * server's cookie-to-header CSRF check, which applies only when the session cookie is sent).
 * The server writes the cookie at sign-in and on any request with a session; if a request is
 * still refused with csrf-rejected (the token cookie was cleared while the HttpOnly session
 * cookie lived on), one GET makes the server write a fresh token and the request is sent once
 * more with it. Late-bound to globalThis.fetch so tests can stub it after this module loaded.
 */
export async function sendWithCsrfToken(request: Request): Promise<Response> {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return globalThis.fetch(request);
  const spare = request.clone();
  const sent = readCookie(XSRF_COOKIE);
  if (sent !== undefined) request.headers.set(XSRF_HEADER, sent);
  const response = await globalThis.fetch(request);
  if (!(await isCsrfRejection(response))) return response;
  let fresh = readCookie(XSRF_COOKIE);
  if (fresh === undefined || fresh === sent) {
    try {
      await globalThis.fetch(new Request(new URL(TOKEN_PRIMER_PATH, request.url)));
    } catch {
      return response;
    }
    fresh = readCookie(XSRF_COOKIE);
  }
  if (fresh === undefined || fresh === sent) return response;
  spare.headers.set(XSRF_HEADER, fresh);
  return globalThis.fetch(spare);
}

interface FetchOutcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, throwing ApiError for every failure:
 * problem+json answers, other non-2xx answers and network errors alike.
 */
export async function unwrap<T>(call: Promise<FetchOutcome<T>>): Promise<T> {
  let outcome: FetchOutcome<T>;
  try {
    outcome = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  const { data, error, response } = outcome;
  if (!response.ok || error !== undefined) throw apiErrorFromResponse(response, error);
  if (data === undefined) {
    throw new ApiError({
      title: 'Empty response',
      status: response.status,
      detail: 'The server answered without a body.',
      requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
    });
  }
  return data;
}

/**
 * Awaits an openapi-fetch call whose answer has no body (204, 202) and checks its status,
 * throwing ApiError as `unwrap` does.
 */
export async function unwrapEmpty(call: Promise<FetchOutcome<unknown>>): Promise<void> {
  let outcome: FetchOutcome<unknown>;
  try {
    outcome = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}
