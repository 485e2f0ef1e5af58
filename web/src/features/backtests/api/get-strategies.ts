import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { StrategyList } from './types';

export function getStrategies(signal?: AbortSignal): Promise<StrategyList> {
  return unwrap(api.GET('/api/v1/strategies', { signal }));
}

export function strategiesQueryOptions() {
  return queryOptions({
    queryKey: ['strategies'],
    queryFn: ({ signal }) => getStrategies(signal),
    // The catalogue is fixed for the life of the server.
    staleTime: Infinity,
  });
}

export function useStrategies() {
  return useQuery(strategiesQueryOptions());
}
