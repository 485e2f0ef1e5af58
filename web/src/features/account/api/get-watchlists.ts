import { useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { ACCOUNT_QUERY_KEY, noteSessionEnded } from './get-session';
import type { WatchlistList } from './types';

export const watchlistsQueryKey = [...ACCOUNT_QUERY_KEY, 'watchlists'] as const;

/**
 * The user's lists in their order. A user with none gets the default list, which the server
 * creates (empty, named Watchlist) on first use of /api/v1/users/watchlist.
 */
export async function getWatchlists(signal?: AbortSignal): Promise<WatchlistList> {
  const lists = await unwrap(api.GET('/api/v1/users/watchlists', { signal }));
  if (lists.items.length > 0) return lists;
  const first = await unwrap(api.GET('/api/v1/users/watchlist', { signal }));
  return { items: [first] };
}

export function useWatchlists() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: watchlistsQueryKey,
    queryFn: async ({ signal }) => {
      try {
        return await getWatchlists(signal);
      } catch (error) {
        noteSessionEnded(queryClient, error);
        throw error;
      }
    },
    staleTime: 0,
  });
}
