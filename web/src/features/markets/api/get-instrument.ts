import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { Instrument } from './types';

export function getInstrument(symbol: string, signal?: AbortSignal): Promise<Instrument> {
  return unwrap(api.GET('/api/v1/instruments/{symbol}', { params: { path: { symbol } }, signal }));
}

export function instrumentQueryOptions(symbol: string) {
  return queryOptions({
    // The server resolves aliases case-insensitively; the key follows what the URL says.
    queryKey: ['instrument', symbol.toUpperCase()],
    queryFn: ({ signal }) => getInstrument(symbol, signal),
  });
}

export function useInstrument(symbol: string) {
  return useQuery(instrumentQueryOptions(symbol));
}
