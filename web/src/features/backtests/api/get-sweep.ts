import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { Sweep } from './types';

/** How often a queued or running sweep is asked for its progress. */
export const SWEEP_POLL_MS = 500;

export function getSweep(id: string, signal?: AbortSignal): Promise<Sweep> {
  return unwrap(api.GET('/api/v1/sweeps/{id}', { params: { path: { id } }, signal }));
}

export function sweepQueryKey(id: string) {
  return [...USER_QUERY_KEY, 'sweep', id] as const;
}

export function isSweepRunning(sweep: Sweep | undefined): boolean {
  return sweep?.status === 'QUEUED' || sweep?.status === 'RUNNING';
}

export function sweepQueryOptions(id: string) {
  return queryOptions({
    queryKey: sweepQueryKey(id),
    queryFn: ({ signal }) => getSweep(id, signal),
    // Polled while it runs; a finished sweep never changes.
    refetchInterval: (query) => (isSweepRunning(query.state.data) ? SWEEP_POLL_MS : false),
    staleTime: (query) => (isSweepRunning(query.state.data) ? 0 : Infinity),
  });
}

export function useSweep(id: string) {
  return useQuery(sweepQueryOptions(id));
}
