import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { BarSeries } from './types';

export interface BarsRequest {
  symbol: string;
  interval: string;
  /** ISO date or instant; omitted for the whole history. */
  from?: string;
  to?: string;
  /** Most bars, the newest; omitted for the server's maximum. */
  limit?: number;
}

export function getBars(request: BarsRequest, signal?: AbortSignal): Promise<BarSeries> {
  const { symbol, interval, from, to, limit } = request;
  return unwrap(
    api.GET('/api/v1/instruments/{symbol}/bars', {
      params: {
        path: { symbol },
        query: {
          interval,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(limit ? { limit } : {}),
        },
      },
      signal,
    }),
  );
}

export function barsQueryOptions(request: BarsRequest) {
  return queryOptions({
    queryKey: [
      'bars',
      request.symbol.toUpperCase(),
      request.interval,
      request.from,
      request.to,
      request.limit,
    ],
    queryFn: ({ signal }) => getBars(request, signal),
    // History does not change while the page is open; a new bar arrives at most hourly here.
    staleTime: 5 * 60_000,
  });
}

export function useBars(request: BarsRequest, options: { enabled?: boolean } = {}) {
  return useQuery({ ...barsQueryOptions(request), enabled: options.enabled ?? true });
}
