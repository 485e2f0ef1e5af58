import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { Quote } from './types';

export function getQuote(symbol: string, signal?: AbortSignal): Promise<Quote> {
  return unwrap(
    api.GET('/api/v1/instruments/{symbol}/quote', { params: { path: { symbol } }, signal }),
  );
}

/** The server caches a quote for 60 s; asking again sooner would get the same answer. */
export const QUOTE_REFRESH_MS = 60_000;

export function quoteQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['quote', symbol.toUpperCase()],
    queryFn: ({ signal }) => getQuote(symbol, signal),
    staleTime: QUOTE_REFRESH_MS,
    refetchInterval: QUOTE_REFRESH_MS,
  });
}

export function useQuote(symbol: string) {
  return useQuery(quoteQueryOptions(symbol));
}
