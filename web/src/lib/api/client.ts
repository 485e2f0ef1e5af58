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
  // Late-bound so tests can stub globalThis.fetch after this module loaded.
  fetch: (request) => globalThis.fetch(request),
});

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
