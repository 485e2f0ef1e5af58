import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { SweepList } from './types';

/** The user's sweeps are theirs: sign-in and sign-out drop them with the other user queries. */
export const SWEEPS_QUERY_KEY = [...USER_QUERY_KEY, 'sweeps'] as const;

export function getSweeps(signal?: AbortSignal): Promise<SweepList> {
  return unwrap(api.GET('/api/v1/sweeps', { signal }));
}

export function sweepsQueryOptions() {
  return queryOptions({ queryKey: SWEEPS_QUERY_KEY, queryFn: ({ signal }) => getSweeps(signal) });
}

export function useSweeps() {
  return useQuery(sweepsQueryOptions());
}
