import { describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';

import { api, unwrap } from './client';
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
