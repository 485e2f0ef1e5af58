import { useMutation, useQueryClient } from '@tanstack/react-query';

import { noteSessionEnded } from './get-session';
import { watchlistsQueryKey } from './get-watchlists';
import type { Watchlist, WatchlistList } from './types';

/** Puts a list as the server answered it into the cached lists (in place, or at the end). */
export function withList(lists: WatchlistList | undefined, list: Watchlist): WatchlistList {
  const items = lists?.items ?? [];
  return items.some((item) => item.id === list.id)
    ? { items: items.map((item) => (item.id === list.id ? list : item)) }
    : { items: [...items, list] };
}

/**
 * A change to one list whose answer is the list as stored: the cache takes the answer, a 401
 * ends the session.
 */
export function useWatchlistMutation<Variables>(
  mutationFn: (variables: Variables) => Promise<Watchlist>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (list) =>
      queryClient.setQueryData<WatchlistList>(watchlistsQueryKey, (lists) => withList(lists, list)),
    onError: (error) => noteSessionEnded(queryClient, error),
  });
}
