import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { Backtest } from './types';

export function getBacktest(id: string, signal?: AbortSignal): Promise<Backtest> {
  return unwrap(api.GET('/api/v1/backtests/{id}', { params: { path: { id } }, signal }));
}

export function backtestQueryKey(id: string) {
  return [...USER_QUERY_KEY, 'backtest', id] as const;
}

export function backtestQueryOptions(id: string) {
  return queryOptions({
    queryKey: backtestQueryKey(id),
    queryFn: ({ signal }) => getBacktest(id, signal),
    // A kept backtest never changes; it can only be deleted.
    staleTime: Infinity,
  });
}

export function useBacktest(id: string) {
  return useQuery(backtestQueryOptions(id));
}
