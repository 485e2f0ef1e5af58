import { afterEach, describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';

import { api, readCookie, unwrap, XSRF_HEADER } from './client';
import { ApiError } from './problem';

describe('unwrap', () => {
  it('returns the data of a successful call', async () => {
    mockFetch({ '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }) });
    await expect(unwrap(api.GET('/api/v1/instruments'))).resolves.toEqual({
      items: [],
      total: 0,
    });
  });

  it('throws an ApiError carrying the problem and request id', async () => {
    mockFetch({
      '/api/v1/instruments/NOPE': () => ({
        status: 404,
        body: {
          title: 'Not Found',
          status: 404,
          detail: 'No instrument named NOPE',
          code: 'instrument-not-found',
        },
        headers: { 'X-Request-Id': 'rid-1' },
      }),
    });
    const failure = unwrap(
      api.GET('/api/v1/instruments/{symbol}', { params: { path: { symbol: 'NOPE' } } }),
    );
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      code: 'instrument-not-found',
      requestId: 'rid-1',
      message: 'No instrument named NOPE',
    });
  });

  it('throws an ApiError with status 0 when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(unwrap(api.GET('/api/v1/instruments'))).rejects.toMatchObject({
      status: 0,
      problem: { title: 'Server unreachable' },
    });
  });

  it('sends the search text as the query parameter', async () => {
    const { calls } = mockFetch({
      '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
    });
    await unwrap(api.GET('/api/v1/instruments', { params: { query: { query: '삼성' } } }));
    expect(calls[0]?.searchParams.get('query')).toBe('삼성');
  });
});

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/`;
}

function clearCookie(name: string) {
  document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=ab%2Bc; b=2')).toBe('ab+c');
    expect(readCookie('XSRF-TOKEN', 'NOT-XSRF-TOKEN=1')).toBeUndefined();
    expect(readCookie('XSRF-TOKEN', 'XSRF-TOKEN=')).toBeUndefined();
    expect(readCookie('XSRF-TOKEN', '')).toBeUndefined();
  });
});

describe('CSRF token', () => {
  afterEach(() => clearCookie('XSRF-TOKEN'));

  const csrfRejected = {
    status: 403,
    body: { title: 'Missing or invalid CSRF token', status: 403, code: 'csrf-rejected' },
  };

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on state-changing requests', async () => {
    setCookie('XSRF-TOKEN', 'token-1');
    const headers: (string | null)[] = [];
    mockFetch({
      '/api/v1/auth/logout': (_url, request) => {
        headers.push(request.headers.get(XSRF_HEADER));
        return { status: 204 };
      },
      '/api/v1/users/watchlist': (_url, request) => {
        headers.push(request.headers.get(XSRF_HEADER));
        return { body: { id: 'w', name: 'Watchlist', position: 0, symbols: ['SPY'] } };
      },
      '/api/v1/users/watchlist/SPY': (_url, request) => {
        headers.push(request.headers.get(XSRF_HEADER));
        return { body: { id: 'w', name: 'Watchlist', position: 0, symbols: [] } };
      },
    });
    await api.POST('/api/v1/auth/logout');
    await api.POST('/api/v1/users/watchlist', { body: { symbol: 'SPY' } });
    await api.DELETE('/api/v1/users/watchlist/{symbol}', { params: { path: { symbol: 'SPY' } } });
    expect(headers).toEqual(['token-1', 'token-1', 'token-1']);
  });

  it('sends no token on reads, nor when there is no cookie', async () => {
    const headers: (string | null)[] = [];
    mockFetch({
      '/api/v1/auth/logout': (_url, request) => {
        headers.push(request.headers.get(XSRF_HEADER));
        return { status: 204 };
      },
      '/api/v1/instruments': (_url, request) => {
        headers.push(request.headers.get(XSRF_HEADER));
        return { body: { items: [], total: 0 } };
      },
    });
    await api.POST('/api/v1/auth/logout');
    setCookie('XSRF-TOKEN', 'token-1');
    await api.GET('/api/v1/instruments');
    expect(headers).toEqual([null, null]);
  });

  it('after csrf-rejected, has the server write a token and sends the request once more', async () => {
    const sent: { method: string; path: string; token: string | null; body: string }[] = [];
    const { fetchMock } = mockFetch({
      '/api/v1/auth/session': (url, request) => {
        sent.push({ method: request.method, path: url.pathname, token: null, body: '' });
        // The server answers a request with the session cookie with a fresh token cookie.
        setCookie('XSRF-TOKEN', 'fresh');
        return {
          body: { id: 'u', email: 'a@b.c', role: 'USER', tier: 'FREE', emailVerified: false },
        };
      },
      '/api/v1/users/watchlist': async (url, request) => {
        const token = request.headers.get(XSRF_HEADER);
        sent.push({
          method: request.method,
          path: url.pathname,
          token,
          body: await request.text(),
        });
        return token === 'fresh'
          ? { body: { id: 'w', name: 'Watchlist', position: 0, symbols: ['SPY'] } }
          : csrfRejected;
      },
    });
    const list = await unwrap(api.POST('/api/v1/users/watchlist', { body: { symbol: 'SPY' } }));
    expect(list.symbols).toEqual(['SPY']);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(sent).toEqual([
      { method: 'POST', path: '/api/v1/users/watchlist', token: null, body: '{"symbol":"SPY"}' },
      { method: 'GET', path: '/api/v1/auth/session', token: null, body: '' },
      { method: 'POST', path: '/api/v1/users/watchlist', token: 'fresh', body: '{"symbol":"SPY"}' },
    ]);
  });

  it('gives up after one retry and passes the refusal on', async () => {
    setCookie('XSRF-TOKEN', 'stale');
    const { fetchMock } = mockFetch({
      '/api/v1/auth/session': () => ({ status: 401, body: { title: 'x', status: 401 } }),
      '/api/v1/users/watchlist': () => csrfRejected,
    });
    await expect(
      unwrap(api.POST('/api/v1/users/watchlist', { body: { symbol: 'SPY' } })),
    ).rejects.toMatchObject({ status: 403, code: 'csrf-rejected' });
    // The POST, the GET that might have renewed the token; no second POST with the same token.
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not retry other 403 answers', async () => {
    setCookie('XSRF-TOKEN', 'token-1');
    const { fetchMock } = mockFetch({
      '/api/v1/users/watchlist': () => ({
        status: 403,
        body: { title: 'Access denied', status: 403, code: 'access-denied' },
      }),
    });
    await expect(
      unwrap(api.POST('/api/v1/users/watchlist', { body: { symbol: 'SPY' } })),
    ).rejects.toMatchObject({ code: 'access-denied' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
