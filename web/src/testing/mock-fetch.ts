import { vi } from 'vitest';

export interface MockReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (url: URL, request: Request) => MockReply | Response | Promise<MockReply | Response>;

/**
 * Replaces fetch with handlers keyed by path (first match wins). Unmatched requests fail the
 * test loudly instead of reaching a network. A handler may answer a Response of its own (a
 * stream, say) instead of a JSON reply.
 */
export function mockFetch(routes: Record<string, Handler>) {
  const calls: URL[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    calls.push(url);
    const handler = routes[url.pathname];
    if (!handler) throw new Error(`Unexpected request in test: ${request.method} ${url.href}`);
    const reply = await handler(url, request);
    if (reply instanceof Response) return reply;
    const status = reply.status ?? 200;
    const isProblem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
