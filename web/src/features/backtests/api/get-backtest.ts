import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { Backtest } from './types';

export function getBacktest(id: string, signal?: AbortSignal): Promise<Backtest> {
  return unwrap(api.GET('/api/v1/backtests/{id}', { params: { path: { id } }, signal }));
}

export function backtestQueryKey(id: string) {
  return ['backtest', id] as const;
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
