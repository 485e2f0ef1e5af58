import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { AdvisorProfile } from './types';

/** The user's own: sign-in and sign-out drop it with the other user queries. */
export const PROFILE_QUERY_KEY = [...USER_QUERY_KEY, 'advisor-profile'] as const;

export function getProfile(signal?: AbortSignal): Promise<AdvisorProfile> {
  return unwrap(api.GET('/api/v1/advisor/profile', { signal }));
}

/** The profile risk and tone follow; read again after each answer, which may change it. */
export function useAdvisorProfile() {
  return useQuery(
    queryOptions({
      queryKey: PROFILE_QUERY_KEY,
      queryFn: ({ signal }) => getProfile(signal),
      staleTime: 0,
    }),
  );
}
