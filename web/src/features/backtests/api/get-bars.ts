import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { BarSeries } from './types';

export interface BarsRequest {
  symbol: string;
  interval: string;
  /** Instants, both inclusive: the first and last bar of a backtest. */
  from: string;
  to: string;
}

export function getBars(request: BarsRequest, signal?: AbortSignal): Promise<BarSeries> {
  const { symbol, interval, from, to } = request;
  return unwrap(
    api.GET('/api/v1/instruments/{symbol}/bars', {
      params: { path: { symbol }, query: { interval, from, to } },
      signal,
    }),
  );
}

export function barsQueryOptions(request: BarsRequest) {
  return queryOptions({
    queryKey: ['bars', request.symbol.toUpperCase(), request.interval, request.from, request.to],
    queryFn: ({ signal }) => getBars(request, signal),
    staleTime: 5 * 60_000,
  });
}

/** The bars a backtest ran over, to draw its trades on the price chart. */
export function useBars(request: BarsRequest) {
  return useQuery(barsQueryOptions(request));
}
