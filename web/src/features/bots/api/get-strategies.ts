import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { StrategyList } from './types';

export function getStrategies(signal?: AbortSignal): Promise<StrategyList> {
  return unwrap(api.GET('/api/v1/strategies', { signal }));
}

/** The same cache entry as the backtest form's: the catalogue is fixed for the server's life. */
export function useStrategies() {
  return useQuery(
    queryOptions({
      queryKey: ['strategies'],
      queryFn: ({ signal }) => getStrategies(signal),
      staleTime: Infinity,
    }),
  );
}
