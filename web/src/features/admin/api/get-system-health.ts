import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { SystemHealth } from './types';

export const SYSTEM_HEALTH_QUERY_KEY = ['account', 'admin', 'health'] as const;
const REFRESH_MS = 30_000;

export function getSystemHealth(signal?: AbortSignal): Promise<SystemHealth> {
  return unwrap(api.GET('/api/v1/admin/health', { signal }));
}

/** The server's health, read again every 30 seconds while the page is open. */
export function useSystemHealth() {
  return useQuery({
    queryKey: SYSTEM_HEALTH_QUERY_KEY,
    queryFn: ({ signal }) => getSystemHealth(signal),
    refetchInterval: REFRESH_MS,
    staleTime: 0,
  });
}
