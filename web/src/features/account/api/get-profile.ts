import { useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { ACCOUNT_QUERY_KEY, noteSessionEnded } from './get-session';
import type { Profile } from './types';

export const profileQueryKey = [...ACCOUNT_QUERY_KEY, 'profile'] as const;

export function getProfile(signal?: AbortSignal): Promise<Profile> {
  return unwrap(api.GET('/api/v1/users/profile', { signal }));
}

export function useProfile({ enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: profileQueryKey,
    queryFn: async ({ signal }) => {
      try {
        return await getProfile(signal);
      } catch (error) {
        noteSessionEnded(queryClient, error);
        throw error;
      }
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}
