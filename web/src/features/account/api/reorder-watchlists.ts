import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { noteSessionEnded } from './get-session';
import { watchlistsQueryKey } from './get-watchlists';
import type { WatchlistList } from './types';

/** Puts every list of the user in the given order; the first becomes the default list. */
export function reorderWatchlists(ids: string[]): Promise<WatchlistList> {
  return unwrap(api.PUT('/api/v1/users/watchlists/order', { body: { ids } }));
}

export function useReorderWatchlists() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderWatchlists,
    onSuccess: (lists) => queryClient.setQueryData(watchlistsQueryKey, lists),
    onError: (error) => noteSessionEnded(queryClient, error),
  });
}
