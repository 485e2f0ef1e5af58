import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { MarketRegion, Movers } from './types';

export const MOVERS_LIMIT = 5;

export function getMovers(
  market: MarketRegion,
  limit: number,
  signal?: AbortSignal,
): Promise<Movers> {
  return unwrap(
    api.GET('/api/v1/market/trending', { params: { query: { market, limit } }, signal }),
  );
}

export function moversQueryOptions(market: MarketRegion, limit = MOVERS_LIMIT) {
  return queryOptions({
    queryKey: ['movers', market, limit],
    queryFn: ({ signal }) => getMovers(market, limit, signal),
    // The server recomputes movers every 300 s.
    staleTime: 5 * 60_000,
  });
}

export function useMovers(market: MarketRegion, limit = MOVERS_LIMIT) {
  return useQuery(moversQueryOptions(market, limit));
}
