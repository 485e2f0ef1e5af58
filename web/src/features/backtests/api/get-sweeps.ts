import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { SweepList } from './types';

export const SWEEPS_QUERY_KEY = ['sweeps'] as const;

export function getSweeps(signal?: AbortSignal): Promise<SweepList> {
  return unwrap(api.GET('/api/v1/sweeps', { signal }));
}

export function sweepsQueryOptions() {
  return queryOptions({ queryKey: SWEEPS_QUERY_KEY, queryFn: ({ signal }) => getSweeps(signal) });
}

export function useSweeps() {
  return useQuery(sweepsQueryOptions());
}
