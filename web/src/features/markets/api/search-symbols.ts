import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { SymbolSearch } from './types';

/** How many matches the upstream search asks for. */
export const SYMBOL_SEARCH_LIMIT = 20;

export function searchSymbols(query: string, signal?: AbortSignal): Promise<SymbolSearch> {
  return unwrap(
    api.GET('/api/v1/market/search', {
      params: { query: { query: query.trim(), limit: SYMBOL_SEARCH_LIMIT } },
      signal,
    }),
  );
}

export function symbolSearchQueryOptions(query: string) {
  return queryOptions({
    queryKey: ['symbol-search', { query: query.trim() }],
    queryFn: ({ signal }) => searchSymbols(query, signal),
    // providers' answers are cached for an hour on the server
    staleTime: 5 * 60_000,
  });
}

/** The catalogue and providers' matches for a non-blank query; idle without one. */
export function useSymbolSearch(query: string) {
  return useQuery({ ...symbolSearchQueryOptions(query), enabled: query.trim().length > 0 });
}
